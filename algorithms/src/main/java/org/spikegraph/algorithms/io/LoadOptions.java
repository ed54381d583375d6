package org.spikegraph.algorithms.io;

/**
 * Options for {@link GraphLoader}.
 *
 * @param undirected force an undirected graph: every arc or edge read becomes an undirected edge
 *     (formats that declare undirectedness, such as symmetric Matrix Market or DOT {@code graph},
 *     are undirected anyway)
 * @param coordinates for DIMACS {@code x.gr}, also read {@code x.co} (or {@code x.co.gz}) when it
 *     exists next to it
 */
public record LoadOptions(boolean undirected, boolean coordinates) {

    /** Defaults: direction as the file says, coordinates read when present. */
    public static final LoadOptions DEFAULT = new LoadOptions(false, true);

    /** @return defaults with {@code undirected} forced */
    public static LoadOptions forceUndirected() {
        return new LoadOptions(true, true);
    }

    /** @return a copy with {@code undirected} set */
    public LoadOptions withUndirected(boolean u) {
        return new LoadOptions(u, coordinates);
    }
}
