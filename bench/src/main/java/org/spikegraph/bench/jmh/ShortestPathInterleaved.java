package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
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
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Run;

/**
 * {@link ShortestPathBenchmark}'s spiking pipeline and primitive Dijkstra, alternated run by run in
 * one thread and timed in thread CPU time, so both see the same load on a shared machine; the
 * spiking pipeline timed per phase (compile a new circuit, simulate on the event engine, decode
 * distances and predecessors), and the compile's allocation counted
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}): the garbage of a compile
 * is what it allocates beyond the network's own arrays ({@link Network#bytes()}). Every run checks
 * that both give the same distances and trees of tight arcs; the primitive Dijkstra is timed twice,
 * distances alone (the strict reference) and with its predecessor arcs (the spiking answer's content). Reports the minimum and the median over the runs after a
 * warm-up quarter.
 *
 * <p>Run: {@code java -Xmx2g -cp bench/target/benchmarks.jar
 * org.spikegraph.bench.jmh.ShortestPathInterleaved ../shared/data/road/rome-roads.gr 1 40}.
 */
public final class ShortestPathInterleaved {

    private ShortestPathInterleaved() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/road/rome-roads.gr");
        long sourceId = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        CsrGraph csr = GraphLoader.load(file).graph();
        int s = csr.indexOf(sourceId);
        com.sun.management.ThreadMXBean cpu = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        EventEngine engine = new EventEngine();
        long[] primitive = new long[runs];
        long[] primitiveTree = new long[runs];
        long[] compile = new long[runs];
        long[] simulate = new long[runs];
        long[] decode = new long[runs];
        long[] spiking = new long[runs];
        long[] garbage = new long[runs];
        int synapses = 0;
        for (int r = 0; r < runs; r++) {
            long tt0 = cpu.getCurrentThreadCpuTime();
            PrimitiveDijkstra.Tree tree = PrimitiveDijkstra.tree(csr, s);
            long t0 = cpu.getCurrentThreadCpuTime();
            long[] dist = PrimitiveDijkstra.distances(csr, s);
            long t1 = cpu.getCurrentThreadCpuTime();
            long a0 = cpu.getCurrentThreadAllocatedBytes();
            ShortestPathCompiler compiler = new ShortestPathCompiler(csr);
            Network network = compiler.network();
            long a1 = cpu.getCurrentThreadAllocatedBytes();
            long t2 = cpu.getCurrentThreadCpuTime();
            Circuit<ShortestPaths> circuit = compiler.singleSource(s);
            Run run = engine.run(circuit.network(), circuit.stimulus(), circuit.stop(), circuit.recording(), 0);
            long t3 = cpu.getCurrentThreadCpuTime();
            ShortestPaths answer = circuit.decoder().decode(run);
            long t4 = cpu.getCurrentThreadCpuTime();
            long sum = 0;
            for (long d : dist) {
                sum += Math.max(0, d);
            }
            if (sum != answer.sumDistance()) {
                throw new AssertionError("sums of distances differ: spiking " + answer.sumDistance() + ", primitive " + sum);
            }
            checkSameAnswer(csr, dist, tree, answer);
            primitive[r] = t1 - t0;
            primitiveTree[r] = t0 - tt0;
            compile[r] = t2 - t1;
            simulate[r] = t3 - t2;
            decode[r] = t4 - t3;
            spiking[r] = t4 - t1;
            garbage[r] = (a1 - a0) - network.bytes();
            synapses = network.synapseCount();
        }
        int from = runs / 4;
        int mid = (from + runs) / 2;
        for (long[] x : new long[][] {primitive, primitiveTree, compile, simulate, decode, spiking, garbage}) {
            Arrays.sort(x, from, runs);
        }
        System.out.printf(Locale.ROOT, "%s from %d, %d runs (first %d warm-up), thread CPU ms min / median:%n", file, sourceId, runs, from);
        row("primitive Dijkstra", primitive, from, mid);
        row("primitive + tree", primitiveTree, from, mid);
        row("spiking: compile", compile, from, mid);
        row("spiking: simulate", simulate, from, mid);
        row("spiking: decode", decode, from, mid);
        row("spiking: total", spiking, from, mid);
        System.out.printf(Locale.ROOT, "spiking / primitive: %.2fx (min), %.2fx (median)%n",
                spiking[from] / (double) primitive[from], spiking[mid] / (double) primitive[mid]);
        System.out.printf(Locale.ROOT, "spiking / primitive with its tree: %.2fx (min), %.2fx (median)%n",
                spiking[from] / (double) primitiveTree[from], spiking[mid] / (double) primitiveTree[mid]);
        System.out.printf(Locale.ROOT, "compile: %,d synapses, %.1f M synapses/s (min time), %.1f M/s (median); "
                        + "garbage beyond the network's arrays %.2f bytes per synapse (min), %.2f (median)%n",
                synapses, synapses / (compile[from] / 1e3), synapses / (compile[mid] / 1e3),
                garbage[from] / (double) synapses, garbage[mid] / (double) synapses);
    }

    /**
     * Both sides give the same answer: every vertex's distance, and a tree of tight arcs (the trees
     * may differ where shortest paths tie).
     */
    private static void checkSameAnswer(CsrGraph csr, long[] dist, PrimitiveDijkstra.Tree tree, ShortestPaths answer) {
        for (int v = 0; v < dist.length; v++) {
            long spiking = answer.reached(v) ? answer.distance(v) : PrimitiveDijkstra.UNREACHED;
            if (spiking != dist[v] || tree.distances()[v] != dist[v]) {
                throw new AssertionError("distance of vertex " + v + ": spiking " + spiking + ", primitive " + dist[v]
                        + ", primitive with tree " + tree.distances()[v]);
            }
            for (int a : new int[] {answer.predecessorArc(v), tree.predecessorArcs()[v]}) {
                if (a >= 0 && (csr.target(a) != v || dist[csr.tail(a)] + (long) csr.weight(a) != dist[v])) {
                    throw new AssertionError("predecessor arc " + a + " of vertex " + v + " is not tight");
                }
            }
            if ((answer.predecessorArc(v) < 0) != (tree.predecessorArcs()[v] < 0)) {
                throw new AssertionError("vertex " + v + " has a predecessor on one side only");
            }
        }
    }

    private static void row(String name, long[] nanos, int from, int mid) {
        System.out.printf(Locale.ROOT, "  %-20s %8.1f / %8.1f%n", name, nanos[from] / 1e6, nanos[mid] / 1e6);
    }
}
