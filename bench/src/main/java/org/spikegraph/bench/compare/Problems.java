package org.spikegraph.bench.compare;

import java.util.List;
import org.spikegraph.algorithms.graph.CsrGraph;

/** The problems {@code compare} knows, by name: add a case here for a new {@link Problem}. */
public final class Problems {

    /** The names accepted by {@link #of}. */
    public static final List<String> NAMES = List.of("sssp", "bfs", "components", "mst", "pagerank");

    private Problems() {}

    /**
     * The problem {@code name} prepared on {@code graph}.
     *
     * @throws IllegalArgumentException for an unknown name, or a graph the problem cannot take
     */
    public static Problem<?> of(String name, CsrGraph graph) {
        return switch (name) {
            case "sssp" -> ShortestPathProblem.sssp(graph);
            case "bfs" -> ShortestPathProblem.bfs(graph);
            case "components" -> new ComponentsProblem(graph);
            case "mst" -> new SpanningForestProblem(graph);
            case "pagerank" -> new PageRankProblem(graph);
            default -> throw new IllegalArgumentException("--problem must be one of " + String.join(", ", NAMES)
                    + ", got '" + name + "'");
        };
    }
}
