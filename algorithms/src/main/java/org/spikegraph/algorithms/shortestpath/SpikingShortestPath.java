package org.spikegraph.algorithms.shortestpath;

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
 * <p>The graph is compiled once, at construction: later changes to it are not seen. Weights must
 * be integers &ge; 0 unless a resolution is given; a negative weight is an
 * {@link IllegalArgumentException} naming the arc. As in JGraphT, {@link #getPath} returns null and
 * {@link #getPathWeight} {@link Double#POSITIVE_INFINITY} when the sink is unreachable. Not
 * thread-safe: {@link #lastOutcome()} holds the last query's run.
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
        return new TreeSingleSourcePathsImpl<>(graph.graph(), source, tree);
    }

    /** The last query's answer, run and timings; null before the first query. */
    public Outcome<ShortestPaths> lastOutcome() {
        return last;
    }

    private ShortestPaths run(org.spikegraph.algorithms.circuit.Circuit<ShortestPaths> circuit) {
        last = circuit.run(engine, 0);
        return last.answer();
    }

    private int indexOf(V v, String role) {
        if (!graph.graph().containsVertex(v)) {
            throw new IllegalArgumentException("graph must contain the " + role + " vertex " + v);
        }
        return graph.index(v);
    }
}
