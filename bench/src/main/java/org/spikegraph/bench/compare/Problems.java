package org.spikegraph.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.problem.ProblemSpecs;

/**
 * The problems {@code compare} knows, by name: every {@link ProblemSpecs spec}, and the host-driven
 * problems not yet written as specs.
 */
public final class Problems {

    /** Problems not yet written as specs. */
    private static final List<String> LEGACY = List.of("components", "mst");

    private Problems() {}

    /** The names accepted by {@link #of}, the specs' first. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(ProblemSpecs.names());
        LEGACY.stream().filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    /**
     * The problem {@code name} prepared on {@code graph}.
     *
     * @throws IllegalArgumentException for an unknown name, or a graph the problem cannot take
     */
    public static Problem<?> of(String name, CsrGraph graph) {
        Optional<ProblemSpec<?, ?>> spec = ProblemSpecs.named(name);
        if (spec.isPresent()) {
            return SpecProblem.of(spec.get(), graph);
        }
        return switch (name) {
            case "components" -> new ComponentsProblem(graph);
            case "mst" -> new SpanningForestProblem(graph);
            default -> throw new IllegalArgumentException("--problem must be one of " + String.join(", ", names())
                    + ", got '" + name + "'");
        };
    }
}
