package org.spikegraph.algorithms.shortestpath;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;
import java.util.Locale;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Shortest paths from one or more sources, as read from a spike wavefront: for every vertex its
 * distance (or {@link #UNREACHED}) and the arc it was reached by, forming a shortest-path forest
 * rooted at the sources.
 *
 * <p>Distances are exact longs in the graph's weight units for exact encodings (integer or zero
 * weights, hop counts). With a {@link DelayEncoding.Kind#RESOLUTION resolution}, {@link #weight(int)}
 * is the real weight of the path the circuit found and {@link #errorBound(int)} bounds how much it
 * may exceed the true distance.
 */
public final class ShortestPaths {

    /** Distance of a vertex the wavefront did not reach. */
    public static final long UNREACHED = -1;

    private final CsrGraph graph;
    private final int[] sources;
    private final DelayEncoding encoding;
    private final long[] distance;
    private final int[] predecessorArc;
    private final double[] weight;
    private final double[] errorBound;
    private final Scope scope;
    private final long lastStep;
    private int[] origin;
    private boolean[] reachable;

    /**
     * Which vertices an answer covers.
     *
     * @param target    for a point-to-point answer, the target (the run stopped when it spiked), else -1
     * @param stepLimit for a within-k answer, k (vertices first spiking after step k are unreached), else -1
     */
    public record Scope(int target, long stepLimit) {
        /** Every vertex reachable from the sources. */
        public static final Scope ALL = new Scope(-1, -1);

        /** True when every reachable vertex is covered. */
        public boolean complete() {
            return target < 0 && stepLimit < 0;
        }
    }

    /**
     * Made by decoders.
     *
     * @param distance       distance in encoding units (ticks for a resolution), {@link #UNREACHED} if none
     * @param predecessorArc the arc each reached non-source vertex was reached by, -1 otherwise
     * @param lastStep       the last step the run executed, -1 when not known
     */
    ShortestPaths(CsrGraph graph, int[] sources, DelayEncoding encoding, Scope scope, long[] distance,
                  int[] predecessorArc, long lastStep) {
        this.graph = graph;
        this.lastStep = lastStep;
        this.scope = scope;
        this.sources = sources;
        this.encoding = encoding;
        this.distance = distance;
        this.predecessorArc = predecessorArc;
        if (encoding.exact()) {
            weight = null;
            errorBound = null;
        } else {
            weight = new double[distance.length];
            errorBound = new double[distance.length];
            reweigh();
        }
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** The source vertices (indices). */
    public int[] sources() {
        return sources.clone();
    }

    /** How weights were encoded as delays. */
    public DelayEncoding encoding() {
        return encoding;
    }

    /** Which vertices this answer covers. */
    public Scope scope() {
        return scope;
    }

    /** True when every distance is exact. */
    public boolean exact() {
        return encoding.exact();
    }

    /** The last step the run executed (a point-to-point run stops at the target's spike); -1 when not known. */
    public long lastStep() {
        return lastStep;
    }

    /**
     * Whether some path from a source reaches v in the graph, whatever the run did (decided by a
     * breadth-first search over the arcs, once): a vertex not {@link #reached} but reachable lay beyond
     * the answer's {@link #scope()}.
     */
    public boolean reachable(int v) {
        if (reachable == null) {
            boolean[] seen = new boolean[distance.length];
            int[] queue = new int[distance.length];
            int tail = 0;
            for (int s : sources) {
                if (!seen[s]) {
                    seen[s] = true;
                    queue[tail++] = s;
                }
            }
            for (int head = 0; head < tail; head++) {
                int u = queue[head];
                for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                    int w = graph.target(a);
                    if (!seen[w]) {
                        seen[w] = true;
                        queue[tail++] = w;
                    }
                }
            }
            reachable = seen;
        }
        return reachable[v];
    }

    /** Whether the wavefront reached vertex v. */
    public boolean reached(int v) {
        return distance[v] != UNREACHED;
    }

    /**
     * The exact distance to v (hops for a hop encoding), or {@link #UNREACHED}.
     *
     * @throws IllegalStateException when weights were rounded to a resolution: use {@link #weight(int)}
     */
    public long distance(int v) {
        if (!exact()) {
            throw new IllegalStateException("weights were rounded to a resolution: use weight(v) and errorBound(v)");
        }
        return distance[v];
    }

    /** The weight of the path found to v ({@link Double#POSITIVE_INFINITY} if unreached); exact when {@link #exact()}. */
    public double weight(int v) {
        if (!reached(v)) {
            return Double.POSITIVE_INFINITY;
        }
        return weight == null ? distance[v] : weight[v];
    }

    /** How much {@link #weight(int)} may exceed the true distance: 0 when exact. */
    public double errorBound(int v) {
        return errorBound == null || !reached(v) ? 0 : errorBound[v];
    }

    /** The largest error bound over reached vertices (0 when exact). */
    public double maxErrorBound() {
        return errorBound == null ? 0 : Arrays.stream(errorBound).max().orElse(0);
    }

    /** The arc v was reached by, -1 for a source or an unreached vertex. */
    public int predecessorArc(int v) {
        return predecessorArc[v];
    }

    /** The vertex v was reached from, -1 for a source or an unreached vertex. */
    public int predecessor(int v) {
        int a = predecessorArc[v];
        return a < 0 ? -1 : graph.tail(a);
    }

    /** The arcs of the path from a source to v, in order; empty for a source; null when unreached. */
    public int[] pathArcs(int v) {
        if (!reached(v)) {
            return null;
        }
        IntArrayList arcs = new IntArrayList();
        for (int a = predecessorArc[v]; a >= 0; a = predecessorArc[graph.tail(a)]) {
            arcs.add(a);
        }
        int[] path = arcs.toIntArray();
        return IntArrays.reverse(path);
    }

    /** The source whose path reaches v (the nearest source), -1 when unreached. */
    public int nearestSource(int v) {
        if (origin == null) {
            origin = new int[distance.length];
            Arrays.fill(origin, -2);
            for (int s : sources) {
                origin[s] = s;
            }
            for (int u = 0; u < origin.length; u++) {
                resolveOrigin(u);
            }
        }
        return origin[v];
    }

    private int resolveOrigin(int v) {
        IntArrayList chain = new IntArrayList();
        int u = v;
        while (origin[u] == -2) {
            if (!reached(u)) {
                origin[u] = -1;
                break;
            }
            chain.add(u);
            u = graph.tail(predecessorArc[u]);
        }
        int o = origin[u];
        for (int k = 0; k < chain.size(); k++) {
            origin[chain.getInt(k)] = o;
        }
        return o;
    }

    /** Number of reached vertices (sources included). */
    public int reachedCount() {
        int r = 0;
        for (long d : distance) {
            r += d != UNREACHED ? 1 : 0;
        }
        return r;
    }

    /** Sum of the distances of reached vertices, exact. */
    public long sumDistance() {
        long sum = 0;
        for (int v = 0; v < distance.length; v++) {
            sum += reached(v) ? distance(v) : 0;
        }
        return sum;
    }

    /** The largest distance of a reached vertex, 0 when only sources are reached. */
    public long maxDistance() {
        long max = 0;
        for (int v = 0; v < distance.length; v++) {
            max = Math.max(max, reached(v) ? distance(v) : 0);
        }
        return max;
    }

    /** Sum of {@link #weight(int)} over reached vertices. */
    public double sumWeight() {
        double sum = 0;
        for (int v = 0; v < distance.length; v++) {
            sum += reached(v) ? weight(v) : 0;
        }
        return sum;
    }

    /**
     * One line, not a dump: the sources, the scope, how many vertices were reached and whether the
     * distances are exact; e.g. "ShortestPaths from 1 to 3353: weight 30305 over 57 arcs; 1,204 of
     * 3,353 vertices reached (integer weights as delays), exact".
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ShortestPaths from ");
        s.append(sources.length == 1 ? graph.name(sources[0]) : sources.length + " sources");
        int t = scope.target();
        if (t >= 0) {
            s.append(" to ").append(graph.name(t)).append(": ")
                    .append(reached(t) ? "weight " + plain(weight(t)) + " over " + pathArcs(t).length + " arcs" : "unreachable")
                    .append(";");
        } else if (scope.stepLimit() >= 0) {
            s.append(" within ").append(scope.stepLimit()).append(" steps:");
        } else {
            s.append(':');
        }
        s.append(String.format(Locale.ROOT, " %,d of %,d vertices reached (%s), ", reachedCount(),
                distance.length, encoding));
        return s.append(exact() ? "exact" : "error bound at most " + maxErrorBound()).toString();
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * Real weights along the forest, and the error bound: the found path P to v is lightest in
     * rounded units, so w(P) - w(P*) &le; e(P) + e(P*) where e sums |w - q&middot;delay| over arcs, and
     * P* has at most min(n - 1, w(P) / w_min) arcs of error at most e_max each.
     */
    private void reweigh() {
        double q = encoding.resolution();
        double eMax = 0;
        double wMin = Double.POSITIVE_INFINITY;
        for (int a = 0; a < graph.arcCount(); a++) {
            double w = graph.weight(a);
            eMax = Math.max(eMax, Math.abs(w - q * encoding.delay(w)));
            wMin = Math.min(wMin, w);
        }
        double[] pathError = new double[distance.length];
        boolean[] done = new boolean[distance.length];
        IntArrayList chain = new IntArrayList();
        for (int v = 0; v < distance.length; v++) {
            if (!reached(v)) {
                continue;
            }
            chain.clear();
            int u = v;
            while (!done[u] && predecessorArc[u] >= 0) {
                chain.add(u);
                u = graph.tail(predecessorArc[u]);
            }
            done[u] = true;
            for (int k = chain.size() - 1; k >= 0; k--) {
                int x = chain.getInt(k);
                int a = predecessorArc[x];
                double w = graph.weight(a);
                weight[x] = weight[u] + w;
                pathError[x] = pathError[u] + Math.abs(w - q * encoding.delay(w));
                done[x] = true;
                u = x;
            }
        }
        long n = distance.length;
        for (int v = 0; v < distance.length; v++) {
            if (reached(v)) {
                double hops = wMin > 0 ? Math.min(n - 1, Math.floor(weight[v] / wMin)) : n - 1;
                errorBound[v] = pathError[v] + hops * eMax;
            }
        }
    }
}
