package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;

/**
 * Does a locality order of the vertices speed up SSSP (issue 15)? The graph as loaded and the same
 * graph renumbered, each run
 * by primitive Dijkstra and by the spiking pipeline (compile + simulate + decode), alternated run by
 * run in one thread and timed in thread CPU time. The renumbering itself (the BFS and the permuted
 * CSR arrays) is timed apart: it is not in the renumbered pipelines' times. Every run checks that
 * all four give the same sum of distances and that every vertex keeps its distance. Reports the
 * minimum and the median over the runs after a warm-up quarter.
 *
 * <p>Orders (fourth argument): {@code source} (default), BFS from the source over out-arcs, vertices
 * not reached appended in index order, each starting a new BFS; {@code vertex0}, the same from
 * vertex 0, an order that could be computed once per graph and shared by every source; {@code
 * random}, a seeded random order, the control that shows how local the loaded numbering already is.
 *
 * <p>Run: {@code java -Xmx2g -cp bench/target/benchmarks.jar
 * org.spikegraph.bench.jmh.RenumberInterleaved ../shared/data/road/rome-roads.gr 1 30 [source|vertex0|random]}.
 */
public final class RenumberInterleaved {

    private RenumberInterleaved() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/road/rome-roads.gr");
        long sourceId = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String kind = args.length > 3 ? args[3] : "source";
        if (!kind.equals("source") && !kind.equals("vertex0") && !kind.equals("random")) {
            throw new IllegalArgumentException("order must be source, vertex0 or random, got " + kind);
        }
        CsrGraph graph = GraphLoader.load(file).graph();
        int s = graph.indexOf(sourceId);
        int n = graph.vertexCount();
        com.sun.management.ThreadMXBean cpu = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        EventEngine engine = new EventEngine();
        String[] names = {"renumbering (order + CSR)", "primitive", "primitive renumbered",
            "spiking", "spiking renumbered", "  of which decode", "  of which decode renumbered"};
        long[][] t = new long[names.length][runs];
        CsrGraph renumbered = null;
        int[] rank = null;
        for (int r = 0; r < runs; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            int[] order = kind.equals("random") ? randomOrder(n) : bfsOrder(graph, kind.equals("source") ? s : 0);
            rank = new int[n];
            for (int i = 0; i < n; i++) {
                rank[order[i]] = i;
            }
            Permuted p = permute(graph, order, rank);
            long t1 = cpu.getCurrentThreadCpuTime();
            t[0][r] = t1 - t0;
            if (renumbered == null) {
                renumbered = toGraph(p, graph.directed());
            }
            int ps = rank[s];

            long a = cpu.getCurrentThreadCpuTime();
            long[] d1 = PrimitiveDijkstra.distances(graph, s);
            long b = cpu.getCurrentThreadCpuTime();
            long[] d2 = PrimitiveDijkstra.distances(renumbered, ps);
            long c = cpu.getCurrentThreadCpuTime();
            t[1][r] = b - a;
            t[2][r] = c - b;

            long[] spikingTimes = spiking(graph, s, engine, cpu);
            long[] renumberedTimes = spiking(renumbered, ps, engine, cpu);
            t[3][r] = spikingTimes[0];
            t[4][r] = renumberedTimes[0];
            t[5][r] = spikingTimes[1];
            t[6][r] = renumberedTimes[1];
            if (spikingTimes[2] != renumberedTimes[2]) {
                throw new AssertionError("spiking sums differ: " + spikingTimes[2] + " vs " + renumberedTimes[2]);
            }
            long sum = 0;
            for (int v = 0; v < n; v++) {
                if (d1[v] != d2[rank[v]]) {
                    throw new AssertionError("vertex " + v + ": distance " + d1[v] + ", renumbered " + d2[rank[v]]);
                }
                sum += Math.max(0, d1[v]);
            }
            if (sum != spikingTimes[2]) {
                throw new AssertionError("sums differ: spiking " + spikingTimes[2] + ", primitive " + sum);
            }
        }
        int from = runs / 4;
        int mid = (from + runs) / 2;
        System.out.printf(Locale.ROOT, "%s from %d, order %s, %d runs (first %d warm-up), thread CPU ms min / median:%n",
                file, sourceId, kind, runs, from);
        for (int i = 0; i < names.length; i++) {
            Arrays.sort(t[i], from, runs);
            System.out.printf(Locale.ROOT, "  %-30s %8.1f / %8.1f%n", names[i], t[i][from] / 1e6, t[i][mid] / 1e6);
        }
        System.out.printf(Locale.ROOT, "spiking / primitive: %.2fx / %.2fx; renumbered (renumbering not counted): %.2fx / %.2fx%n",
                t[3][from] / (double) t[1][from], t[3][mid] / (double) t[1][mid],
                t[4][from] / (double) t[2][from], t[4][mid] / (double) t[2][mid]);
    }

    /** {total, decode, sum of distances} of one compile + simulate + decode. */
    private static long[] spiking(CsrGraph graph, int s, EventEngine engine, com.sun.management.ThreadMXBean cpu) {
        long t0 = cpu.getCurrentThreadCpuTime();
        Circuit<ShortestPaths> circuit = new ShortestPathCompiler(graph).singleSource(s);
        Run run = engine.run(circuit.network(), circuit.stimulus(), circuit.stop(), circuit.recording(), 0);
        long t1 = cpu.getCurrentThreadCpuTime();
        ShortestPaths answer = circuit.decoder().decode(run);
        long t2 = cpu.getCurrentThreadCpuTime();
        return new long[] {t2 - t0, t2 - t1, answer.sumDistance()};
    }

    /** Vertices in BFS order from s over out-arcs; vertices not reached follow in index order, each starting a new BFS. */
    static int[] bfsOrder(CsrGraph graph, int s) {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        int head = 0;
        int tail = 0;
        int next = 0;
        order[tail++] = s;
        seen[s] = true;
        while (true) {
            while (head < tail) {
                int u = order[head++];
                for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                    int v = targets[a];
                    if (!seen[v]) {
                        seen[v] = true;
                        order[tail++] = v;
                    }
                }
            }
            while (next < n && seen[next]) {
                next++;
            }
            if (next == n) {
                return order;
            }
            seen[next] = true;
            order[tail++] = next;
        }
    }

    private static int[] randomOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(7);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = order[i];
            order[i] = order[j];
            order[j] = x;
        }
        return order;
    }

    private record Permuted(int[] offsets, int[] targets, double[] weights) {}

    /** Vertex order[i] becomes vertex i; its arcs keep their order. */
    private static Permuted permute(CsrGraph graph, int[] order, int[] rank) {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] weights = graph.weights();
        int[] off = new int[n + 1];
        int[] tg = new int[targets.length];
        double[] w = weights == null ? null : new double[targets.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int u = order[i];
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++, k++) {
                tg[k] = rank[targets[a]];
                if (w != null) {
                    w[k] = weights[a];
                }
            }
            off[i + 1] = k;
        }
        return new Permuted(off, tg, w);
    }

    private static CsrGraph toGraph(Permuted p, boolean directed) {
        int n = p.offsets().length - 1;
        CsrGraphBuilder b = new CsrGraphBuilder(directed, p.targets().length).vertexCount(n);
        if (p.weights() != null) {
            b.weighted();
        }
        for (int u = 0; u < n; u++) {
            for (int a = p.offsets()[u]; a < p.offsets()[u + 1]; a++) {
                if (p.weights() != null) {
                    b.addArc(u, p.targets()[a], p.weights()[a]);
                } else {
                    b.addArc(u, p.targets()[a]);
                }
            }
        }
        return b.build();
    }
}
