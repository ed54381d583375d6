package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.randomwalk.PageRankEstimate;
import org.spikegraph.algorithms.conventional.MonteCarloPageRank;
import org.spikegraph.substrate.run.ActivityStats;

/**
 * {@link RandomWalkBenchmark}'s spiking circuit and plain loop, alternated run by run in one thread
 * and timed in thread CPU time (so both see the same load on a shared machine); setup checks both
 * against JGraphT's PageRank as the benchmark does. Reports walker steps per second of both (minimum
 * and median over the runs after a warm-up quarter), their ratio, and the circuit's spikes, synaptic
 * events and neuron updates per walker step: where the circuit's time goes.
 *
 * <p>Run from the repository root: {@code java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar
 * org.spikegraph.bench.jmh.RandomWalkInterleaved [walkers per vertex, default 100] [runs, default 20]}.
 */
public final class RandomWalkInterleaved {

    private RandomWalkInterleaved() {}

    public static void main(String[] args) throws Exception {
        RandomWalkBenchmark.Data d = new RandomWalkBenchmark.Data();
        d.graph = "snap/email-Eu-core.txt";
        d.walkersPerVertex = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        d.setUp();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] spiking = new long[runs];
        long[] loop = new long[runs];
        long spikingSteps = 0;
        long loopSteps = 0;
        ActivityStats activity = ActivityStats.NONE;
        for (int r = 0; r < runs; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            Outcome<PageRankEstimate> o = d.circuit.run(d.engine, d.seed++);
            long t1 = cpu.getCurrentThreadCpuTime();
            MonteCarloPageRank.Result m = MonteCarloPageRank.run(d.g, 0.85, d.walkersPerVertex, d.seed++);
            long t2 = cpu.getCurrentThreadCpuTime();
            long visits = 0;
            for (int v = 0; v < d.g.vertexCount(); v++) {
                visits += o.answer().visits(v);
            }
            spikingSteps += visits - o.answer().walkers();
            loopSteps += m.walkerSteps();
            activity = activity.plus(o.run().activity());
            spiking[r] = t1 - t0;
            loop[r] = t2 - t1;
        }
        int from = runs / 4;
        int mid = (from + runs) / 2;
        Arrays.sort(spiking, from, runs);
        Arrays.sort(loop, from, runs);
        double perSpiking = spikingSteps / (double) runs;
        double perLoop = loopSteps / (double) runs;
        System.out.printf(Locale.ROOT, "%s, %d walkers per vertex, %d runs (first %d warm-up), thread CPU:%n", d.graph,
                d.walkersPerVertex, runs, from);
        System.out.printf(Locale.ROOT, "  spiking    min %8.1f ms, median %8.1f ms: %6.2f M walker steps/s (median)%n",
                spiking[from] / 1e6, spiking[mid] / 1e6, perSpiking / spiking[mid] * 1e3);
        System.out.printf(Locale.ROOT, "  plain loop min %8.1f ms, median %8.1f ms: %6.2f M walker steps/s (median)%n",
                loop[from] / 1e6, loop[mid] / 1e6, perLoop / loop[mid] * 1e3);
        System.out.printf(Locale.ROOT, "  spiking / loop steps per second: 1/%.1f (min), 1/%.1f (median)%n",
                (perLoop / loop[from]) / (perSpiking / spiking[from]), (perLoop / loop[mid]) / (perSpiking / spiking[mid]));
        System.out.printf(Locale.ROOT, "  per walker step: %.2f spikes, %.2f synaptic events, %.2f neuron updates; %.0f steps "
                        + "spanned per run (%.0f active)%n",
                activity.spikes() / (double) spikingSteps, activity.synapticEvents() / (double) spikingSteps,
                activity.neuronUpdates() / (double) spikingSteps, activity.stepsSpanned() / (double) runs,
                activity.activeSteps() / (double) runs);
    }
}
