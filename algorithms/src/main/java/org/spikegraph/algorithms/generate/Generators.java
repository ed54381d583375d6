package org.spikegraph.algorithms.generate;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Random;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.generate.GnpRandomGraphGenerator;
import org.jgrapht.generate.GraphGenerator;
import org.jgrapht.generate.GridGraphGenerator;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.graph.IndexedGraph;
import org.spikegraph.algorithms.io.Coordinates;

/**
 * Graph generators: JGraphT's grid, G(n, p) and Barabási–Albert generators, and a random
 * geometric "road-like" generator of our own (JGraphT has none). Every generator is deterministic
 * given its seed. Optional integer weights are drawn uniformly from [lo, hi].
 */
public final class Generators {

    private Generators() {}

    /** A generated graph, with coordinates when the generator places vertices in the plane. */
    public record Generated(CsrGraph graph, Coordinates coordinates) {}

    /** A rows &times; cols grid (undirected; JGraphT {@code GridGraphGenerator}). */
    public static Generated grid(int rows, int cols, Weights weights, long seed) {
        positive("rows", rows);
        positive("cols", cols);
        return fromJGraphT(new GridGraphGenerator<>(rows, cols), false, weights, seed);
    }

    /** Erdős–Rényi G(n, p) (JGraphT {@code GnpRandomGraphGenerator}), directed or not, no self-loops. */
    public static Generated gnp(int n, double p, boolean directed, Weights weights, long seed) {
        positive("n", n);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        return fromJGraphT(new GnpRandomGraphGenerator<>(n, p, seed, false), directed, weights, seed);
    }

    /** Barabási–Albert preferential attachment, m edges per new vertex (JGraphT {@code BarabasiAlbertGraphGenerator}). */
    public static Generated barabasiAlbert(int n, int m, Weights weights, long seed) {
        if (m < 1 || n <= m) {
            throw new IllegalArgumentException("Barabási–Albert needs 1 <= m < n, got m = " + m + ", n = " + n);
        }
        return fromJGraphT(new BarabasiAlbertGraphGenerator<>(m + 1, m, n, seed), false, weights, seed);
    }

    /**
     * A road-like graph: n points uniform in a square of side 100&middot;&radic;n (so neighbours are
     * about 100 units apart, like metres between junctions), each joined to its k nearest points by a
     * two-way road whose weight is the rounded Euclidean length (at least 1). Returns the
     * coordinates too.
     */
    public static Generated roadLike(int n, int k, long seed) {
        positive("n", n);
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        Random random = new Random(seed);
        double side = 100 * Math.sqrt(n);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            x[v] = random.nextDouble() * side;
            y[v] = random.nextDouble() * side;
        }
        int cells = Math.max(1, (int) Math.sqrt(n));
        double cell = side / cells;
        int[] start = new int[cells * cells + 1];
        int[] cellOf = new int[n];
        for (int v = 0; v < n; v++) {
            cellOf[v] = cellIndex(x[v], cell, cells) * cells + cellIndex(y[v], cell, cells);
            start[cellOf[v] + 1]++;
        }
        for (int c = 0; c < cells * cells; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[n];
        int[] next = start.clone();
        for (int v = 0; v < n; v++) {
            members[next[cellOf[v]]++] = v;
        }
        CsrGraphBuilder b = new CsrGraphBuilder(false, (long) n * k * 2).weighted().vertexCount(n);
        LongOpenHashSet seen = new LongOpenHashSet();
        int kk = Math.min(k, n - 1);
        int[] best = new int[Math.max(1, kk)];
        double[] bestD = new double[Math.max(1, kk)];
        for (int v = 0; v < n; v++) {
            int found = 0;
            int cx = cellOf[v] / cells;
            int cy = cellOf[v] % cells;
            for (int r = 0; r <= cells; r++) {
                for (int i = cx - r; i <= cx + r; i++) {
                    for (int j = cy - r; j <= cy + r; j++) {
                        if (i < 0 || j < 0 || i >= cells || j >= cells || Math.max(Math.abs(i - cx), Math.abs(j - cy)) != r) {
                            continue;
                        }
                        int c = i * cells + j;
                        for (int p = start[c]; p < start[c + 1]; p++) {
                            int u = members[p];
                            if (u == v) {
                                continue;
                            }
                            double d = Math.hypot(x[u] - x[v], y[u] - y[v]);
                            if (found < kk) {
                                found = insert(best, bestD, found, u, d);
                            } else if (d < bestD[kk - 1]) {
                                insert(best, bestD, kk - 1, u, d);
                            }
                        }
                    }
                }
                // Points in ring r + 1 are at least r * cell away.
                if (found == kk && (kk == 0 || bestD[kk - 1] <= r * cell)) {
                    break;
                }
            }
            for (int q = 0; q < found; q++) {
                int u = best[q];
                long key = (long) Math.min(u, v) << 32 | Math.max(u, v);
                if (seen.add(key)) {
                    b.addEdge(v, u, Math.max(1, Math.round(bestD[q])));
                }
            }
        }
        return new Generated(b.build(), new Coordinates(x, y));
    }

    /** Inserts (u, d) into the first {@code size} sorted entries (growing by one if room), returns the new size. */
    private static int insert(int[] best, double[] bestD, int size, int u, double d) {
        int i = size;
        while (i > 0 && bestD[i - 1] > d) {
            if (i < best.length) {
                best[i] = best[i - 1];
                bestD[i] = bestD[i - 1];
            }
            i--;
        }
        best[i] = u;
        bestD[i] = d;
        return Math.min(size + 1, best.length);
    }

    private static int cellIndex(double coordinate, double cell, int cells) {
        return Math.min(cells - 1, (int) (coordinate / cell));
    }

    private static Generated fromJGraphT(GraphGenerator<Integer, DefaultWeightedEdge, Integer> generator, boolean directed,
                                         Weights weights, long seed) {
        int[] counter = {0};
        Supplier<Integer> vertices = () -> counter[0]++;
        Graph<Integer, DefaultWeightedEdge> g = directed
                ? new SimpleDirectedWeightedGraph<>(vertices, DefaultWeightedEdge::new)
                : new SimpleWeightedGraph<>(vertices, DefaultWeightedEdge::new);
        generator.generateGraph(g);
        CsrGraph csr = IndexedGraph.of(g).csr();
        return new Generated(weights == null ? unweighted(csr) : weights.apply(csr, seed), null);
    }

    private static CsrGraph unweighted(CsrGraph g) {
        CsrGraphBuilder b = new CsrGraphBuilder(g.directed()).vertexCount(g.vertexCount());
        forEachEdge(g, (u, v, w) -> add(b, g.directed(), u, v, 1, false));
        return b.build();
    }

    /** Integer weights drawn uniformly from [lo, hi]; the two arcs of an undirected edge share one weight. */
    public record Weights(long lo, long hi) {
        /** Checks the range. */
        public Weights {
            if (lo < 0 || hi < lo) {
                throw new IllegalArgumentException("weights need 0 <= lo <= hi, got " + lo + ".." + hi);
            }
        }

        /** Parses "LO..HI" or a single value. */
        public static Weights parse(String range) {
            try {
                String[] parts = range.split("\\.\\.", -1);
                return parts.length == 1 ? new Weights(Long.parseLong(parts[0].trim()), Long.parseLong(parts[0].trim()))
                        : new Weights(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weights must look like LO..HI with integers, got '" + range + "'");
            }
        }

        CsrGraph apply(CsrGraph g, long seed) {
            Random random = new Random(seed ^ 0x5DEECE66DL);
            CsrGraphBuilder b = new CsrGraphBuilder(g.directed()).weighted().vertexCount(g.vertexCount());
            forEachEdge(g, (u, v, w) -> add(b, g.directed(), u, v, lo + (long) (random.nextDouble() * (hi - lo + 1)), true));
            return b.build();
        }
    }

    private interface EdgeVisitor {
        void edge(int u, int v, double w);
    }

    /** Each undirected edge once (u &le; v), each directed arc once. */
    private static void forEachEdge(CsrGraph g, EdgeVisitor visitor) {
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                int v = g.target(a);
                if (g.directed() || u <= v) {
                    visitor.edge(u, v, g.weight(a));
                }
            }
        }
    }

    private static void add(CsrGraphBuilder b, boolean directed, int u, int v, long w, boolean weighted) {
        if (directed) {
            if (weighted) {
                b.addArc(u, v, w);
            } else {
                b.addArc(u, v);
            }
        } else if (weighted) {
            b.addEdge(u, v, w);
        } else {
            b.addEdge(u, v);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }
}
