package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;

/**
 * The warm counterpart of a cold {@code spikegraph solve sssp} ({@code tools/coldstart.sh}): the same
 * phases (load the graph file; compile, simulate on the event engine and decode from one source)
 * repeated in one JVM, timed in thread CPU time; reports the minimum and the median over the runs
 * after a warm-up third.
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/benchmarks.jar org.spikegraph.bench.jmh.WarmSolveTimes
 * ../shared/data/road/rome-roads.gr 1 15}.
 */
public final class WarmSolveTimes {

    private WarmSolveTimes() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/road/rome-roads.gr");
        long sourceId = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] load = new long[runs];
        long[] pipeline = new long[runs];
        long sum = -1;
        for (int r = 0; r < runs; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            CsrGraph csr = GraphLoader.load(file).graph();
            long t1 = cpu.getCurrentThreadCpuTime();
            Circuit<ShortestPaths> circuit = new ShortestPathCompiler(csr).singleSource(csr.indexOf(sourceId));
            Run run = new EventEngine().run(circuit.network(), circuit.stimulus(), circuit.stop(), circuit.recording(), 0);
            long s = circuit.decoder().decode(run).sumDistance();
            long t2 = cpu.getCurrentThreadCpuTime();
            if (sum >= 0 && s != sum) {
                throw new AssertionError("runs disagree: sum of distances " + sum + " then " + s);
            }
            sum = s;
            load[r] = t1 - t0;
            pipeline[r] = t2 - t1;
        }
        int from = runs / 3;
        int mid = (from + runs) / 2;
        Arrays.sort(load, from, runs);
        Arrays.sort(pipeline, from, runs);
        System.out.printf(Locale.ROOT, "%s from %d, %d runs (first %d warm-up), thread CPU ms min / median: load %.1f / %.1f; "
                        + "compile + simulate + decode %.1f / %.1f (sum of distances %d)%n", file, sourceId, runs, from,
                load[from] / 1e6, load[mid] / 1e6, pipeline[from] / 1e6, pipeline[mid] / 1e6, sum);
    }
}
