import java.lang.management.ManagementFactory;
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
 * For JarAB: the primitive multi-source BFS, 1 thread: the summary of every source (sources = all), or the rows of
 * the first k sources of the breadth-first order; words > 0 calls the experiment branch `msw`'s package-private
 * summary(graph, threads, words) / forEachSource(graph, sources, threads, words, consumer). Check value: vertices
 * reached (summary) or the sum of distances (rows).
 */
public class MsBfsOnce {
  static CsrGraph g;
  static int[] order;

  public static long[] once(String path, int words, int sources) throws Exception {
    if (g == null) {
      g = GraphLoader.load(Path.of(path)).graph().unweighted();
      order = SourceOrder.breadthFirst(g);
    }
    long[] check = {0};
    long t0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    if (sources >= g.vertexCount()) {
      DistanceSummary s;
      if (words == 0) {
        s = PrimitiveMsBfs.summary(g, 1);
      } else {
        Method m = PrimitiveMsBfs.class.getDeclaredMethod("summary", CsrGraph.class, int.class, int.class);
        m.setAccessible(true);
        s = (DistanceSummary) m.invoke(null, g, 1, words);
      }
      for (int v = 0; v < g.vertexCount(); v++) check[0] += s.reached()[v];
    } else {
      int[] src = Arrays.copyOf(order, sources);
      LaneDistances.SourceConsumer c = (s, d) -> {
        long x = 0;
        for (long v : d) x += v;
        synchronized (check) { check[0] += x; }
      };
      if (words == 0) {
        PrimitiveMsBfs.forEachSource(g, src, 1, c);
      } else {
        Method m = PrimitiveMsBfs.class.getDeclaredMethod("forEachSource", CsrGraph.class, int[].class, int.class,
            int.class, LaneDistances.SourceConsumer.class);
        m.setAccessible(true);
        m.invoke(null, g, src, 1, words, c);
      }
    }
    return new long[] {ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0, check[0]};
  }
}
