package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.substrate.engine.LaneEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The lane engine's strategies on one wavefront network, alternated round by round on the calling
 * thread (1 thread) and timed in thread CPU time: {@code AUTO}, {@code WORDS} (64 lanes per word:
 * the lane calendar for weighted delays, the dense next-step path for hops) and
 * {@code EVENT_PER_LANE} (the event engine once per source). Every round checks that all give the
 * same first-spike times. Reports min / median per strategy after a warm-up round.
 *
 * <p>Run: {@code java -Xmx2g -cp bench/target/benchmarks.jar
 * org.spikegraph.bench.jmh.LaneStrategyInterleaved ../shared/data/road/rome99.gr weighted 64 10}.
 */
public final class LaneStrategyInterleaved {

    private LaneStrategyInterleaved() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/road/rome99.gr");
        boolean hops = args.length > 1 && args[1].equals("hops");
        int sources = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        CsrGraph csr = GraphLoader.load(file).graph();
        Network network = (hops ? LaneDistances.hops(csr, 1) : LaneDistances.weighted(csr, 1)).network();
        StopCondition stop = StopCondition.afterSteps(Long.MAX_VALUE).orQuiescent();
        int n = csr.vertexCount();
        Stimulus[] stimuli = new Stimulus[sources];
        for (int k = 0; k < sources; k++) {
            stimuli[k] = Stimulus.spikes(0, (int) ((k * 2_654_435_761L) % n));
        }
        LaneEngine.Strategy[] strategies = LaneEngine.Strategy.values();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[strategies.length][rounds];
        for (int r = 0; r <= rounds; r++) {
            long[][] first = null;
            for (int i = 0; i < strategies.length; i++) {
                LaneEngine engine = new LaneEngine(1, strategies[i]);
                long c0 = bean.getCurrentThreadCpuTime();
                Run[] runs = engine.run(network, stimuli, stop, Recording.firstSpikeTimes(), 0);
                long c1 = bean.getCurrentThreadCpuTime();
                long[][] spikes = Arrays.stream(runs).map(Run::firstSpikes).toArray(long[][]::new);
                if (first != null && !Arrays.deepEquals(first, spikes)) {
                    throw new AssertionError(strategies[i] + " differs from " + strategies[0]);
                }
                first = spikes;
                if (r > 0) {
                    cpu[i][r - 1] = c1 - c0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s, %s, %d sources, 1 thread, %d rounds after 1 warm-up: thread CPU ms min / median%n",
                file, hops ? "hops" : "weighted", sources, rounds);
        long[] event = cpu[strategies.length - 1].clone();
        Arrays.sort(event);
        for (int i = 0; i < strategies.length; i++) {
            long[] x = cpu[i].clone();
            Arrays.sort(x);
            System.out.printf(Locale.ROOT, "  %-15s %8.1f / %8.1f   / event per lane %.2fx / %.2fx%n", strategies[i],
                    x[0] / 1e6, x[rounds / 2] / 1e6, x[0] / (double) event[0], x[rounds / 2] / (double) event[rounds / 2]);
        }
    }
}
