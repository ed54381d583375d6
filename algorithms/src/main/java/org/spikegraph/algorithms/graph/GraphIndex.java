package org.spikegraph.algorithms.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bijection between the vertices of a JGraphT graph and the dense indices {@code
 * 0..size()-1}, in the graph's vertex iteration order. Immutable.
 *
 * @param <V> vertex type
 */
public final class GraphIndex<V> {
    private final List<V> vertices;
    private final Map<V, Integer> index;

    /**
     * @param vertices distinct vertices; vertex {@code i} gets index {@code i}
     * @throws IllegalArgumentException if a vertex occurs twice
     */
    public GraphIndex(Collection<V> vertices) {
        this.vertices = List.copyOf(new ArrayList<>(vertices));
        this.index = new HashMap<>(vertices.size() * 2);
        int i = 0;
        for (V v : this.vertices) {
            if (index.put(v, i++) != null) {
                throw new IllegalArgumentException("vertex " + v + " occurs twice");
            }
        }
    }

    /** @return number of vertices */
    public int size() {
        return vertices.size();
    }

    /**
     * @return index of {@code v}
     * @throws IllegalArgumentException if {@code v} is not a vertex of the graph
     */
    public int index(V v) {
        Integer i = index.get(v);
        if (i == null) {
            throw new IllegalArgumentException("no such vertex: " + v);
        }
        return i;
    }

    /** @return true when {@code v} is indexed */
    public boolean contains(V v) {
        return index.containsKey(v);
    }

    /**
     * @return the vertex with index {@code i}
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public V vertex(int i) {
        return vertices.get(i);
    }

    /** @return the vertices in index order (unmodifiable) */
    public List<V> vertices() {
        return vertices;
    }
}
