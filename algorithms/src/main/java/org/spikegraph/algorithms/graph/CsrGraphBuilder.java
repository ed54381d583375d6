package org.spikegraph.algorithms.graph;

import java.util.Arrays;

/**
 * Builds a {@link CsrGraph} from arcs given in any order, without JGraphT: arcs go into growable
 * primitive arrays, then one stable counting sort by source puts them in CSR order (arcs of a
 * vertex keep the order they were added in). Linear time; about 20 bytes per arc while building.
 *
 * <p>The vertex count grows to cover every vertex an arc names; {@link #vertexCount(int)} declares
 * more (isolated) vertices. Parallel arcs and self-loops are kept. Not thread-safe; a builder may
 * be {@link #build() built} several times.
 */
public final class CsrGraphBuilder {
    /** Largest number of arcs (Java arrays are int-indexed). */
    public static final int MAX_ARCS = Integer.MAX_VALUE - 16;

    private final boolean directed;
    private int[] src;
    private int[] dst;
    private double[] w; // null until a weighted arc is added
    private int size;
    private int n;
    private VertexIds ids;

    /**
     * @param directed true for a directed graph; false: {@link #addEdge} stores both directions
     */
    public CsrGraphBuilder(boolean directed) {
        this(directed, 16);
    }

    /**
     * @param directed true for a directed graph
     * @param expectedArcs initial capacity (a hint, capped at 2^24; the arrays grow as needed)
     */
    public CsrGraphBuilder(boolean directed, long expectedArcs) {
        this.directed = directed;
        int cap = (int) Math.max(16, Math.min(expectedArcs, 1 << 24));
        src = new int[cap];
        dst = new int[cap];
    }

    /** @return whether the graph being built is directed */
    public boolean directed() {
        return directed;
    }

    /** @return arcs added so far */
    public int arcCount() {
        return size;
    }

    /** @return current vertex count (grows as arcs name new vertices) */
    public int vertexCount() {
        return n;
    }

    /**
     * Declares that the graph has at least {@code n} vertices (the extra ones are isolated).
     *
     * @return this builder
     * @throws IllegalArgumentException if {@code n < 0} or {@code n == Integer.MAX_VALUE} (the offsets
     *     array has n + 1 entries)
     */
    public CsrGraphBuilder vertexCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative vertex count " + n);
        }
        if (n == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("vertex count " + n + " too large (at most " + (n - 1) + ")");
        }
        this.n = Math.max(this.n, n);
        return this;
    }

    /**
     * Sets the vertex ids; their size must equal the final vertex count. Default: identity.
     *
     * @return this builder
     */
    public CsrGraphBuilder ids(VertexIds ids) {
        this.ids = ids;
        if (ids != null) {
            vertexCount(ids.size());
        }
        return this;
    }

    /**
     * Declares the graph weighted even if no weighted arc is added (e.g. a weighted file with no
     * arcs). Arcs added without a weight get 1.0.
     *
     * @return this builder
     */
    public CsrGraphBuilder weighted() {
        if (w == null) {
            w = new double[src.length];
            Arrays.fill(w, 0, size, 1.0);
        }
        return this;
    }

    /**
     * Adds one unweighted arc (weight 1.0) to a directed graph.
     *
     * @throws IllegalStateException on an undirected builder (use {@link #addEdge})
     * @throws IllegalArgumentException if a vertex is negative
     */
    public CsrGraphBuilder addArc(int u, int v) {
        requireDirected();
        push(u, v, 1.0, false);
        return this;
    }

    /**
     * Adds one weighted arc to a directed graph. Any double is accepted (negative, zero, NaN): the
     * problem decides what is legal.
     *
     * @throws IllegalStateException on an undirected builder (use {@link #addEdge})
     * @throws IllegalArgumentException if a vertex is negative
     */
    public CsrGraphBuilder addArc(int u, int v, double weight) {
        requireDirected();
        push(u, v, weight, true);
        return this;
    }

    /**
     * Adds an unweighted edge: one arc {@code u->v} in a directed graph; arcs {@code u->v} and {@code
     * v->u} (one arc for a self-loop) in an undirected graph.
     *
     * @throws IllegalArgumentException if a vertex is negative
     */
    public CsrGraphBuilder addEdge(int u, int v) {
        push(u, v, 1.0, false);
        if (!directed && u != v) {
            push(v, u, 1.0, false);
        }
        return this;
    }

    /**
     * Adds a weighted edge, as {@link #addEdge(int, int)}.
     *
     * @throws IllegalArgumentException if a vertex is negative
     */
    public CsrGraphBuilder addEdge(int u, int v, double weight) {
        push(u, v, weight, true);
        if (!directed && u != v) {
            push(v, u, weight, true);
        }
        return this;
    }

    private void requireDirected() {
        if (!directed) {
            throw new IllegalStateException("addArc on an undirected builder: use addEdge");
        }
    }

    private void push(int u, int v, double weight, boolean weighted) {
        if (u < 0 || v < 0) {
            throw new IllegalArgumentException("negative vertex index in arc " + u + "->" + v);
        }
        if (size == src.length) {
            grow();
        }
        src[size] = u;
        dst[size] = v;
        if (weighted && w == null) {
            weighted();
        }
        if (w != null) {
            w[size] = weight;
        }
        size++;
        int m = Math.max(u, v);
        if (m >= n) {
            if (m >= Integer.MAX_VALUE - 1) {
                throw new IllegalArgumentException("vertex index " + m + " too large");
            }
            n = m + 1;
        }
    }

    private void grow() {
        if (size >= MAX_ARCS) {
            throw new IllegalStateException("more than " + MAX_ARCS + " arcs");
        }
        int cap = (int) Math.min(MAX_ARCS, (long) src.length + (src.length >> 1) + 16);
        src = Arrays.copyOf(src, cap);
        dst = Arrays.copyOf(dst, cap);
        if (w != null) {
            w = Arrays.copyOf(w, cap);
        }
    }

    /**
     * @return the graph; the builder stays usable
     * @throws IllegalArgumentException if ids were set and their size differs from the vertex count
     */
    public CsrGraph build() {
        return build(null);
    }

    /**
     * Builds and, when {@code positionOut != null} (length {@code >= arcCount()}), stores for the
     * i-th added arc its index in the built graph.
     */
    CsrGraph build(int[] positionOut) {
        VertexIds vids = ids == null ? VertexIds.identity(n) : ids;
        if (vids.size() != n) {
            throw new IllegalArgumentException(
                    "vertex ids describe " + vids.size() + " vertices but arcs name " + n);
        }
        int[] off = new int[n + 1];
        for (int i = 0; i < size; i++) {
            off[src[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            off[v + 1] += off[v];
        }
        int[] pos = Arrays.copyOf(off, n);
        int[] tg = new int[size];
        double[] wt = w == null ? null : new double[size];
        for (int i = 0; i < size; i++) {
            int p = pos[src[i]]++;
            tg[p] = dst[i];
            if (wt != null) {
                wt[p] = w[i];
            }
            if (positionOut != null) {
                positionOut[i] = p;
            }
        }
        return new CsrGraph(directed, off, tg, wt, vids);
    }
}
