package org.spikegraph.bench.problem;

import java.util.Map;
import org.spikegraph.algorithms.graph.CsrGraph;
import picocli.CommandLine.Option;

/**
 * The all-sources options and {@code --largest-component}, for the specs whose check says nothing on a graph
 * that is not connected ({@code eccentricity}: every eccentricity infinite; {@code closeness}: every
 * closeness 0): they then solve on the subgraph induced by the largest component ({@link LargestComponent}).
 */
public final class ComponentParameters extends AllPairsSpec.Parameters {

    @Option(names = "--largest-component", description = "Solve on the subgraph induced by the largest connected "
            + "component (strongly connected for a directed graph, the only kind in which every vertex reaches every "
            + "other; ties: the one holding the file's first vertex), vertex ids as in the file; --validate checks "
            + "against JGraphT on its own largest component (ConnectivityInspector, or Kosaraju for a directed graph).")
    public boolean largestComponent;

    /** The component the last compile solved on (null without the option): for the summary and the check. */
    LargestComponent chosen;

    /** The graph to solve on: the largest component of {@code graph} with the option (remembered), else {@code graph}. */
    static CsrGraph solvedOn(CsrGraph graph, AllPairsSpec.Parameters p) {
        if (p instanceof ComponentParameters c && c.largestComponent) {
            c.chosen = LargestComponent.of(graph);
            return c.chosen.component();
        }
        return graph;
    }

    /** The component solved on, or null when the whole graph is. */
    static LargestComponent chosen(AllPairsSpec.Parameters p) {
        return p instanceof ComponentParameters c && c.largestComponent ? c.chosen : null;
    }

    /** The graph the baselines run on: the largest component of {@code graph} with the option, else {@code graph}. */
    static CsrGraph baselineGraph(CsrGraph graph, AllPairsSpec.Parameters p) {
        return p instanceof ComponentParameters c && c.largestComponent ? LargestComponent.of(graph).component() : graph;
    }

    /**
     * The summary's fields for the component solved on (which, its size, the graph's component count, a note),
     * none without the option.
     */
    static Map<String, Object> summaryFields(AllPairsSpec.Parameters p) {
        LargestComponent c = chosen(p);
        if (c == null) {
            return Map.of();
        }
        return ProblemSpec.fields("component", "largest " + c.kind(), "componentVertices", c.vertices().length,
                "componentArcs", c.component().arcCount(), "components", c.components(), "note",
                String.format("solved on the largest %s component, %,d of the graph's %,d vertices (%,d components); "
                        + "vertex ids are the file's", c.kind(), c.vertices().length, c.whole().vertexCount(),
                        c.components()));
    }
}
