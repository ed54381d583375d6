package org.spikegraph.algorithms.components;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.StrongConnectivityAlgorithm;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.spikegraph.algorithms.graph.IndexedGraph;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * Strongly connected components found by forward and backward spike waves
 * ({@link ComponentsCompiler#strong}), as a drop-in for JGraphT's
 * {@code KosarajuStrongConnectivityInspector}: {@code new SpikingStrongConnectivity<>(graph)}.
 * The graph is read at construction and solved on first use; later changes to it are not seen.
 * Components are listed in the order of their smallest vertex index.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class SpikingStrongConnectivity<V, E> implements StrongConnectivityAlgorithm<V, E> {

    private final Graph<V, E> graph;
    private final IndexedGraph<V, E> indexed;
    private final Engine engine;
    private List<Set<V>> sets;
    private Components last;

    /** On the event engine. */
    public SpikingStrongConnectivity(Graph<V, E> graph) {
        this(graph, new EventEngine());
    }

    /**
     * On a chosen engine.
     *
     * @throws IllegalArgumentException for an undirected or mixed graph
     */
    public SpikingStrongConnectivity(Graph<V, E> graph, Engine engine) {
        if (!graph.getType().isDirected()) {
            throw new IllegalArgumentException("strongly connected components need a directed graph");
        }
        this.graph = graph;
        this.indexed = IndexedGraph.of(graph);
        this.engine = engine;
    }

    @Override
    public Graph<V, E> getGraph() {
        return graph;
    }

    @Override
    public boolean isStronglyConnected() {
        return stronglyConnectedSets().size() <= 1;
    }

    @Override
    public synchronized List<Set<V>> stronglyConnectedSets() {
        if (sets == null) {
            last = ComponentsCompiler.strong(indexed.csr()).solve(engine, 0);
            List<Set<V>> out = new ArrayList<>();
            for (int c = 0; c < last.count(); c++) {
                out.add(new LinkedHashSet<>());
            }
            for (int v = 0; v < indexed.csr().vertexCount(); v++) {
                out.get(last.label(v)).add(indexed.vertex(v));
            }
            sets = List.copyOf(out);
        }
        return sets;
    }

    @Override
    public List<Graph<V, E>> getStronglyConnectedComponents() {
        List<Graph<V, E>> out = new ArrayList<>();
        for (Set<V> set : stronglyConnectedSets()) {
            out.add(new AsSubgraph<>(graph, set));
        }
        return out;
    }

    @Override
    public Graph<Graph<V, E>, DefaultEdge> getCondensation() {
        List<Graph<V, E>> components = getStronglyConnectedComponents();
        Graph<Graph<V, E>, DefaultEdge> condensation = new SimpleDirectedGraph<>(DefaultEdge.class);
        Map<V, Graph<V, E>> of = new HashMap<>();
        for (Graph<V, E> c : components) {
            condensation.addVertex(c);
            for (V v : c.vertexSet()) {
                of.put(v, c);
            }
        }
        for (E e : graph.edgeSet()) {
            Graph<V, E> from = of.get(graph.getEdgeSource(e));
            Graph<V, E> to = of.get(graph.getEdgeTarget(e));
            if (from != to) {
                condensation.addEdge(from, to);
            }
        }
        return condensation;
    }

    /** The spiking answer behind the sets (labels, runs); null before the first query. */
    public Components lastAnswer() {
        return last;
    }
}
