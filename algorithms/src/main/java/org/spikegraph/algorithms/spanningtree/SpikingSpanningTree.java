package org.spikegraph.algorithms.spanningtree;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.SpanningTreeAlgorithm;
import org.spikegraph.algorithms.graph.IndexedGraph;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * A minimum spanning forest computed by spiking Borůvka rounds, as a drop-in for JGraphT's
 * {@code KruskalMinimumSpanningTree}: {@code new SpikingSpanningTree<>(graph).getSpanningTree()}.
 * See {@link SpanningForestCompiler} for the construction. A directed graph is read as undirected.
 * The graph is indexed at construction; later changes to it are not seen.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class SpikingSpanningTree<V, E> implements SpanningTreeAlgorithm<E> {

    private final IndexedGraph<V, E> graph;
    private final Engine engine;
    private SpanningForest last;

    /** On the event engine. */
    public SpikingSpanningTree(Graph<V, E> graph) {
        this(graph, new EventEngine());
    }

    /** On a chosen engine. */
    public SpikingSpanningTree(Graph<V, E> graph, Engine engine) {
        this.graph = IndexedGraph.of(graph);
        this.engine = engine;
    }

    @Override
    public SpanningTree<E> getSpanningTree() {
        last = new SpanningForestCompiler(graph.csr()).solve(engine, 0);
        Set<E> edges = new LinkedHashSet<>();
        double weight = 0;
        for (int a : last.arcs()) {
            E e = graph.edge(a);
            edges.add(e);
            weight += graph.graph().getEdgeWeight(e);
        }
        return new SpanningTreeImpl<>(edges, weight);
    }

    /** The last forest computed (with its runs count); null before the first call. */
    public SpanningForest lastForest() {
        return last;
    }
}
