package org.spikegraph.bench.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * A path as the file's vertex ids, source first: a JSON array of ids in {@code --json}, and
 * "1 -> 81308 -> ... -> 3353" (every vertex) in the table.
 *
 * @param ids the vertex ids as {@link Report#vertexId} gives them (numbers, or names)
 */
public record VertexPath(List<Object> ids) {

    /** The path from {@code start} along {@code arcs} (each leaving the vertex the previous one entered). */
    public static VertexPath of(CsrGraph graph, int start, int[] arcs) {
        List<Object> ids = new ArrayList<>(arcs.length + 1);
        ids.add(Report.vertexId(graph, start));
        for (int a : arcs) {
            ids.add(Report.vertexId(graph, graph.target(a)));
        }
        return new VertexPath(List.copyOf(ids));
    }

    /** The ids, as the JSON value. */
    @Override
    @JsonValue
    public List<Object> ids() {
        return ids;
    }

    /** E.g. "1 -> 81308 -> 3353". */
    @Override
    public String toString() {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" -> "));
    }
}
