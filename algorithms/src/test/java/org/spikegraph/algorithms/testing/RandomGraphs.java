package org.spikegraph.algorithms.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.graph.VertexIds;
import org.spikegraph.substrate.testing.Dice;

/**
 * The random graphs of every module's tests. A generator draws an {@link EdgeList} from a {@link Dice}
 * (one per seeded case, so a case is rebuilt from its seed); the list then builds the graph twice: our
 * {@link CsrGraph} (what the compilers take) and, independently, a JGraphT graph (the reference), in the
 * variant a test needs (pseudograph as drawn, undirected view, simple graph with merged parallels, or
 * with named vertices).
 *
 * <pre>{@code
 * @Seeded(150)
 * void t(long seed) {
 *     Dice dice = new Dice(seed);
 *     Pair p = RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.ZERO_TO_100, dice.between(1, 40),
 *             dice.between(0, 120)).pair();
 *     ...
 * }
 * }</pre>
 */
public final class RandomGraphs {

    /** Chance that a drawn edge of {@link #multigraph} is a self-loop. */
    public static final double LOOP_CHANCE = 1.0 / 6;
    /** Chance that a drawn edge of {@link #multigraph} or {@link #dag} is followed by a parallel copy with its own weight. */
    public static final double PARALLEL_CHANCE = 1.0 / 5;

    private RandomGraphs() {}

    /** Weight regimes: what one edge weight is drawn from. */
    public enum Weights {
        /** Unweighted (every weight 1; the CSR graph is built unweighted). */
        NONE,
        /** Integers 0..100, a quarter of them 0 (the zero-scaled delay encoding). */
        ZERO_TO_100,
        /** Integers 1..10^6. */
        UP_TO_MILLION,
        /** Reals 0.01..50. */
        REAL,
        /** Integers 0..10: many ties, some zeros (spanning trees, capacities). */
        SMALL_INTEGERS,
        /** Multiples of 1/8 in -10..14.875: negatives, zeros, fractions, ties. */
        REAL_AND_NEGATIVE,
        /** Integers 1..50 (longest-path lengths, delays). */
        LENGTHS,
        /** Positive reals 0.1..5.1 (random-walk transition weights). */
        POSITIVE_REAL,
        /** A mixture for writers and parsers: integers 0..999 or -10..10, quarters 0..24.75, or any real 0..10^4. */
        MIXED;

        /** @return whether graphs of this regime are weighted */
        public boolean weighted() {
            return this != NONE;
        }

        /** @return one weight of this regime */
        public double draw(Dice dice) {
            return switch (this) {
                case NONE -> 1.0;
                case ZERO_TO_100 -> dice.chance(0.25) ? 0 : dice.between(0, 100);
                case UP_TO_MILLION -> dice.between(1, 1_000_000);
                case REAL -> 0.01 + dice.between(0, 4_998) / 100.0 + dice.unit() / 100.0;
                case SMALL_INTEGERS -> dice.between(0, 10);
                case REAL_AND_NEGATIVE -> dice.between(0, 199) / 8.0 - 10;
                case LENGTHS -> dice.between(1, 50);
                case POSITIVE_REAL -> 0.1 + 5 * dice.unit();
                case MIXED -> switch (dice.between(0, 3)) {
                    case 0 -> dice.between(0, 999);
                    case 1 -> dice.between(-10, 10);
                    case 2 -> dice.between(0, 99) / 4.0;
                    default -> dice.unit() * 1e4;
                };
            };
        }
    }

    /** One drawn edge {@code u - v} (an arc {@code u -> v} when directed) of weight {@code weight}. */
    public record Edge(int u, int v, double weight) {}

    /**
     * A drawn graph: {@code n} vertices {@code 0..n-1}, its edges in drawing order (self-loops and
     * parallel edges kept; vertices no edge names are isolated).
     */
    public record EdgeList(int n, boolean directed, boolean weighted, List<Edge> edges) {

        public EdgeList {
            edges = List.copyOf(edges);
            for (Edge e : edges) {
                if (e.u() < 0 || e.u() >= n || e.v() < 0 || e.v() >= n) {
                    throw new IllegalArgumentException("edge " + e + " outside 0.." + (n - 1));
                }
            }
        }

        /** @return the number of drawn edges */
        public int m() {
            return edges.size();
        }

        /** @return this graph with {@code more} edges appended */
        public EdgeList plus(List<Edge> more) {
            List<Edge> all = new ArrayList<>(edges);
            all.addAll(more);
            return new EdgeList(n, directed, weighted, all);
        }

        /** @return the CSR graph, vertex {@code i} with original id {@code i}, edges added in drawing order */
        public CsrGraph csr() {
            return csr(null);
        }

        /** @return the CSR graph with these original ids ({@code null}: the identity) */
        public CsrGraph csr(VertexIds ids) {
            CsrGraphBuilder b = new CsrGraphBuilder(directed).vertexCount(n);
            if (ids != null) {
                b.ids(ids);
            }
            if (weighted) {
                b.weighted();
            }
            for (Edge e : edges) {
                if (weighted) {
                    b.addEdge(e.u(), e.v(), e.weight());
                } else {
                    b.addEdge(e.u(), e.v());
                }
            }
            return b.build();
        }

        /** @return an independent JGraphT weighted pseudograph, directed as drawn (weight 1 when unweighted) */
        public Graph<Integer, DefaultWeightedEdge> jgrapht() {
            return fill(directed ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
                    : new WeightedPseudograph<>(DefaultWeightedEdge.class));
        }

        /** @return an undirected JGraphT weighted pseudograph: every drawn edge or arc an undirected edge */
        public Graph<Integer, DefaultWeightedEdge> undirectedJGraphT() {
            return fill(new WeightedPseudograph<>(DefaultWeightedEdge.class));
        }

        /**
         * @return the equivalent simple JGraphT graph for capacities: parallel edges merged with their
         *     weights summed, self-loops dropped (JGraphT's max-flow algorithms are wrong on some multigraphs)
         */
        public Graph<Integer, DefaultWeightedEdge> simpleJGraphT() {
            Graph<Integer, DefaultWeightedEdge> g = directed ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                    : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            for (int v = 0; v < n; v++) {
                g.addVertex(v);
            }
            for (Edge e : edges) {
                if (e.u() == e.v()) {
                    continue;
                }
                DefaultWeightedEdge existing = g.getEdge(e.u(), e.v());
                if (existing == null) {
                    g.setEdgeWeight(g.addEdge(e.u(), e.v()), e.weight());
                } else {
                    g.setEdgeWeight(existing, g.getEdgeWeight(existing) + e.weight());
                }
            }
            return g;
        }

        /** @return the name of vertex {@code v} in the named copies: {@code "v" + (n - v)}, so insertion order differs from name order */
        public String name(int v) {
            return "v" + (n - v);
        }

        /** @return a JGraphT weighted pseudograph, directed as drawn, vertex {@code v} named {@link #name(int)}, inserted in index order */
        public Graph<String, DefaultWeightedEdge> named() {
            Graph<String, DefaultWeightedEdge> g = directed ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
                    : new WeightedPseudograph<>(DefaultWeightedEdge.class);
            for (int v = 0; v < n; v++) {
                g.addVertex(name(v));
            }
            for (Edge e : edges) {
                g.setEdgeWeight(g.addEdge(name(e.u()), name(e.v())), e.weight());
            }
            return g;
        }

        /** @return as {@link #named()}, but an unweighted JGraphT graph type */
        public Graph<String, DefaultEdge> namedUnweighted() {
            Graph<String, DefaultEdge> g = directed ? new DirectedPseudograph<>(DefaultEdge.class)
                    : new Pseudograph<>(DefaultEdge.class);
            for (int v = 0; v < n; v++) {
                g.addVertex(name(v));
            }
            for (Edge e : edges) {
                g.addEdge(name(e.u()), name(e.v()));
            }
            return g;
        }

        /** @return the CSR graph and the JGraphT pseudograph, both built from this list */
        public Pair pair() {
            return new Pair(csr(), jgrapht(), this);
        }

        private Graph<Integer, DefaultWeightedEdge> fill(Graph<Integer, DefaultWeightedEdge> g) {
            for (int v = 0; v < n; v++) {
                g.addVertex(v);
            }
            for (Edge e : edges) {
                g.setEdgeWeight(g.addEdge(e.u(), e.v()), e.weight());
            }
            return g;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(directed ? "directed" : "undirected").append(" n=").append(n)
                    .append(" m=").append(edges.size()).append(':');
            for (Edge e : edges) {
                sb.append(' ').append(e.u()).append(directed ? "->" : "-").append(e.v());
                if (weighted) {
                    sb.append('(').append(e.weight()).append(')');
                }
            }
            return sb.toString();
        }
    }

    /** One random graph in both representations, with JGraphT's distances as the reference. */
    public record Pair(CsrGraph csr, Graph<Integer, DefaultWeightedEdge> jgrapht, EdgeList edges) {

        /** @return the vertex count */
        public int n() {
            return csr.vertexCount();
        }

        /** @return whether the graph is directed */
        public boolean directed() {
            return edges.directed();
        }

        /** @return JGraphT's Dijkstra distances from {@code s} (+inf where unreachable) */
        public double[] dijkstra(int s) {
            SingleSourcePaths<Integer, DefaultWeightedEdge> p = new DijkstraShortestPath<>(jgrapht).getPaths(s);
            double[] d = new double[n()];
            for (int v = 0; v < n(); v++) {
                d[v] = p.getWeight(v);
            }
            return d;
        }

        /** @return JGraphT's BFS hop counts from {@code s} (+inf where unreachable) */
        public double[] bfs(int s) {
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
            return edges.toString();
        }
    }

    /**
     * A random multigraph: {@code n >= 0} vertices, {@code m} drawn edges with uniform endpoints, each a
     * self-loop with chance {@link #LOOP_CHANCE} and followed by a parallel copy (own weight) with chance
     * {@link #PARALLEL_CHANCE}; vertices no edge names are isolated. No edges when {@code n == 0}.
     */
    public static EdgeList multigraph(Dice dice, boolean directed, Weights weights, int n, int m) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < m && n > 0; i++) {
            int u = dice.between(0, n - 1);
            int v = dice.chance(LOOP_CHANCE) ? u : dice.between(0, n - 1);
            edges.add(new Edge(u, v, weights.draw(dice)));
            if (dice.chance(PARALLEL_CHANCE)) {
                edges.add(new Edge(u, v, weights.draw(dice)));
            }
        }
        return new EdgeList(n, directed, weights.weighted(), edges);
    }

    /** A random DAG: its arcs and the topological order they were drawn along. */
    public record Dag(EdgeList arcs, int[] order) {

        /** @return the longest distance into every vertex (0 for a vertex no arc enters), by DP along {@link #order} */
        public long[] longestDistances() {
            long[] d = new long[arcs.n()];
            for (int v : order) {
                for (Edge a : arcs.edges()) {
                    if (a.v() == v) {
                        d[v] = Math.max(d[v], d[a.u()] + (long) a.weight());
                    }
                }
            }
            return d;
        }

        /**
         * @return this DAG plus a cycle through {@code min(length, n)} distinct random vertices (a
         *     self-loop when that is 1), its arcs of this DAG's weight regime
         */
        public Planted withCycle(Dice dice, int length) {
            int n = arcs.n();
            int k = Math.min(length, n);
            int[] vs = shuffled(dice, n);
            int[] cycle = Arrays.copyOf(vs, k);
            Weights w = arcs.weighted() ? Weights.LENGTHS : Weights.NONE;
            List<Edge> more = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                more.add(new Edge(cycle[i], cycle[(i + 1) % k], w.draw(dice)));
            }
            return new Planted(arcs.plus(more), cycle);
        }
    }

    /** A graph with a planted cycle: {@code cycle[i] -> cycle[i + 1]} and back to {@code cycle[0]}. */
    public record Planted(EdgeList arcs, int[] cycle) {}

    /**
     * A random DAG: {@code n >= 1} vertices in a random topological order, {@code m} drawn arcs from an
     * earlier to a later vertex of that order (each followed by a parallel copy with chance {@link
     * #PARALLEL_CHANCE}), lengths {@link Weights#LENGTHS} or unweighted; none when {@code n == 1}.
     */
    public static Dag dag(Dice dice, int n, int m, boolean weighted) {
        Weights w = weighted ? Weights.LENGTHS : Weights.NONE;
        int[] order = shuffled(dice, n);
        List<Edge> arcs = new ArrayList<>();
        for (int i = 0; i < m && n > 1; i++) {
            int x = dice.between(0, n - 2);
            int y = dice.between(x + 1, n - 1);
            arcs.add(new Edge(order[x], order[y], w.draw(dice)));
            if (dice.chance(PARALLEL_CHANCE)) {
                arcs.add(new Edge(order[x], order[y], w.draw(dice)));
            }
        }
        return new Dag(new EdgeList(n, true, weighted, arcs), order);
    }

    /**
     * A weighted digraph for random walks: the last {@code sinks} vertices have no out-arc (dangling, or
     * absorbing when the test makes them so), every other vertex at least one; {@code m} arcs in all
     * (at least {@code n - sinks}), the rest from uniform non-sink sources to uniform targets (self-loops
     * and parallel arcs by chance), weights {@link Weights#POSITIVE_REAL}.
     */
    public static EdgeList walkGraph(Dice dice, int n, int m, int sinks) {
        int walkers = n - sinks;
        if (walkers < 1 || m < walkers) {
            throw new IllegalArgumentException("walkGraph needs 1 <= n - sinks <= m: n=" + n + " m=" + m + " sinks=" + sinks);
        }
        List<Edge> arcs = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int u = i < walkers ? i : dice.between(0, walkers - 1);
            arcs.add(new Edge(u, dice.between(0, n - 1), Weights.POSITIVE_REAL.draw(dice)));
        }
        return new EdgeList(n, true, true, arcs);
    }

    /**
     * A weighted digraph where walks end with probability 1 once the last {@code absorbers} vertices are
     * made absorbing: every vertex has an arc into one of them; the other {@code m - n} arcs go to
     * uniform targets, a third of them from vertex 0 (so its out-degree, and its routing tree, is
     * large), weights {@link Weights#POSITIVE_REAL}.
     */
    public static EdgeList absorbingWalkGraph(Dice dice, int n, int m, int absorbers) {
        if (absorbers < 1 || absorbers > n || m < n) {
            throw new IllegalArgumentException("absorbingWalkGraph needs 1 <= absorbers <= n <= m: n=" + n + " m=" + m
                    + " absorbers=" + absorbers);
        }
        List<Edge> arcs = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            arcs.add(new Edge(u, dice.between(n - absorbers, n - 1), Weights.POSITIVE_REAL.draw(dice)));
        }
        for (int i = n; i < m; i++) {
            int u = dice.chance(1.0 / 3) ? 0 : dice.between(0, n - 1);
            arcs.add(new Edge(u, dice.between(0, n - 1), Weights.POSITIVE_REAL.draw(dice)));
        }
        return new EdgeList(n, true, true, arcs);
    }

    /** @return original ids for {@code n} vertices: the identity, {@code 1..n}, or distinct random ids in ±10^6 */
    public static VertexIds vertexIds(Dice dice, int n) {
        return switch (dice.between(0, 2)) {
            case 0 -> VertexIds.identity(n);
            case 1 -> VertexIds.range(n, 1);
            default -> {
                Set<Long> seen = new HashSet<>();
                long[] ids = new long[n];
                for (int i = 0; i < n; ) {
                    long id = dice.between(-1_000_000L, 999_999L);
                    if (seen.add(id)) {
                        ids[i++] = id;
                    }
                }
                yield VertexIds.of(ids);
            }
        };
    }

    /** @return 1..{@code min(max, n)} distinct random vertices of {@code 0..n-1}, in random order */
    public static int[] distinctVertices(Dice dice, int n, int max) {
        int k = dice.between(1, Math.min(max, n));
        return Arrays.copyOf(shuffled(dice, n), k);
    }

    /** @return {@code 0..n-1} in a uniformly random order (Fisher-Yates) */
    public static int[] shuffled(Dice dice, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = dice.between(0, i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
