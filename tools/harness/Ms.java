import java.nio.file.Path;
import java.lang.management.*;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.conventional.PrimitiveMsBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
public class Ms {
  public static void main(String[] a) throws Exception {
    CsrGraph g = GraphLoader.load(Path.of(a[0])).graph().unweighted();
    int n = g.vertexCount(); int count = Integer.parseInt(a[1]);
    int[] src = new int[count]; int[] o = org.spikegraph.algorithms.allpairs.SourceOrder.breadthFirst(g); for (int k = 0; k < count; k++) src[k] = o[(int) ((long) (k / 64) * n / (count / 64)) + k % 64];
    LaneDistances l = LaneDistances.hops(g, 1);
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < 4; r++) {
      long[] s1 = {0}, s2 = {0};
      long c0 = bean.getCurrentThreadCpuTime();
      l.forEachSource(src, (s, d) -> { long x = 0; for (long v : d) x += v; s1[0] += x; });
      long c1 = bean.getCurrentThreadCpuTime();
      PrimitiveMsBfs.forEachSource(g, src, 1, (s, d) -> { long x = 0; for (long v : d) x += v; s2[0] += x; });
      long c2 = bean.getCurrentThreadCpuTime();
      if (s1[0] != s2[0]) throw new AssertionError(s1[0] + " " + s2[0]);
      System.out.printf("lanes %.0f ms, MS-BFS %.0f ms (thread CPU), MS-BFS / lanes %.2f%n", (c1-c0)/1e6, (c2-c1)/1e6, (double)(c2-c1)/(c1-c0));
    }
  }
}
