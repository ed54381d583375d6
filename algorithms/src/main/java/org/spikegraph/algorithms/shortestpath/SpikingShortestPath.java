package org.spikegraph.algorithms.shortestpath;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.TreeSingleSourcePathsImpl;
import org.jgrapht.alg.util.Pair;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.IndexedGraph;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * Shortest paths computed by a spike wavefront, as a drop-in for JGraphT's
 * {@code DijkstraShortestPath}: {@code new SpikingShortestPath<>(graph)}. See
 * {@link ShortestPathCompiler} for the construction (Aimone et al., SPAA 2020).
 *
 * <p>The graph is copied (into a CSR) and compiled once, at construction: later changes to the
 * JGraphT graph are not seen; build a new instance after changing it. Weights must be integers
 * &ge; 0 unless a resolution is given (the four-argument constructor); a negative, NaN or infinite
 * weight, or a non-integer one without a resolution, is an {@link IllegalArgumentException} naming
 * the edge by its vertices ({@code toString}) and, for a non-integer weight, the constructor and a
 * resolution to use. As in JGraphT, {@link #getPath} returns null and {@link #getPathWeight}
 * {@link Double#POSITIVE_INFINITY} when the sink is unreachable. Not thread-safe:
 * {@link #lastOutcome()} holds the last query's run.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class SpikingShortestPath<V, E> implements ShortestPathAlgorithm<V, E> {

    private final IndexedGraph<V, E> graph;
    private final ShortestPathCompiler compiler;
    private final Engine engine;
    private Outcome<ShortestPaths> last;

    /** Exact shortest paths on the event engine, paths read by the host. */
    public SpikingShortestPath(Graph<V, E> graph) {
        this(graph, new EventEngine(), PathReadout.HOST, null);
    }

    /**
     * Shortest paths with a chosen engine and path readout.
     *
     * @param resolution null for exact integer weights; otherwise each weight w becomes a delay of
     *                   max(1, round(w / resolution)) steps and answers carry an error bound
     */
    public SpikingShortestPath(Graph<V, E> graph, Engine engine, PathReadout readout, Double resolution) {
        checkWeights(graph, resolution);
        this.graph = IndexedGraph.of(graph);
        this.compiler = new ShortestPathCompiler(this.graph.csr(),
                DelayEncoding.choose(this.graph.csr(), resolution), readout);
        this.engine = engine;
    }

    @Override
    public GraphPath<V, E> getPath(V source, V sink) {
        int s = indexOf(source, "source");
        int t = indexOf(sink, "sink");
        ShortestPaths sp = run(compiler.pointToPoint(s, t));
        int[] arcs = sp.pathArcs(t);
        return arcs == null ? null : graph.path(s, arcs);
    }

    @Override
    public double getPathWeight(V source, V sink) {
        int s = indexOf(source, "source");
        int t = indexOf(sink, "sink");
        return run(compiler.pointToPoint(s, t)).weight(t);
    }

    @Override
    public SingleSourcePaths<V, E> getPaths(V source) {
        int s = indexOf(source, "source");
        ShortestPaths sp = run(compiler.singleSource(s));
        Map<V, Pair<Double, E>> tree = new HashMap<>();
        for (int v = 0; v < graph.csr().vertexCount(); v++) {
            if (sp.reached(v)) {
                int a = sp.predecessorArc(v);
                tree.put(graph.vertex(v), Pair.of(sp.weight(v), a < 0 ? null : graph.edge(a)));
            }
        }
        return new SpikingPaths<>(graph.graph(), source, tree, graph.csr().vertexCount(), sp);
    }

    /** JGraphT's tree of paths, with a one-line {@link #toString}. */
    private static final class SpikingPaths<V, E> extends TreeSingleSourcePathsImpl<V, E> {

        private static final long serialVersionUID = 1L;

        private final int vertexCount;
        private final boolean exact;
        private final double maxErrorBound;

        SpikingPaths(Graph<V, E> graph, V source, Map<V, Pair<Double, E>> tree, int vertexCount, ShortestPaths sp) {
            super(graph, source, tree);
            this.vertexCount = vertexCount;
            this.exact = sp.exact();
            this.maxErrorBound = sp.maxErrorBound();
        }

        /** E.g. "shortest paths from a: 5 of 7 vertices reached, exact". */
        @Override
        public String toString() {
            return "shortest paths from " + source + ": " + map.size() + " of " + vertexCount + " vertices reached, "
                    + (exact ? "exact" : "each weight within its error bound (at most " + maxErrorBound + ")");
        }
    }

    /** The last query's answer, run and timings; null before the first query. */
    public Outcome<ShortestPaths> lastOutcome() {
        return last;
    }

    private ShortestPaths run(org.spikegraph.algorithms.circuit.Circuit<ShortestPaths> circuit) {
        last = circuit.run(engine, 0);
        return last.answer();
    }

    /**
     * Refuses, before any work, a weight that cannot become a delay, naming the edge by its vertices;
     * for non-integer weights without a resolution the message names the constructor and a
     * resolution: the largest 10^-k (k &le; 6) of which every weight is a multiple (exact shortest
     * paths), else a tenth of the smallest positive weight.
     */
    private static <V, E> void checkWeights(Graph<V, E> graph, Double resolution) {
        if (!graph.getType().isWeighted()) {
            return;
        }
        String arrow = graph.getType().isDirected() ? " -> " : " -- ";
        for (E e : graph.edgeSet()) {
            double w = graph.getEdgeWeight(e);
            boolean bad = !(w >= 0) || Double.isInfinite(w);
            if (!bad && (resolution != null || w == Math.rint(w))) {
                continue;
            }
            String edge = "edge " + graph.getEdgeSource(e) + arrow + graph.getEdgeTarget(e) + " has weight " + w;
            if (w < 0) {
                throw new IllegalArgumentException(edge + ": negative weights cannot be delays; use Bellman-Ford (JGraphT's BellmanFordShortestPath)");
            }
            if (bad) {
                throw new IllegalArgumentException(edge + ": weights must be finite numbers >= 0");
            }
            throw new IllegalArgumentException(edge + ", not an integer, and delays are whole steps: " + resolutionAdvice(graph));
        }
    }

    private static <V, E> String resolutionAdvice(Graph<V, E> graph) {
        String q = null;
        for (int k = 1; k <= 6 && q == null; k++) {
            double scale = Math.pow(10, k);
            boolean grid = true;
            for (E e : graph.edgeSet()) {
                double x = graph.getEdgeWeight(e) * scale;
                grid &= Math.abs(x - Math.rint(x)) <= 1e-9 * Math.max(1, Math.abs(x));
            }
            q = grid ? BigDecimal.ONE.movePointLeft(k).toPlainString() : null;
        }
        String why;
        if (q != null) {
            why = "every weight is a multiple of " + q + ", so the shortest paths found are exact";
        } else {
            double min = Double.POSITIVE_INFINITY;
            for (E e : graph.edgeSet()) {
                double w = graph.getEdgeWeight(e);
                min = w > 0 ? Math.min(min, w) : min;
            }
            q = new BigDecimal(min / 10).round(new MathContext(1)).stripTrailingZeros().toPlainString();
            why = "a tenth of the smallest weight; the weights returned are those of the paths found, each within "
                    + "lastOutcome().answer().errorBound(v) of the shortest";
        }
        return "give a resolution Q, each weight w becoming max(1, round(w / Q)) steps: new SpikingShortestPath<>(graph, "
                + "new EventEngine(), PathReadout.HOST, " + q + ") (" + why + ")";
    }

    private int indexOf(V v, String role) {
        if (!graph.index().contains(v)) {
            throw new IllegalArgumentException(graph.graph().containsVertex(v)
                    ? "the " + role + " vertex " + v + " was added to the graph after this SpikingShortestPath was built "
                            + "(the graph is copied at construction): build a new one"
                    : "graph must contain the " + role + " vertex " + v);
        }
        return graph.index(v);
    }
}
