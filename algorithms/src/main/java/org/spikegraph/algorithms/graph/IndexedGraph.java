package org.spikegraph.algorithms.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.GraphType;
import org.jgrapht.graph.GraphWalk;

/**
 * A JGraphT graph together with its int-indexed {@link CsrGraph}, the vertex {@link GraphIndex}
 * and the arc-to-edge mapping, so that answers computed on the CSR can be turned back into JGraphT
 * objects ({@link #vertex(int)}, {@link #edge(int)}, {@link #path(int, int[])}).
 *
 * <p>Vertices are indexed in the graph's vertex iteration order; vertex ids are the indices
 * themselves. A directed graph gives one arc per edge; an undirected graph gives arcs {@code u->v}
 * and {@code v->u} per edge (one arc for a self-loop), both mapped to the same edge. Parallel edges
 * and self-loops are kept. Weights are JGraphT's edge weights when the graph type is weighted; the
 * CSR is unweighted otherwise. The CSR is a snapshot: later changes to the JGraphT graph are not
 * seen.
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public final class IndexedGraph<V, E> {
    private final Graph<V, E> graph;
    private final GraphIndex<V> index;
    private final CsrGraph csr;
    private final Object[] arcEdges;

    private IndexedGraph(Graph<V, E> graph, GraphIndex<V> index, CsrGraph csr, Object[] arcEdges) {
        this.graph = graph;
        this.index = index;
        this.csr = csr;
        this.arcEdges = arcEdges;
    }

    /**
     * Indexes a JGraphT graph.
     *
     * @param graph a directed or undirected graph, weighted or not
     * @return the indexed graph
     * @throws IllegalArgumentException for a mixed graph (some edges directed, some not)
     */
    public static <V, E> IndexedGraph<V, E> of(Graph<V, E> graph) {
        Objects.requireNonNull(graph, "graph");
        GraphType type = graph.getType();
        boolean directed;
        if (type.isDirected()) {
            directed = true;
        } else if (type.isUndirected()) {
            directed = false;
        } else {
            throw new IllegalArgumentException("mixed graphs are not supported; use a directed or undirected graph");
        }
        boolean weighted = type.isWeighted();
        GraphIndex<V> index = new GraphIndex<>(graph.vertexSet());
        int edges = graph.edgeSet().size();
        CsrGraphBuilder b = new CsrGraphBuilder(directed, directed ? edges : 2L * edges);
        b.vertexCount(index.size());
        if (weighted) {
            b.weighted();
        }
        List<Object> inserted = new ArrayList<>(directed ? edges : 2 * edges);
        for (E e : graph.edgeSet()) {
            int s = index.index(graph.getEdgeSource(e));
            int t = index.index(graph.getEdgeTarget(e));
            int before = b.arcCount();
            if (weighted) {
                b.addEdge(s, t, graph.getEdgeWeight(e));
            } else {
                b.addEdge(s, t);
            }
            for (int i = before; i < b.arcCount(); i++) {
                inserted.add(e);
            }
        }
        int[] pos = new int[b.arcCount()];
        CsrGraph csr = b.build(pos);
        Object[] arcEdges = new Object[pos.length];
        for (int i = 0; i < pos.length; i++) {
            arcEdges[pos[i]] = inserted.get(i);
        }
        return new IndexedGraph<>(graph, index, csr, arcEdges);
    }

    /** @return the JGraphT graph this was built from */
    public Graph<V, E> graph() {
        return graph;
    }

    /** @return the vertex index */
    public GraphIndex<V> index() {
        return index;
    }

    /** @return the CSR view (vertex ids = indices) */
    public CsrGraph csr() {
        return csr;
    }

    /** @return the vertex with index {@code i} */
    public V vertex(int i) {
        return index.vertex(i);
    }

    /**
     * @return index of {@code v}
     * @throws IllegalArgumentException if {@code v} is not in the graph
     */
    public int index(V v) {
        return index.index(v);
    }

    /**
     * @param arc an arc index of {@link #csr()}
     * @return the JGraphT edge that arc comes from
     */
    @SuppressWarnings("unchecked")
    public E edge(int arc) {
        return (E) arcEdges[arc];
    }

    /**
     * Turns a sequence of arcs into a JGraphT path. The weight is the sum of the arc weights.
     *
     * @param start index of the first vertex
     * @param arcs arcs in order; each must leave the vertex the previous one entered
     * @return the path (a single-vertex path when {@code arcs} is empty)
     * @throws IllegalArgumentException if an arc does not leave the current vertex
     */
    public GraphPath<V, E> path(int start, int[] arcs) {
        List<V> vertices = new ArrayList<>(arcs.length + 1);
        List<E> edges = new ArrayList<>(arcs.length);
        int cur = start;
        vertices.add(index.vertex(cur));
        double weight = 0;
        for (int a : arcs) {
            if (a < csr.outStart(cur) || a >= csr.outEnd(cur)) {
                throw new IllegalArgumentException("arc " + a + " does not leave vertex " + index.vertex(cur));
            }
            cur = csr.target(a);
            edges.add(edge(a));
            vertices.add(index.vertex(cur));
            weight += csr.weight(a);
        }
        return new Walk<>(graph, index.vertex(start), index.vertex(cur), vertices, edges, weight);
    }

    /** JGraphT's walk with a one-line {@link #toString}: its vertices (the middle elided past 12) and its weight. */
    private static final class Walk<V, E> extends GraphWalk<V, E> {

        private static final long serialVersionUID = 1L;

        /** Vertices shown in full up to this many; longer paths show the first and last six. */
        private static final int SHOWN = 12;

        Walk(Graph<V, E> graph, V start, V end, List<V> vertices, List<E> edges, double weight) {
            super(graph, start, end, vertices, edges, weight);
        }

        /** E.g. "a -> b -> c (weight 5.0, 2 edges)"; a long path: "a -> ... (88 more) ... -> z (weight 912.0, 99 edges)". */
        @Override
        public String toString() {
            List<V> vs = getVertexList();
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < vs.size(); i++) {
                if (vs.size() > SHOWN && i == SHOWN / 2) {
                    s.append(" -> ... (").append(vs.size() - SHOWN).append(" more) ...");
                    i = vs.size() - SHOWN / 2 - 1;
                    continue;
                }
                s.append(i == 0 ? "" : " -> ").append(vs.get(i));
            }
            return s.append(" (weight ").append(getWeight()).append(", ").append(getLength()).append(" edges)").toString();
        }
    }
}
