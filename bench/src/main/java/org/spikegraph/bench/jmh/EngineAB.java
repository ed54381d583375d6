package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;

/**
 * Before / after of the event engine in one process: the engine classes of an older substrate jar
 * (packages {@code substrate.engine} and {@code substrate.random}, loaded child-first; the network,
 * neuron and run types are shared) against this build's, alternated run by run in one thread with the
 * workload's baseline, timed in thread CPU time. Every run checks that both engines give the same
 * answer (events and spikes, or the sum of distances).
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -cp bench/target/benchmarks.jar org.spikegraph.bench.jmh.EngineAB
 * OLD_SUBSTRATE_JAR stimulus|stochastic|sssp [runs] [graph]}: stimulus and stochastic are
 * {@link SustainedActivityInterleaved}'s workloads (baseline: the raw loop; figure: engine / raw events
 * per second), sssp is {@link ShortestPathInterleaved}'s simulate phase from vertex 1 of the graph
 * (baseline: primitive Dijkstra; figure: compile + simulate + decode / primitive).
 */
public final class EngineAB {

    private EngineAB() {}

    public static void main(String[] args) throws Exception {
        Engine old = oldEngine(Path.of(args[0]));
        Engine now = new EventEngine();
        String work = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] a = new long[runs];
        long[] b = new long[runs];
        long[] base = new long[runs];
        int from = runs / 4;
        int mid = (from + runs) / 2;
        if (work.equals("sssp")) {
            CsrGraph csr = GraphLoader.load(Path.of(args.length > 3 ? args[3] : "../shared/data/road/rome-roads.gr")).graph();
            int s = csr.indexOf(1);
            for (int r = 0; r < runs; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                long[] dist = PrimitiveDijkstra.distances(csr, s);
                long t1 = cpu.getCurrentThreadCpuTime();
                long sumOld = spiking(csr, s, old);
                long t2 = cpu.getCurrentThreadCpuTime();
                long sumNew = spiking(csr, s, now);
                long t3 = cpu.getCurrentThreadCpuTime();
                long sum = Arrays.stream(dist).map(d -> Math.max(0, d)).sum();
                if (sum != sumOld || sum != sumNew) {
                    throw new AssertionError("sums differ: primitive " + sum + ", old " + sumOld + ", new " + sumNew);
                }
                base[r] = t1 - t0;
                a[r] = t2 - t1;
                b[r] = t3 - t2;
            }
            sort(from, a, b, base);
            System.out.printf(Locale.ROOT, "sssp, %d runs (first %d warm-up), thread CPU ms min / median: primitive %.1f / %.1f; "
                            + "old %.1f / %.1f (%.2fx / %.2fx); new %.1f / %.1f (%.2fx / %.2fx)%n",
                    runs, from, ms(base[from]), ms(base[mid]), ms(a[from]), ms(a[mid]), a[from] / (double) base[from],
                    a[mid] / (double) base[mid], ms(b[from]), ms(b[mid]), b[from] / (double) base[from], b[mid] / (double) base[mid]);
            return;
        }
        SustainedActivityBenchmark.Data d = new SustainedActivityBenchmark.Data();
        d.drive = work;
        d.engine = "event";
        d.neurons = 100_000;
        d.fanOut = 100;
        d.maxDelay = 16;
        d.steps = 256;
        d.setUp();
        SustainedActivityBenchmark bench = new SustainedActivityBenchmark();
        SustainedActivityBenchmark.Events rawEvents = new SustainedActivityBenchmark.Events();
        long events = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            Run x = old.run(d.network, d.stimulus, d.stop, Recording.none(), SustainedActivityBenchmark.Data.SEED);
            long t1 = cpu.getCurrentThreadCpuTime();
            Run y = now.run(d.network, d.stimulus, d.stop, Recording.none(), SustainedActivityBenchmark.Data.SEED);
            long t2 = cpu.getCurrentThreadCpuTime();
            bench.rawLoop(d, rawEvents);
            long t3 = cpu.getCurrentThreadCpuTime();
            if (!x.activity().equals(y.activity()) || !Arrays.equals(x.finalPotentials(), y.finalPotentials())) {
                throw new AssertionError("engines differ: old " + x + ", new " + y);
            }
            events = y.activity().synapticEvents();
            a[r] = t1 - t0;
            b[r] = t2 - t1;
            base[r] = t3 - t2;
        }
        sort(from, a, b, base);
        double rawPerRun = rawEvents.events / (double) runs;
        System.out.printf(Locale.ROOT, "%s, %d runs (first %d warm-up), thread CPU ms min / median: raw %.1f / %.1f; "
                        + "old %.1f / %.1f (%.1f%% / %.1f%% of raw events/s); new %.1f / %.1f (%.1f%% / %.1f%%)%n",
                work, runs, from, ms(base[from]), ms(base[mid]),
                ms(a[from]), ms(a[mid]), pct(events, a[from], rawPerRun, base[from]), pct(events, a[mid], rawPerRun, base[mid]),
                ms(b[from]), ms(b[mid]), pct(events, b[from], rawPerRun, base[from]), pct(events, b[mid], rawPerRun, base[mid]));
    }

    private static long spiking(CsrGraph csr, int s, Engine engine) {
        Circuit<ShortestPaths> circuit = new ShortestPathCompiler(csr).singleSource(s);
        Run run = engine.run(circuit.network(), circuit.stimulus(), circuit.stop(), circuit.recording(), 0);
        return circuit.decoder().decode(run).sumDistance();
    }

    /** The old jar's event engine, its engine and random packages loaded child-first. */
    static Engine oldEngine(Path jar) throws MalformedURLException, ReflectiveOperationException {
        ClassLoader parent = EngineAB.class.getClassLoader();
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("org.spikegraph.substrate.engine.") && !name.startsWith("org.spikegraph.substrate.random.")) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        c = findClass(name);
                    }
                    if (resolve) {
                        resolveClass(c);
                    }
                    return c;
                }
            }
        };
        return (Engine) loader.loadClass("org.spikegraph.substrate.engine.EventEngine").getDeclaredConstructor().newInstance();
    }

    private static void sort(int from, long[]... xs) {
        for (long[] x : xs) {
            Arrays.sort(x, from, x.length);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double pct(long engineEvents, long engineNanos, double rawEvents, long rawNanos) {
        return 100 * (engineEvents / (double) engineNanos) / (rawEvents / rawNanos);
    }
}
