package org.spikegraph.algorithms.dag;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Longest paths in a directed graph as read from an all-inputs-arrived wave: for every vertex that
 * fired, the length of the longest path from any source (in-degree 0) to it, and the arc that
 * arrived last (its critical predecessor). Vertices on or behind a cycle never fire; when there are
 * any, {@link #cycle()} names one cycle.
 */
public final class LongestPaths {

    /** The distance of a vertex that never fired (it lies on or behind a cycle). */
    public static final long NOT_FIRED = -1;

    private final CsrGraph graph;
    private final long[] distance;
    private final int[] criticalArc;
    private final int[] cycle;

    LongestPaths(CsrGraph graph, long[] distance, int[] criticalArc, int[] cycle) {
        this.graph = graph;
        this.distance = distance;
        this.criticalArc = criticalArc;
        this.cycle = cycle;
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** True when every vertex fired: the graph is acyclic. */
    public boolean acyclic() {
        return cycle.length == 0;
    }

    /** Whether vertex v fired (it is not on or behind a cycle). */
    public boolean fired(int v) {
        return distance[v] != NOT_FIRED;
    }

    /** The longest path length from any source to v, or {@link #NOT_FIRED}. */
    public long distance(int v) {
        return distance[v];
    }

    /** The arc into v on a longest path to v (one that arrived last), -1 for a source or a vertex that never fired. */
    public int criticalArc(int v) {
        return criticalArc[v];
    }

    /** The vertex before v on a longest path to v, -1 for a source or a vertex that never fired. */
    public int predecessor(int v) {
        int a = criticalArc[v];
        return a < 0 ? -1 : graph.tail(a);
    }

    /** The largest distance over vertices that fired (0 when none or only sources fired). */
    public long longestPath() {
        long max = 0;
        for (long d : distance) {
            max = Math.max(max, d);
        }
        return max;
    }

    /** The number of vertices that fired. */
    public int firedCount() {
        int c = 0;
        for (long d : distance) {
            c += d != NOT_FIRED ? 1 : 0;
        }
        return c;
    }

    /** The number of sinks (out-degree 0) of the graph. */
    public int sinks() {
        int c = 0;
        for (int v = 0; v < graph.vertexCount(); v++) {
            c += graph.outDegree(v) == 0 ? 1 : 0;
        }
        return c;
    }

    /**
     * A critical path: the vertices of a longest path of the graph, from a source to the vertex of
     * largest distance; empty when no vertex fired.
     */
    public int[] criticalPath() {
        int end = -1;
        for (int v = 0; v < distance.length; v++) {
            if (distance[v] != NOT_FIRED && (end < 0 || distance[v] > distance[end])) {
                end = v;
            }
        }
        if (end < 0) {
            return new int[0];
        }
        IntArrayList path = new IntArrayList();
        for (int v = end; v >= 0; v = predecessor(v)) {
            path.add(v);
        }
        return IntArrays.reverse(path.toIntArray());
    }

    /** The vertices of one cycle in arc order (v0 -> v1 -> ... -> v0), empty when the graph is acyclic. */
    public int[] cycle() {
        return cycle.clone();
    }
}
