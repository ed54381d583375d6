package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * {@link SustainedActivityBenchmark}'s engine and raw loop, alternated run by run in one thread and
 * timed in thread CPU time: a figure for the engine / raw-loop ratio that holds on a shared machine,
 * where JMH's back-to-back measurement of one method, then the other, sees the load change between
 * them. Same data, same two methods; reports the minimum and the median of each over the runs after
 * a warm-up quarter, and the events-per-second ratio of both.
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -cp bench/target/benchmarks.jar
 * org.spikegraph.bench.jmh.SustainedActivityInterleaved [stimulus|stochastic] [runs]}.
 */
public final class SustainedActivityInterleaved {

    private SustainedActivityInterleaved() {}

    public static void main(String[] args) {
        String drive = args.length > 0 ? args[0] : "stimulus";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        SustainedActivityBenchmark.Data d = new SustainedActivityBenchmark.Data();
        d.drive = drive;
        d.engine = "event";
        d.neurons = 100_000;
        d.fanOut = 100;
        d.maxDelay = 16;
        d.steps = 256;
        d.setUp();
        SustainedActivityBenchmark bench = new SustainedActivityBenchmark();
        SustainedActivityBenchmark.Events engineEvents = new SustainedActivityBenchmark.Events();
        SustainedActivityBenchmark.Events rawEvents = new SustainedActivityBenchmark.Events();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] engine = new long[runs];
        long[] raw = new long[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            bench.engine(d, engineEvents);
            long t1 = cpu.getCurrentThreadCpuTime();
            bench.rawLoop(d, rawEvents);
            long t2 = cpu.getCurrentThreadCpuTime();
            engine[r] = t1 - t0;
            raw[r] = t2 - t1;
        }
        int from = runs / 4;
        Arrays.sort(engine, from, runs);
        Arrays.sort(raw, from, runs);
        int mid = (from + runs) / 2;
        double perEngineRun = engineEvents.events / (double) runs;
        double perRawRun = rawEvents.events / (double) runs;
        System.out.printf("%s, %d runs (first %d warm-up): engine min %.1f ms, median %.1f ms; raw loop min %.1f ms, "
                        + "median %.1f ms; engine / raw events per second: %.1f%% (min), %.1f%% (median)%n",
                drive, runs, from, engine[from] / 1e6, engine[mid] / 1e6, raw[from] / 1e6, raw[mid] / 1e6,
                100 * ratio(perEngineRun, engine[from], perRawRun, raw[from]),
                100 * ratio(perEngineRun, engine[mid], perRawRun, raw[mid]));
    }

    private static double ratio(double engineEvents, long engineNanos, double rawEvents, long rawNanos) {
        return (engineEvents / engineNanos) / (rawEvents / rawNanos);
    }
}
