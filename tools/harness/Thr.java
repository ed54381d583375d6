import java.nio.file.Path;
import java.lang.management.*;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
public class Thr {
  public static void main(String[] a) throws Exception {
    CsrGraph g = GraphLoader.load(Path.of(a[0])).graph().unweighted();
    LaneDistances[] l = {LaneDistances.hops(g, 1), LaneDistances.hops(g, 2)};
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int rounds = Integer.parseInt(a[1]);
    long[][] wall = new long[2][rounds]; long[] cpu = new long[2];
    for (int r = -5; r < rounds; r++) for (int t = 0; t < 2; t++) {
      long c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
      l[t].summary();
      long w1 = System.nanoTime(), c1 = os.getProcessCpuTime();
      if (r >= 0) { wall[t][r] = w1 - w0; cpu[t] += c1 - c0; }
    }
    for (int t = 0; t < 2; t++) { java.util.Arrays.sort(wall[t]);
      System.out.printf("threads %d: wall min %.1f median %.1f ms, process cpu per run %.1f ms%n", t+1, wall[t][0]/1e6, wall[t][rounds/2]/1e6, cpu[t]/1e6/rounds); }
    System.out.printf("speed-up min %.2f median %.2f%n", (double) wall[0][0]/wall[1][0], (double) wall[0][rounds/2]/wall[1][rounds/2]);
  }
}
