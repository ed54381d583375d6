package org.spikegraph.algorithms.graph;

import java.util.Objects;

/**
 * An immutable graph in compressed sparse rows: the arcs leaving vertex {@code u} are the indices
 * {@code [outStart(u), outEnd(u))}, each with a {@link #target(int) target} and a {@link
 * #weight(int) weight}. Vertices are dense indices {@code 0..vertexCount()-1}; {@link #ids()} maps
 * them to the ids the user knows.
 *
 * <p><b>Undirected graphs</b> store each edge {@code {u,v}} as two arcs {@code u->v} and {@code
 * v->u}, and a self-loop as one arc, so {@link #edgeCount()} is {@code (arcCount + loops) / 2}.
 *
 * <p><b>Parallel arcs and self-loops</b> are kept exactly as given (nothing is merged or
 * dropped); arcs of a vertex keep the order in which they were added. Problems decide what they
 * mean (for shortest paths the lightest parallel arc counts).
 *
 * <p>Built by {@link CsrGraphBuilder}, by {@link IndexedGraph#of} from a JGraphT graph, or by the
 * loaders in {@code org.spikegraph.algorithms.io}.
 */
public final class CsrGraph {
    private final int n;
    private final boolean directed;
    private final int[] offsets;
    private final int[] targets;
    private final double[] weights; // null when unweighted
    private final VertexIds ids;
    private final int selfLoops;
    private final boolean integral;
    private final double minWeight;
    private final double maxWeight;

    /** Takes ownership of the arrays; they must form a valid CSR (checked by asserts only). */
    CsrGraph(boolean directed, int[] offsets, int[] targets, double[] weights, VertexIds ids) {
        this.n = offsets.length - 1;
        this.directed = directed;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.ids = Objects.requireNonNull(ids);
        if (ids.size() != n) {
            throw new IllegalArgumentException(
                    "vertex ids describe " + ids.size() + " vertices but the graph has " + n);
        }
        assert offsets[0] == 0 && offsets[n] == targets.length;
        assert weights == null || weights.length == targets.length;
        int loops = 0;
        for (int u = 0; u < n; u++) {
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                if (targets[a] == u) {
                    loops++;
                }
            }
        }
        this.selfLoops = loops;
        if (weights == null) {
            this.integral = true;
            this.minWeight = targets.length == 0 ? Double.NaN : 1.0;
            this.maxWeight = this.minWeight;
        } else {
            boolean in = true;
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (int a = 0; a < weights.length; a++) {
                double w = weights[a];
                if (a == 0) {
                    lo = w;
                    hi = w;
                } else {
                    lo = Math.min(lo, w);
                    hi = Math.max(hi, w);
                }
                if (in && !(w == Math.rint(w) && Math.abs(w) < 0x1p53)) {
                    in = false;
                }
            }
            this.integral = in;
            this.minWeight = lo;
            this.maxWeight = hi;
        }
    }

    /** @return number of vertices */
    public int vertexCount() {
        return n;
    }

    /** @return number of stored arcs (an undirected edge counts twice, a self-loop once) */
    public int arcCount() {
        return targets.length;
    }

    /** @return true for a directed graph, false when every edge is stored in both directions */
    public boolean directed() {
        return directed;
    }

    /**
     * @return directed: the number of arcs; undirected: the number of edges (each non-loop edge is
     *     two arcs, each self-loop one)
     */
    public long edgeCount() {
        return directed ? targets.length : ((long) targets.length + selfLoops) / 2;
    }

    /** @return number of self-loop arcs */
    public int selfLoopCount() {
        return selfLoops;
    }

    /** @return first arc index of {@code u} */
    public int outStart(int u) {
        return offsets[u];
    }

    /** @return one past the last arc index of {@code u} */
    public int outEnd(int u) {
        return offsets[u + 1];
    }

    /** @return number of arcs leaving {@code u} (for undirected graphs: its degree, a loop once) */
    public int outDegree(int u) {
        return offsets[u + 1] - offsets[u];
    }

    /**
     * The tail of an arc: the vertex {@code u} with {@code outStart(u) <= arc < outEnd(u)}, found by
     * binary search over the offsets (O(log n)).
     */
    public int tail(int arc) {
        if (arc < 0 || arc >= targets.length) {
            throw new IndexOutOfBoundsException("arc " + arc + " is not in 0.." + (targets.length - 1));
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (offsets[mid] <= arc) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** @return head vertex of {@code arc} */
    public int target(int arc) {
        return targets[arc];
    }

    /** @return weight of {@code arc}; 1.0 when the graph is unweighted */
    public double weight(int arc) {
        return weights == null ? 1.0 : weights[arc];
    }

    /** @return true when weights were given (even if they are all 1) */
    public boolean weighted() {
        return weights != null;
    }

    /**
     * @return true when every weight is an integer with {@code |w| < 2^53} (so it fits a {@code
     *     long} exactly); true for unweighted graphs; false if any weight is NaN or infinite
     */
    public boolean integralWeights() {
        return integral;
    }

    /** @return smallest arc weight; NaN when there are no arcs or some weight is NaN */
    public double minWeight() {
        return minWeight;
    }

    /** @return largest arc weight; NaN when there are no arcs or some weight is NaN */
    public double maxWeight() {
        return maxWeight;
    }

    /** @return the vertex id mapping */
    public VertexIds ids() {
        return ids;
    }

    /** @return the id of {@code v} as written in the source (for JGraphT graphs: {@code v}) */
    public long originalId(int v) {
        return ids.originalId(v);
    }

    /** @return the index of the vertex with id {@code originalId}, or -1 when there is none */
    public int indexOf(long originalId) {
        return ids.indexOf(originalId);
    }

    /** @return the id of {@code v} as written in its file (a name or a number): what users see */
    public String name(int v) {
        return ids.name(v);
    }

    /** @return the vertex a user means by {@code written} (see {@link VertexIds#find}), or -1 */
    public int find(String written) {
        return ids.find(written);
    }

    /**
     * Raw offsets for hot loops: arcs of {@code u} are {@code [offsets[u], offsets[u+1])}; length
     * {@code vertexCount()+1}. The array is shared, <b>callers must not modify it</b>.
     */
    public int[] offsets() {
        return offsets;
    }

    /** Raw arc targets, length {@code arcCount()}. Shared: <b>callers must not modify it</b>. */
    public int[] targets() {
        return targets;
    }

    /**
     * Raw arc weights, length {@code arcCount()}, or {@code null} when unweighted (every weight is
     * then 1.0). Shared: <b>callers must not modify it</b>.
     */
    public double[] weights() {
        return weights;
    }

    /**
     * The transpose: every arc {@code u->v} becomes {@code v->u}, same weights, same ids. An
     * undirected graph is its own transpose and is returned as is.
     *
     * @return the reversed graph
     */
    public CsrGraph reverse() {
        if (!directed) {
            return this;
        }
        int[] off = new int[n + 1];
        for (int t : targets) {
            off[t + 1]++;
        }
        for (int v = 0; v < n; v++) {
            off[v + 1] += off[v];
        }
        int[] pos = new int[n];
        System.arraycopy(off, 0, pos, 0, n);
        int[] tg = new int[targets.length];
        double[] w = weights == null ? null : new double[targets.length];
        for (int u = 0; u < n; u++) {
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                int p = pos[targets[a]]++;
                tg[p] = u;
                if (w != null) {
                    w[p] = weights[a];
                }
            }
        }
        return new CsrGraph(true, off, tg, w, ids);
    }

    /**
     * The same arcs without weights (every arc counts 1, e.g. for hop counts), sharing this graph's
     * arrays. An unweighted graph is returned as is.
     *
     * @return an unweighted graph with the same vertices, ids and arcs
     */
    public CsrGraph unweighted() {
        return weights == null ? this : new CsrGraph(directed, offsets, targets, null, ids);
    }

    /**
     * The undirected view of a directed graph: every arc {@code u->v} becomes the edge {@code
     * {u,v}}, stored as arcs both ways (a self-loop once). Arcs {@code u->v} and {@code v->u} of the
     * directed graph become two parallel edges. An undirected graph is returned as is.
     *
     * @return an undirected graph with {@code edgeCount() == arcCount()} of this one
     */
    public CsrGraph undirectedView() {
        if (!directed) {
            return this;
        }
        int[] off = new int[n + 1];
        for (int u = 0; u < n; u++) {
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                off[u + 1]++;
                if (targets[a] != u) {
                    off[targets[a] + 1]++;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            off[v + 1] += off[v];
        }
        int[] pos = new int[n];
        System.arraycopy(off, 0, pos, 0, n);
        int[] tg = new int[off[n]];
        double[] w = weights == null ? null : new double[off[n]];
        for (int u = 0; u < n; u++) {
            for (int a = offsets[u], end = offsets[u + 1]; a < end; a++) {
                int v = targets[a];
                int p = pos[u]++;
                tg[p] = v;
                if (w != null) {
                    w[p] = weights[a];
                }
                if (v != u) {
                    int q = pos[v]++;
                    tg[q] = u;
                    if (w != null) {
                        w[q] = weights[a];
                    }
                }
            }
        }
        return new CsrGraph(false, off, tg, w, ids);
    }

    @Override
    public String toString() {
        return (directed ? "directed" : "undirected")
                + " CsrGraph["
                + n
                + " vertices, "
                + targets.length
                + " arcs"
                + (weights == null ? "" : ", weights " + minWeight + ".." + maxWeight)
                + "]";
    }
}
