package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * {@link TimeSkippingBenchmark}'s two chains (delay 1, the baseline, and delay 10^6), alternated
 * batch by batch in one thread and timed in thread CPU time: a long / short ratio, and absolute
 * times, that hold on a shared machine, where JMH's back-to-back measurement of one chain, then the
 * other, sees the load change between them. A batch is 200 runs of one chain; reports the minimum
 * and the median microseconds per run of each over the batches after a warm-up quarter.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.spikegraph.bench.jmh.TimeSkippingInterleaved [batches]}.
 */
public final class TimeSkippingInterleaved {

    private static final int LENGTH = 1000;
    private static final int LONG_DELAY = 1_000_000;
    private static final int RUNS_PER_BATCH = 200;

    private TimeSkippingInterleaved() {}

    public static void main(String[] args) {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Engine engine = new EventEngine();
        Network shortChain = BenchNetworks.chain(LENGTH, 1);
        Network longChain = BenchNetworks.chain(LENGTH, LONG_DELAY);
        Stimulus stimulus = Stimulus.spikes(0, 0);
        StopCondition stop = StopCondition.afterSteps(Long.MAX_VALUE).orQuiescent();
        check(engine.run(longChain, stimulus, stop, Recording.firstSpikeTimes(), 0L), (long) (LENGTH - 1) * LONG_DELAY);
        check(engine.run(shortChain, stimulus, stop, Recording.firstSpikeTimes(), 0L), LENGTH - 1);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] shortNanos = new long[batches];
        long[] longNanos = new long[batches];
        long sink = 0;
        for (int b = 0; b < batches; b++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int r = 0; r < RUNS_PER_BATCH; r++) {
                sink += engine.run(shortChain, stimulus, stop, Recording.firstSpikeTimes(), 0L).stepsSpanned();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int r = 0; r < RUNS_PER_BATCH; r++) {
                sink += engine.run(longChain, stimulus, stop, Recording.firstSpikeTimes(), 0L).stepsSpanned();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            shortNanos[b] = t1 - t0;
            longNanos[b] = t2 - t1;
        }
        int from = batches / 4;
        Arrays.sort(shortNanos, from, batches);
        Arrays.sort(longNanos, from, batches);
        int mid = (from + batches) / 2;
        double perRun = 1e3 * RUNS_PER_BATCH;
        System.out.printf("%d batches of %d runs (first %d warm-up): delay 1 min %.1f us, median %.1f us; delay %d min %.1f us, "
                        + "median %.1f us; long / short: %.2fx (min), %.2fx (median) [%d]%n",
                batches, RUNS_PER_BATCH, from, shortNanos[from] / perRun, shortNanos[mid] / perRun, LONG_DELAY,
                longNanos[from] / perRun, longNanos[mid] / perRun, longNanos[from] / (double) shortNanos[from],
                longNanos[mid] / (double) shortNanos[mid], sink % 10);
    }

    private static void check(Run run, long lastSpike) {
        if (run.firstSpike(LENGTH - 1) != lastSpike) {
            throw new AssertionError("last neuron of the chain first spiked at " + run.firstSpike(LENGTH - 1)
                    + ", expected " + lastSpike);
        }
    }
}
