package org.spikegraph.algorithms.shortestpath;

import java.util.Locale;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Shortest paths that use at most {@link #hopLimit()} arcs: for every vertex its distance (or
 * {@link ShortestPaths#UNREACHED}) and one lightest path of at most that many arcs. Such paths do
 * not form a tree in general, so each path is stored whole.
 */
public final class HopBoundedPaths {

    private final CsrGraph graph;
    private final int source;
    private final int hopLimit;
    private final long[] distance;
    private final int[][] paths;

    HopBoundedPaths(CsrGraph graph, int source, int hopLimit, long[] distance, int[][] paths) {
        this.graph = graph;
        this.source = source;
        this.hopLimit = hopLimit;
        this.distance = distance;
        this.paths = paths;
    }

    public CsrGraph graph() {
        return graph;
    }

    public int source() {
        return source;
    }

    /** The largest number of arcs a path may use. */
    public int hopLimit() {
        return hopLimit;
    }

    /** Whether some path of at most {@link #hopLimit()} arcs reaches v. */
    public boolean reached(int v) {
        return distance[v] != ShortestPaths.UNREACHED;
    }

    /** The lightest weight of a path of at most {@link #hopLimit()} arcs to v, or {@link ShortestPaths#UNREACHED}. */
    public long distance(int v) {
        return distance[v];
    }

    /** The arcs of one such lightest path, in order; empty for the source; null when unreached. */
    public int[] pathArcs(int v) {
        return paths[v] == null ? null : paths[v].clone();
    }

    public int reachedCount() {
        int r = 0;
        for (long d : distance) {
            r += d != ShortestPaths.UNREACHED ? 1 : 0;
        }
        return r;
    }

    public long sumDistance() {
        long s = 0;
        for (long d : distance) {
            s += d != ShortestPaths.UNREACHED ? d : 0;
        }
        return s;
    }

    public long maxDistance() {
        long m = 0;
        for (long d : distance) {
            m = Math.max(m, d);
        }
        return m;
    }

    /** One line, not a dump, e.g. "HopBoundedPaths from 1, at most 20 arcs: 1,021 of 3,353 vertices reached". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "HopBoundedPaths from %s, at most %d arcs: %,d of %,d vertices reached",
                graph.name(source), hopLimit, reachedCount(), distance.length);
    }
}
