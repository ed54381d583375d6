import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * For JarAB: the event engine one source at a time on the hop network of a graph (LaneDistances.hops), the first k
 * sources (vertex ids 0..k-1), first spike times recorded, 1 thread. Check value: the sum of first spike times and
 * neuron updates. Usage: JarAB harness-classes-dir jar1,jar2 EventHopsOnce graph rounds k
 */
public class EventHopsOnce {
  static CsrGraph g; static Network net;
  public static long[] once(String path, int sources) throws Exception {
    if (g == null) { g = GraphLoader.load(Path.of(path)).graph().unweighted(); net = LaneDistances.hops(g, 1).network(); }
    int count = Math.min(sources, g.vertexCount());
    EventEngine e = new EventEngine();
    long sum = 0;
    long t0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    for (int s = 0; s < count; s++) {
      Run r = e.run(net, Stimulus.spikes(0, s), StopCondition.afterSteps(1_000_000).orQuiescent(), Recording.firstSpikeTimes(), 0);
      for (long x : r.firstSpikes()) sum += x;
      sum += r.activity().neuronUpdates();
    }
    return new long[] {ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0, sum};
  }
}
