package org.spikegraph.algorithms.graph;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Maps dense vertex indices {@code 0..size-1} to the vertex ids a user knows (the ids written in a
 * graph file) and back.
 *
 * <p>Three shapes: a <em>range</em> ({@code originalId(v) = first + v}, e.g. 1-based DIMACS ids or
 * the identity for JGraphT graphs), which costs no memory; an <em>explicit</em> table of arbitrary
 * distinct {@code long} ids ({@code long[]} plus a fastutil {@code Long2IntOpenHashMap}), used for
 * SNAP-style edge lists whose ids are sparse; and <em>names</em>, the strings a DOT, GraphML, GML,
 * CSV or JSON file gives its vertices when they are not all distinct integers ({@code "a"}, {@code
 * "Rome"}, {@code "01"} beside {@code "1"}). Every shape answers {@link #name(int)} (the id as
 * written) and {@link #find(String)} (its inverse), which is what users see and type; the numeric
 * {@link #originalId(int)} is the index itself for names. Immutable.
 */
public final class VertexIds {
    private final int size;
    private final long first;
    private final long[] ids; // null for a range
    private final Long2IntOpenHashMap index; // null for a range
    private final String[] names; // null unless named
    private final Object2IntOpenHashMap<String> nameIndex; // null unless named

    private VertexIds(int size, long first, long[] ids, Long2IntOpenHashMap index) {
        this(size, first, ids, index, null, null);
    }

    private VertexIds(int size, long first, long[] ids, Long2IntOpenHashMap index, String[] names,
                      Object2IntOpenHashMap<String> nameIndex) {
        this.size = size;
        this.first = first;
        this.ids = ids;
        this.index = index;
        this.names = names;
        this.nameIndex = nameIndex;
    }

    /**
     * Named vertices: vertex {@code v} is called {@code names.get(v)}, exactly as written (no
     * trimming, no numeric reading: {@code "01"} and {@code "1"} are two vertices).
     *
     * @param names distinct names, one per vertex
     * @return the mapping
     * @throws IllegalArgumentException if a name occurs twice (the message names it)
     */
    public static VertexIds named(List<String> names) {
        String[] table = names.toArray(new String[0]);
        Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>(table.length);
        index.defaultReturnValue(-1);
        for (int v = 0; v < table.length; v++) {
            int previous = index.put(Objects.requireNonNull(table[v], "name"), v);
            if (previous != -1) {
                throw new IllegalArgumentException(
                        "vertex name '" + table[v] + "' given twice (vertices " + previous + " and " + v + ")");
            }
        }
        return new VertexIds(table.length, 0, null, null, table, index);
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
        return ids == null && names == null;
    }

    /** @return true when vertices have names rather than numeric ids */
    public boolean isNamed() {
        return names != null;
    }

    /**
     * @param v vertex index in {@code [0, size)}
     * @return the vertex's id as written in its file: the name, or the number in decimal
     * @throws IndexOutOfBoundsException if {@code v} is out of range
     */
    public String name(int v) {
        Objects.checkIndex(v, size);
        return names != null ? names[v] : Long.toString(ids == null ? first + v : ids[v]);
    }

    /**
     * The inverse of {@link #name(int)}: the vertex a user means by {@code written}. Numeric ids
     * accept any decimal spelling of the number ({@code "007"} is 7); names must match exactly.
     *
     * @param written an id as a user typed it
     * @return its vertex index, or {@code -1} when no vertex has that id
     */
    public int find(String written) {
        if (names != null) {
            return nameIndex.getInt(written);
        }
        try {
            return indexOf(Long.parseLong(written.trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * @return what the ids look like, for messages: {@code "ids 1 .. 3353"}, the smallest and largest
     *     of explicit ids with their count, or a few names
     */
    public String describe() {
        if (size == 0) {
            return "no vertices";
        }
        if (names != null) {
            StringBuilder sb = new StringBuilder("names such as ");
            for (int v = 0; v < Math.min(size, 3); v++) {
                sb.append(v == 0 ? "" : ", ").append('\'').append(names[v]).append('\'');
            }
            return sb.toString();
        }
        if (ids == null) {
            return "ids " + first + " .. " + (first + size - 1);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long id : ids) {
            min = Math.min(min, id);
            max = Math.max(max, id);
        }
        return "ids " + min + " .. " + max + " (" + size + " of them, not every number between)";
    }

    /**
     * @param v vertex index in {@code [0, size)}
     * @return its original id (for named vertices, the index: use {@link #name(int)})
     * @throws IndexOutOfBoundsException if {@code v} is out of range
     */
    public long originalId(int v) {
        Objects.checkIndex(v, size);
        return names != null ? v : ids == null ? first + v : ids[v];
    }

    /**
     * @param originalId an id as written in the source
     * @return the vertex index with that id, or {@code -1} when there is none
     */
    public int indexOf(long originalId) {
        if (names != null) {
            return originalId >= 0 && originalId < size ? (int) originalId : -1;
        }
        if (ids == null) {
            long d = originalId - first;
            // overflow-safe: d in [0, size) only when originalId >= first
            return originalId >= first && d >= 0 && d < size ? (int) d : -1;
        }
        return index.get(originalId);
    }

    @Override
    public String toString() {
        return names != null ? "VertexIds[" + size + " names]"
                : ids == null ? "VertexIds[" + size + " ids " + first + ".." + (first + size - 1) + "]"
                : "VertexIds[" + size + " explicit ids]";
    }
}
