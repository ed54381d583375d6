package org.spikegraph.algorithms.graph;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Objects;

/**
 * Maps dense vertex indices {@code 0..size-1} to the vertex ids a user knows (the ids written in a
 * graph file) and back.
 *
 * <p>Two shapes: a <em>range</em> ({@code originalId(v) = first + v}, e.g. 1-based DIMACS ids or
 * the identity for JGraphT graphs), which costs no memory; and an <em>explicit</em> table of
 * arbitrary distinct {@code long} ids ({@code long[]} plus a fastutil {@code Long2IntOpenHashMap}),
 * used for SNAP-style edge lists whose ids are sparse. Immutable.
 */
public final class VertexIds {
    private final int size;
    private final long first;
    private final long[] ids; // null for a range
    private final Long2IntOpenHashMap index; // null for a range

    private VertexIds(int size, long first, long[] ids, Long2IntOpenHashMap index) {
        this.size = size;
        this.first = first;
        this.ids = ids;
        this.index = index;
    }

    /**
     * Identity mapping: vertex {@code v} has id {@code v}.
     *
     * @param size number of vertices, {@code >= 0}
     * @return the mapping
     * @throws IllegalArgumentException if {@code size < 0}
     */
    public static VertexIds identity(int size) {
        return range(size, 0);
    }

    /**
     * Range mapping: vertex {@code v} has id {@code first + v} (DIMACS and Matrix Market use {@code
     * first = 1}).
     *
     * @param size number of vertices, {@code >= 0}
     * @param first id of vertex 0
     * @return the mapping
     * @throws IllegalArgumentException if {@code size < 0} or the last id overflows a {@code long}
     */
    public static VertexIds range(int size, long first) {
        if (size < 0) {
            throw new IllegalArgumentException("negative vertex count " + size);
        }
        if (size > 0 && first > Long.MAX_VALUE - (size - 1)) {
            throw new IllegalArgumentException("id range starting at " + first + " overflows a long");
        }
        return new VertexIds(size, first, null, null);
    }

    /**
     * Explicit mapping: vertex {@code v} has id {@code ids[v]}. The array is copied.
     *
     * @param ids distinct ids, one per vertex
     * @return the mapping
     * @throws IllegalArgumentException if an id occurs twice (the message names it)
     */
    public static VertexIds of(long[] ids) {
        return ofOwned(ids.clone());
    }

    /** As {@link #of(long[])} without copying: the caller hands over {@code ids}. */
    static VertexIds ofOwned(long[] ids) {
        Long2IntOpenHashMap index = new Long2IntOpenHashMap(ids.length);
        index.defaultReturnValue(-1);
        for (int v = 0; v < ids.length; v++) {
            int previous = index.put(ids[v], v);
            if (previous != -1) {
                throw new IllegalArgumentException(
                        "vertex id " + ids[v] + " given twice (vertices " + previous + " and " + v + ")");
            }
        }
        return new VertexIds(ids.length, 0, ids, index);
    }

    /**
     * As {@link #of(long[])} with a ready-made index, without copying (for loaders that built the
     * map while reading). Takes ownership of both; {@code index} must map {@code ids[v]} to {@code
     * v} for every {@code v} and nothing else (only the sizes are checked).
     *
     * @throws IllegalArgumentException if the sizes differ
     */
    public static VertexIds wrap(long[] ids, Long2IntOpenHashMap index) {
        if (index.size() != ids.length) {
            throw new IllegalArgumentException("index has " + index.size() + " ids, table " + ids.length);
        }
        index.defaultReturnValue(-1);
        return new VertexIds(ids.length, 0, ids, index);
    }

    /** @return number of vertices */
    public int size() {
        return size;
    }

    /** @return true when ids are {@code first + v} (no table in memory) */
    public boolean isRange() {
        return ids == null;
    }

    /**
     * @param v vertex index in {@code [0, size)}
     * @return its original id
     * @throws IndexOutOfBoundsException if {@code v} is out of range
     */
    public long originalId(int v) {
        Objects.checkIndex(v, size);
        return ids == null ? first + v : ids[v];
    }

    /**
     * @param originalId an id as written in the source
     * @return the vertex index with that id, or {@code -1} when there is none
     */
    public int indexOf(long originalId) {
        if (ids == null) {
            long d = originalId - first;
            // overflow-safe: d in [0, size) only when originalId >= first
            return originalId >= first && d >= 0 && d < size ? (int) d : -1;
        }
        return index.get(originalId);
    }

    @Override
    public String toString() {
        return ids == null
                ? "VertexIds[" + size + " ids " + first + ".." + (first + size - 1) + "]"
                : "VertexIds[" + size + " explicit ids]";
    }
}
