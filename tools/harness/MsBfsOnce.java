import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.allpairs.SourceOrder;
import org.spikegraph.algorithms.conventional.PrimitiveMsBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;

/**
 * For JarAB: the primitive multi-source BFS, 1 thread: the summary of every source (sources = all), or the rows of
 * the first k sources of the breadth-first order. Check value: vertices reached (summary) or the sum of distances
 * (rows).
 */
public class MsBfsOnce {
  static CsrGraph g;
  static int[] order;

  public static long[] once(String path, int sources) throws Exception {
    if (g == null) {
      g = GraphLoader.load(Path.of(path)).graph().unweighted();
      order = SourceOrder.breadthFirst(g);
    }
    long[] check = {0};
    long t0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    if (sources >= g.vertexCount()) {
      DistanceSummary s = PrimitiveMsBfs.summary(g, 1);
      for (int v = 0; v < g.vertexCount(); v++) check[0] += s.reached()[v];
    } else {
      int[] src = Arrays.copyOf(order, sources);
      LaneDistances.SourceConsumer c = (s, d) -> {
        long x = 0;
        for (long v : d) x += v;
        synchronized (check) { check[0] += x; }
      };
      PrimitiveMsBfs.forEachSource(g, src, 1, c);
    }
    return new long[] {ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0, check[0]};
  }
}
