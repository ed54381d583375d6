package org.spikegraph.algorithms.flow;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm;
import org.jgrapht.alg.interfaces.MinimumSTCutAlgorithm;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.IndexedGraph;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * Maximum flow and minimum s-t cut by spiking Edmonds–Karp, as a drop-in for JGraphT's
 * {@code EdmondsKarpMFImpl}: {@code new SpikingMaxFlow<>(graph).getMaximumFlow(s, t)}. See
 * {@link MaxFlowCompiler}. Capacities are edge weights; an undirected edge carries flow either way
 * (the flow map holds its net flow and {@link #getFlowDirection} says which way). The graph is
 * indexed at construction; later changes to it are not seen. Not thread-safe.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class SpikingMaxFlow<V, E> implements MaximumFlowAlgorithm<V, E>, MinimumSTCutAlgorithm<V, E> {

    private final IndexedGraph<V, E> graph;
    private final Engine engine;
    private MaxFlow last;
    private Map<E, Double> flowMap;
    private Map<E, V> direction;

    /** On the event engine. */
    public SpikingMaxFlow(Graph<V, E> graph) {
        this(graph, new EventEngine());
    }

    /** On a chosen engine. */
    public SpikingMaxFlow(Graph<V, E> graph, Engine engine) {
        this.graph = IndexedGraph.of(graph);
        this.engine = engine;
    }

    @Override
    public MaximumFlow<E> getMaximumFlow(V source, V sink) {
        MaxFlow f = compute(source, sink);
        return new MaximumFlowImpl<>(f.value(), flowMap);
    }

    /** The last answer (with its runs count); null before the first call. */
    public MaxFlow lastFlow() {
        return last;
    }

    private MaxFlow compute(V source, V sink) {
        int s = indexOf(source, "source");
        int t = indexOf(sink, "sink");
        last = new MaxFlowCompiler(graph.csr(), s, t).solve(engine, 0);
        CsrGraph csr = graph.csr();
        Map<E, Double> net = new HashMap<>();
        direction = new HashMap<>();
        boolean directed = csr.directed();
        for (int u = 0; u < csr.vertexCount(); u++) {
            for (int a = csr.outStart(u); a < csr.outEnd(u); a++) {
                E e = graph.edge(a);
                // undirected: + for the edge's source -> target direction, - the other way
                double f = last.flow(a);
                boolean forward = directed || graph.vertex(u).equals(graph.graph().getEdgeSource(e));
                net.merge(e, forward ? f : -f, Double::sum);
            }
        }
        flowMap = new HashMap<>();
        for (Map.Entry<E, Double> x : net.entrySet()) {
            E e = x.getKey();
            double f = x.getValue();
            flowMap.put(e, Math.abs(f));
            direction.put(e, f >= 0 ? graph.graph().getEdgeTarget(e) : graph.graph().getEdgeSource(e));
        }
        return last;
    }

    @Override
    public Map<E, Double> getFlowMap() {
        requireComputed();
        return flowMap;
    }

    @Override
    public V getFlowDirection(E e) {
        requireComputed();
        if (!direction.containsKey(e)) {
            throw new IllegalArgumentException("edge " + e + " is not in the graph");
        }
        return direction.get(e);
    }

    @Override
    public double calculateMinCut(V source, V sink) {
        return compute(source, sink).cutCapacity();
    }

    @Override
    public double getCutCapacity() {
        requireComputed();
        return last.cutCapacity();
    }

    @Override
    public Set<V> getSourcePartition() {
        requireComputed();
        Set<V> side = new LinkedHashSet<>();
        for (int v = 0; v < graph.csr().vertexCount(); v++) {
            if (last.onSourceSide(v)) {
                side.add(graph.vertex(v));
            }
        }
        return side;
    }

    @Override
    public Set<V> getSinkPartition() {
        requireComputed();
        Set<V> side = new LinkedHashSet<>();
        for (int v = 0; v < graph.csr().vertexCount(); v++) {
            if (!last.onSourceSide(v)) {
                side.add(graph.vertex(v));
            }
        }
        return side;
    }

    @Override
    public Set<E> getCutEdges() {
        requireComputed();
        Set<E> cut = new LinkedHashSet<>();
        for (int a : last.cutArcs()) {
            cut.add(graph.edge(a));
        }
        return cut;
    }

    private void requireComputed() {
        if (last == null) {
            throw new IllegalStateException("call getMaximumFlow or calculateMinCut first");
        }
    }

    private int indexOf(V v, String role) {
        if (!graph.graph().containsVertex(v)) {
            throw new IllegalArgumentException("graph must contain the " + role + " vertex " + v);
        }
        return graph.index(v);
    }
}
