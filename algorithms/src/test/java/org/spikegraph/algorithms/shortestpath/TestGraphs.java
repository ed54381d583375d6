package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * Random test graphs built twice from the same edge list: once with {@link CsrGraphBuilder} (what
 * the compilers take) and once directly as a JGraphT pseudograph (the independent reference), plus
 * reference distances computed with JGraphT and a checker for returned paths.
 */
final class TestGraphs {

    private TestGraphs() {}

    /** The engines every property runs on. */
    enum Engines {
        REFERENCE, EVENT;

        Engine create() {
            return this == REFERENCE ? new ReferenceEngine() : new EventEngine();
        }
    }

    /** Weight regimes. */
    enum Weights {
        /** Unweighted graph (hop counts). */
        NONE,
        /** Integers 0..100, a quarter of them 0 (the zero-scaled encoding). */
        ZERO_TO_100,
        /** Integers 1..10^6. */
        UP_TO_MILLION,
        /** Reals 0.01..50. */
        REAL;

        DoubleSupplier supplier(Random rnd) {
            return switch (this) {
                case NONE -> () -> 1.0;
                case ZERO_TO_100 -> () -> rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(101);
                case UP_TO_MILLION -> () -> 1 + rnd.nextInt(1_000_000);
                case REAL -> () -> 0.01 + rnd.nextInt(4_999) / 100.0 + rnd.nextDouble() / 100.0;
            };
        }
    }

    /** One random graph in both representations. */
    record Pair(CsrGraph csr, Graph<Integer, DefaultWeightedEdge> jgrapht, boolean directed) {

        int n() {
            return csr.vertexCount();
        }

        /** JGraphT's Dijkstra distances from s (+inf where unreachable). */
        double[] dijkstra(int s) {
            SingleSourcePaths<Integer, DefaultWeightedEdge> p = new DijkstraShortestPath<>(jgrapht).getPaths(s);
            double[] d = new double[n()];
            for (int v = 0; v < n(); v++) {
                d[v] = p.getWeight(v);
            }
            return d;
        }

        /** JGraphT's BFS hop counts from s (+inf where unreachable). */
        double[] bfs(int s) {
            SingleSourcePaths<Integer, DefaultWeightedEdge> p = new BFSShortestPath<>(jgrapht).getPaths(s);
            double[] d = new double[n()];
            for (int v = 0; v < n(); v++) {
                GraphPath<Integer, DefaultWeightedEdge> path = p.getPath(v);
                d[v] = path == null ? Double.POSITIVE_INFINITY : path.getLength();
            }
            return d;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(csr.toString()).append(": ");
            for (int u = 0; u < csr.vertexCount(); u++) {
                for (int a = csr.outStart(u); a < csr.outEnd(u); a++) {
                    sb.append(u).append("->").append(csr.target(a)).append('(').append(csr.weight(a)).append(") ");
                }
            }
            return sb.toString();
        }
    }

    /**
     * A random graph: n vertices, m random edges (about 1 in 6 a self-loop, 1 in 5 followed by a
     * parallel edge of another weight); vertices no edge names are isolated.
     */
    static Pair random(long seed, boolean directed, Weights weights, int n, int m) {
        Random rnd = new Random(seed);
        DoubleSupplier w = weights.supplier(rnd);
        CsrGraphBuilder b = new CsrGraphBuilder(directed).vertexCount(n);
        Graph<Integer, DefaultWeightedEdge> g = directed
                ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
                : new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        if (weights != Weights.NONE) {
            b.weighted();
        }
        for (int i = 0; i < m; i++) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(6) == 0 ? u : rnd.nextInt(n);
            add(b, g, weights, u, v, w.getAsDouble());
            if (rnd.nextInt(5) == 0) {
                add(b, g, weights, u, v, w.getAsDouble());
            }
        }
        return new Pair(b.build(), g, directed);
    }

    private static void add(CsrGraphBuilder b, Graph<Integer, DefaultWeightedEdge> g, Weights weights, int u, int v,
                            double w) {
        if (weights == Weights.NONE) {
            b.addEdge(u, v);
        } else {
            b.addEdge(u, v, w);
        }
        g.setEdgeWeight(g.addEdge(u, v), w);
    }

    /**
     * Checks that {@code answer.pathArcs(v)} is a real path of the answer's graph from one of its
     * sources to v, and returns its weight (hop count under the hop encoding), summed from the source.
     */
    static double checkPath(ShortestPaths answer, int v) {
        CsrGraph g = answer.graph();
        int[] arcs = answer.pathArcs(v);
        assertThat(arcs).as("path to reached vertex %d", v).isNotNull();
        int start = arcs.length == 0 ? v : g.tail(arcs[0]);
        assertThat(answer.sources()).as("path to %d starts at a source", v).contains(start);
        int at = start;
        double weight = 0;
        boolean hops = answer.encoding().kind() == DelayEncoding.Kind.HOPS;
        for (int a : arcs) {
            assertThat(a).as("arc %d of path to %d leaves %d", a, v, at)
                    .isGreaterThanOrEqualTo(g.outStart(at)).isLessThan(g.outEnd(at));
            weight += hops ? 1 : g.weight(a);
            at = g.target(a);
        }
        assertThat(at).as("path to %d ends there", v).isEqualTo(v);
        return weight;
    }

    /** Runs a shortest-path circuit on an engine and decodes it. */
    static ShortestPaths run(Circuit<ShortestPaths> circuit, Engines engine, long seed) {
        return circuit.run(engine.create(), seed).answer();
    }

    /** Exact hop-bounded distances: k rounds, each relaxing every arc from the previous round's values; -1 unreached. */
    static long[] hopBoundedDp(CsrGraph g, int source, int k) {
        long inf = Long.MAX_VALUE;
        long[] d = new long[g.vertexCount()];
        Arrays.fill(d, inf);
        d[source] = 0;
        for (int round = 0; round < k; round++) {
            long[] next = d.clone();
            for (int u = 0; u < g.vertexCount(); u++) {
                if (d[u] == inf) {
                    continue;
                }
                for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                    long w = g.weighted() ? (long) g.weight(a) : 1;
                    next[g.target(a)] = Math.min(next[g.target(a)], d[u] + w);
                }
            }
            d = next;
        }
        return Arrays.stream(d).map(x -> x == inf ? -1 : x).toArray();
    }

    /** Distinct random vertices, 1..max of them. */
    static int[] someVertices(Random rnd, int n, int max) {
        List<Integer> all = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            all.add(v);
        }
        java.util.Collections.shuffle(all, rnd);
        int k = 1 + rnd.nextInt(Math.min(max, n));
        return all.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
    }
}
