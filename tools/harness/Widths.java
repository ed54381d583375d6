import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.allpairs.SourceOrder;
import org.spikegraph.algorithms.conventional.PrimitiveMsBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;

/**
 * One process, 1 thread, thread CPU: the lanes (main's code) and PrimitiveMsBfs at G = 1, 2, 4 alternated
 * round by round (order rotated each round). Mode summary: every source; rows K: K sources chosen as
 * tools/harness/Ms.java does (blocks of 64 consecutive breadth-first vertices spread over the graph).
 * Usage: Widths graph summary|rows rounds [K]
 */
public class Widths {
  public static void main(String[] a) throws Exception {
    CsrGraph g = GraphLoader.load(Path.of(a[0])).graph().unweighted();
    boolean rows = a[1].equals("rows");
    int rounds = Integer.parseInt(a[2]);
    int n = g.vertexCount();
    int[] src;
    if (rows) {
      int count = Integer.parseInt(a[3]);
      int[] o = SourceOrder.breadthFirst(g);
      src = new int[count];
      for (int k = 0; k < count; k++) src[k] = o[(int) ((long) (k / 64) * n / (count / 64)) + k % 64];
    } else {
      src = null;
    }
    Method sum = PrimitiveMsBfs.class.getDeclaredMethod("summary", CsrGraph.class, int.class, int.class);
    sum.setAccessible(true);
    Method each = PrimitiveMsBfs.class.getDeclaredMethod("forEachSource", CsrGraph.class, int[].class, int.class,
        int.class, LaneDistances.SourceConsumer.class);
    each.setAccessible(true);
    LaneDistances lanes = LaneDistances.hops(g, 1);
    String[] names = {"lanes", "G=1", "G=2", "G=4"};
    int warm = Math.max(3, rounds / 4);
    long[][] t = new long[4][rounds];
    long[] checks = new long[4];
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    boolean[] on = new boolean[4];
    for (String x : System.getProperty("set", "0,1,2,3").split(",")) on[Integer.parseInt(x)] = true;
    for (int r = -warm; r < rounds; r++) {
      for (int j = 0; j < 4; j++) {
        int i = (j + Math.floorMod(r, 4)) % 4;
        if (!on[i]) continue;
        long[] check = {0};
        long c0 = bean.getCurrentThreadCpuTime();
        if (rows) {
          LaneDistances.SourceConsumer c = (s, d) -> { long x = 0; for (long v : d) x += v; check[0] += x; };
          if (i == 0) lanes.forEachSource(src, c); else each.invoke(null, g, src, 1, 1 << (i - 1), c);
        } else {
          DistanceSummary s = i == 0 ? lanes.summary() : (DistanceSummary) sum.invoke(null, g, 1, 1 << (i - 1));
          for (int v = 0; v < n; v++) check[0] += s.farness()[v] + 31L * s.reached()[v];
        }
        long c1 = bean.getCurrentThreadCpuTime();
        if (r >= 0) t[i][r] = c1 - c0;
        if (r == -warm) checks[i] = check[0]; else if (checks[i] != check[0]) throw new AssertionError(names[i]);
      }
    }
    for (int i = 1; i < 4; i++) if (on[i] && on[0] && checks[i] != checks[0]) throw new AssertionError(names[i] + " differs from the lanes");
    System.out.printf("%s %s%s, 1 thread, %d rounds after %d warm-up, thread CPU ms min / median, ÷ G=1, ÷ lanes%n",
        a[0], a[1], rows ? " " + src.length : "", rounds, warm);
    double[] min = new double[4], med = new double[4];
    for (int i = 0; i < 4; i++) {
      long[] x = t[i].clone();
      Arrays.sort(x);
      min[i] = x[0] / 1e6;
      med[i] = x[rounds / 2] / 1e6;
    }
    for (int i = 0; i < 4; i++) {
      if (!on[i]) continue;
      System.out.printf("  %-5s %8.1f / %8.1f   ÷ G=1 %.2f / %.2f   ÷ lanes %.2f / %.2f%n", names[i], min[i], med[i],
          min[i] / min[1], med[i] / med[1], min[i] / min[0], med[i] / med[0]);
    }
  }
}
