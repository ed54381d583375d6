package org.spikegraph.bench.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.bench.report.Report;

/**
 * A table of the whole answer as {@code --json --full} prints it ({@link ProblemSpec#fullAnswer}): one
 * JSON array per column, all of one length, row i of every column about the same vertex, arc or edge
 * (docs/schema/report-v2.json, {@code $defs/table}). Columns rather than an array of objects: a script
 * zips them or hands the object to a data-frame constructor, and the names are not repeated per row.
 * A missing value (unreached, unreachable, infinite, no predecessor) is null, never a magic number.
 */
public final class AnswerColumns {

    private final int rows;
    private final Map<String, List<Object>> columns = new LinkedHashMap<>();

    private AnswerColumns(int rows) {
        this.rows = rows;
    }

    /** A table of {@code rows} rows and no columns yet. */
    public static AnswerColumns of(int rows) {
        return new AnswerColumns(rows);
    }

    /** A table of one row per vertex of {@code graph}, its first column {@code id}: the file's vertex ids. */
    public static AnswerColumns vertices(CsrGraph graph) {
        return of(graph.vertexCount()).add("id", v -> Report.vertexId(graph, v));
    }

    /** Adds column {@code name}: {@code value} of each row index, in order (null for none). */
    public AnswerColumns add(String name, IntFunction<Object> value) {
        List<Object> column = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            column.add(value.apply(i));
        }
        columns.put(name, column);
        return this;
    }

    /** The columns by name, in the order added: what JSON prints as one object of arrays. */
    public Map<String, List<Object>> toMap() {
        return columns;
    }

    /** The vertex's id as reports show it ({@link Report#vertexId}), or null for a negative index (none). */
    public static Object id(CsrGraph graph, int v) {
        return v < 0 ? null : Report.vertexId(graph, v);
    }

    /** A double as JSON holds it: null for NaN or an infinity (JSON has no such numbers). */
    public static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }

    /** A capacity, flow or weight: a whole number as a {@code Long} (so JSON prints 3, not 3.0), else the double. */
    public static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : finite(d);
    }

    /** The answer object: one table, under {@code key} ("vertices", "edges", "arcs"). */
    public static Map<String, Object> answer(String key, AnswerColumns table) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, table.toMap());
        return m;
    }
}
