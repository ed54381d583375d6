import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.allpairs.SourceOrder;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.substrate.engine.LaneEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * For JarAB: hop closeness on the lane engine, 1 thread, first-spike histograms of the first k sources of the
 * breadth-first order. Check value: the sum of distances.
 */
public class LanesOnce {
  static CsrGraph g;
  static Network net;
  static int[] order;

  public static long[] once(String path, int sources) throws Exception {
    if (g == null) {
      g = GraphLoader.load(Path.of(path)).graph().unweighted();
      net = LaneDistances.hops(g, 1).network();
      order = SourceOrder.breadthFirst(g);
    }
    int count = Math.min(sources, g.vertexCount());
    LaneEngine engine = new LaneEngine(1);
    long[] sum = {0};
    long t0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    engine.forEachBatch(net, count, k -> Stimulus.spikes(0, order[k]), StopCondition.afterSteps(1_000_000).orQuiescent(),
        Recording.firstSpikeHistogramOnly(), 0L, (first, runs) -> {
          for (Run run : runs) {
            long[] h = run.firstSpikeHistogram();
            for (int d = 0; d < h.length; d++) sum[0] += d * h[d];
          }
        });
    return new long[] {ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0, sum[0]};
  }
}
