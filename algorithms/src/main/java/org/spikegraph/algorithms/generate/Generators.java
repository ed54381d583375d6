package org.spikegraph.algorithms.generate;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Random;
import java.util.concurrent.CancellationException;
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
 *
 * <p>Each generator has a {@link Size} estimate ({@link #gridSize} ...) to check before any work,
 * and takes a {@link Monitor} that hears of every edge made and may stop the generation.
 */
public final class Generators {

    /** The most vertices and arcs a generated graph may have (its arcs are indexed by int). */
    public static final long MAX_ARCS = Integer.MAX_VALUE - 8;

    /** JGraphT's graph, per edge and per vertex (objects, maps and adjacency sets). */
    private static final long JGRAPHT_BYTES_PER_EDGE = 250;
    private static final long JGRAPHT_BYTES_PER_VERTEX = 150;
    /** A CsrGraphBuilder (arrays grown by doubling) and the CsrGraph built from it, per arc. */
    private static final long CSR_BYTES_PER_ARC = 48;
    private static final long CSR_BYTES_PER_VERTEX = 16;

    private Generators() {}

    /** A generated graph, with coordinates when the generator places vertices in the plane. */
    public record Generated(CsrGraph graph, Coordinates coordinates) {}

    /**
     * Hears of the edges made; may stop the generation by throwing a {@link CancellationException}.
     * Called from the generating thread, often: keep it cheap.
     */
    @FunctionalInterface
    public interface Monitor {
        /** {@code made} edges (arcs for a directed graph) have been made so far. */
        void edges(long made);

        /** A monitor that does nothing. */
        Monitor NONE = made -> {};
    }

    /**
     * What a generation will make and need, estimated before it starts.
     *
     * @param vertices the vertices
     * @param edges    the edges (for G(n, p) an upper bound: the mean plus six standard deviations)
     * @param arcs     the arcs of the result (two per undirected edge)
     * @param bytes    the heap needed at the peak, about
     * @param draws    the random draws the generator makes (G(n, p) draws once per pair)
     */
    public record Size(long vertices, long edges, long arcs, long bytes, long draws) {

        /** A message when the graph is too big for the int-indexed graph, or null. */
        public String tooBig() {
            if (vertices > MAX_ARCS) {
                return String.format("%,d vertices are more than a graph may have (%,d)", vertices, MAX_ARCS);
            }
            if (arcs > MAX_ARCS) {
                return String.format("about %,d arcs are more than a graph may have (%,d)", arcs, MAX_ARCS);
            }
            return null;
        }
    }

    /** The size of {@link #grid}. */
    public static Size gridSize(long rows, long cols) {
        long v = rows * cols;
        long edges = rows * (cols - 1) + cols * (rows - 1);
        return jgraphtSize(v, edges, 2 * edges, edges);
    }

    /** The size of {@link #gnp}: an upper bound on the edges, mean + 6 sd. */
    public static Size gnpSize(long n, double p, boolean directed) {
        double pairs = directed ? (double) n * (n - 1) : (double) n * (n - 1) / 2;
        double mean = pairs * p;
        long edges = (long) Math.min(pairs, Math.ceil(mean + 6 * Math.sqrt(mean)));
        return jgraphtSize(n, edges, directed ? edges : 2 * edges, (long) Math.min(Long.MAX_VALUE, pairs));
    }

    /** The size of {@link #barabasiAlbert}. */
    public static Size barabasiAlbertSize(long n, long m) {
        long edges = (m + 1) * m / 2 + (n - m - 1) * m;
        return jgraphtSize(n, edges, 2 * edges, edges);
    }

    /** The size of {@link #roadLike}: at most k edges per vertex. */
    public static Size roadLikeSize(long n, long k) {
        long edges = n * Math.min(k, Math.max(0, n - 1));
        long arcs = 2 * edges;
        // points, cells and members (about 36 bytes a vertex), the pair set (about 22 bytes an edge), builder and graph
        long bytes = 36 * n + 22 * edges + CSR_BYTES_PER_ARC * arcs + CSR_BYTES_PER_VERTEX * n;
        return new Size(n, edges, arcs, bytes, n * (long) Math.min(k, 64) * 9);
    }

    private static Size jgraphtSize(long vertices, long edges, long arcs, long draws) {
        long bytes = JGRAPHT_BYTES_PER_VERTEX * vertices + JGRAPHT_BYTES_PER_EDGE * edges
                + 2 * (CSR_BYTES_PER_ARC * arcs + CSR_BYTES_PER_VERTEX * vertices);
        return new Size(vertices, edges, arcs, bytes, draws);
    }

    /** A rows &times; cols grid (undirected; JGraphT {@code GridGraphGenerator}). */
    public static Generated grid(int rows, int cols, Weights weights, long seed) {
        return grid(rows, cols, weights, seed, Monitor.NONE);
    }

    /** {@link #grid(int, int, Weights, long)}, heard by {@code monitor}. */
    public static Generated grid(int rows, int cols, Weights weights, long seed, Monitor monitor) {
        positive("rows", rows);
        positive("cols", cols);
        fits(gridSize(rows, cols));
        return fromJGraphT(new GridGraphGenerator<>(rows, cols), false, weights, seed, monitor);
    }

    /** Erdős–Rényi G(n, p) (JGraphT {@code GnpRandomGraphGenerator}), directed or not, no self-loops. */
    public static Generated gnp(int n, double p, boolean directed, Weights weights, long seed) {
        return gnp(n, p, directed, weights, seed, Monitor.NONE);
    }

    /** {@link #gnp(int, double, boolean, Weights, long)}, heard by {@code monitor}. */
    public static Generated gnp(int n, double p, boolean directed, Weights weights, long seed, Monitor monitor) {
        positive("n", n);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        fits(gnpSize(n, p, directed));
        return fromJGraphT(new GnpRandomGraphGenerator<>(n, p, seed, false), directed, weights, seed, monitor);
    }

    /** Barabási–Albert preferential attachment, m edges per new vertex (JGraphT {@code BarabasiAlbertGraphGenerator}). */
    public static Generated barabasiAlbert(int n, int m, Weights weights, long seed) {
        return barabasiAlbert(n, m, weights, seed, Monitor.NONE);
    }

    /** {@link #barabasiAlbert(int, int, Weights, long)}, heard by {@code monitor}. */
    public static Generated barabasiAlbert(int n, int m, Weights weights, long seed, Monitor monitor) {
        if (m < 1 || n <= m) {
            throw new IllegalArgumentException("Barabási–Albert needs 1 <= m < n, got m = " + m + ", n = " + n);
        }
        fits(barabasiAlbertSize(n, m));
        return fromJGraphT(new BarabasiAlbertGraphGenerator<>(m + 1, m, n, seed), false, weights, seed, monitor);
    }

    /** Refuses a graph larger than a graph may be. */
    private static void fits(Size size) {
        String tooBig = size.tooBig();
        if (tooBig != null) {
            throw new IllegalArgumentException(tooBig);
        }
    }

    /**
     * A road-like graph: n points uniform in a square of side 100&middot;&radic;n (so neighbours are
     * about 100 units apart, like metres between junctions), each joined to its k nearest points by a
     * two-way road whose weight is the rounded Euclidean length (at least 1). Returns the
     * coordinates too.
     */
    public static Generated roadLike(int n, int k, long seed) {
        return roadLike(n, k, seed, Monitor.NONE);
    }

    /** {@link #roadLike(int, int, long)}, heard by {@code monitor} (once per vertex joined). */
    public static Generated roadLike(int n, int k, long seed, Monitor monitor) {
        positive("n", n);
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        fits(roadLikeSize(n, k));
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
        long made = 0;
        for (int v = 0; v < n; v++) {
            monitor.edges(made);
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
                    made++;
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
                                         Weights weights, long seed, Monitor monitor) {
        int[] counter = {0};
        long[] made = {0};
        Supplier<Integer> vertices = () -> counter[0]++;
        Supplier<DefaultWeightedEdge> edges = () -> {
            monitor.edges(++made[0]);
            return new DefaultWeightedEdge();
        };
        Graph<Integer, DefaultWeightedEdge> g = directed
                ? new SimpleDirectedWeightedGraph<>(vertices, edges)
                : new SimpleWeightedGraph<>(vertices, edges);
        generator.generateGraph(g);
        CsrGraph csr = IndexedGraph.of(g).csr();
        g = null; // JGraphT's copy may go before the second build
        return new Generated(weights == null ? unweighted(csr, monitor) : weights.apply(csr, seed, monitor), null);
    }

    private static CsrGraph unweighted(CsrGraph g, Monitor monitor) {
        CsrGraphBuilder b = new CsrGraphBuilder(g.directed()).vertexCount(g.vertexCount());
        forEachEdge(g, monitor, (u, v, w) -> add(b, g.directed(), u, v, 1, false));
        return b.build();
    }

    /**
     * Integer weights drawn uniformly from [lo, hi]; the two arcs of an undirected edge share one
     * weight. hi is at most {@link #MAX} = 2^53 - 1, the largest integer a weight (a double) holds
     * exactly and a file writes as an integer.
     */
    public record Weights(long lo, long hi) {
        /** The largest weight: 2^53 - 1. */
        public static final long MAX = (1L << 53) - 1;

        /** Checks the range. */
        public Weights {
            if (lo < 0 || hi < lo) {
                throw new IllegalArgumentException("weights need 0 <= lo <= hi, got " + lo + ".." + hi);
            }
            if (hi > MAX) {
                throw new IllegalArgumentException("weights must be at most " + MAX + " (2^53 - 1, the largest integer a "
                        + "weight holds exactly), got " + lo + ".." + hi);
            }
        }

        /** Parses "LO..HI" or a single value. */
        public static Weights parse(String range) {
            try {
                String[] parts = range.split("\\.\\.", -1);
                return parts.length == 1 ? new Weights(Long.parseLong(parts[0].trim()), Long.parseLong(parts[0].trim()))
                        : new Weights(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weights must look like LO..HI with integers from 0 to " + MAX
                        + ", got '" + range + "'");
            }
        }

        /** A weight drawn uniformly from [lo, hi]: hi - lo + 1 cannot overflow since hi &lt;= 2^53 - 1. */
        long draw(Random random) {
            return Math.min(hi, lo + (long) (random.nextDouble() * (hi - lo + 1)));
        }

        CsrGraph apply(CsrGraph g, long seed, Monitor monitor) {
            Random random = new Random(seed ^ 0x5DEECE66DL);
            CsrGraphBuilder b = new CsrGraphBuilder(g.directed()).weighted().vertexCount(g.vertexCount());
            forEachEdge(g, monitor, (u, v, w) -> add(b, g.directed(), u, v, draw(random), true));
            return b.build();
        }
    }

    private interface EdgeVisitor {
        void edge(int u, int v, double w);
    }

    /** Each undirected edge once (u &le; v), each directed arc once; the monitor hears of every vertex. */
    private static void forEachEdge(CsrGraph g, Monitor monitor, EdgeVisitor visitor) {
        for (int u = 0; u < g.vertexCount(); u++) {
            monitor.edges(g.outStart(u));
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
