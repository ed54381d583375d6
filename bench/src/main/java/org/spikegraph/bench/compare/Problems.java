package org.spikegraph.bench.compare;

import java.util.List;
import java.util.function.Consumer;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.problem.ProblemSpecs;

/** The problems {@code compare} knows, by name: every {@link ProblemSpecs spec}. */
public final class Problems {

    private Problems() {}

    /** The names accepted by {@link #of}, in the services file's order. */
    public static List<String> names() {
        return ProblemSpecs.names();
    }

    /** The names and their {@link ProblemSpec#aliases()} for a message: "sssp, bfs, ..., eccentricity (alias diameter), ...". */
    public static String described() {
        return String.join(", ", ProblemSpecs.all().stream().map(s -> s.aliases().isEmpty() ? s.name()
                : s.name() + " (alias " + String.join(", ", s.aliases()) + ")").toList());
    }

    /**
     * The problem {@code name} prepared on {@code graph} with its {@link ProblemSpec#compareParameters}.
     *
     * @throws IllegalArgumentException for an unknown name, or a graph the problem cannot take
     */
    public static Problem<?> of(String name, CsrGraph graph) {
        return of(name, graph, parameters -> {}, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The problem {@code name} prepared on {@code graph} with its {@link ProblemSpec#compareParameters}
     * as {@code options} sets them (e.g. {@code compare}'s {@code --weak}, shared with {@code solve}), its
     * lanes on {@code threads} threads.
     *
     * @throws IllegalArgumentException for an unknown name, a graph the problem cannot take, or threads &lt; 1
     */
    public static Problem<?> of(String name, CsrGraph graph, Consumer<Object> options, int threads) {
        return SpecProblem.of(spec(name), graph, options, threads);
    }

    /**
     * Checks, before any work, that problem {@code name} can run on {@code graph} with these options
     * (its {@link ProblemSpec#size}, which refuses what the spec cannot take, with the message
     * {@code solve} gives).
     *
     * @throws IllegalArgumentException (an {@link org.spikegraph.bench.problem.InputException} for the spec's
     *         refusals) when it cannot
     */
    public static void check(String name, CsrGraph graph, Consumer<Object> options) {
        checkTyped(spec(name), graph, options);
    }

    private static <P> void checkTyped(ProblemSpec<P, ?> spec, CsrGraph graph, Consumer<Object> options) {
        P parameters = spec.compareParameters(graph);
        options.accept(parameters);
        spec.size(graph, parameters);
    }

    private static ProblemSpec<?, ?> spec(String name) {
        return ProblemSpecs.named(name).orElseThrow(() -> new IllegalArgumentException(
                "--problem must be one of " + described() + ", got '" + name + "'"));
    }
}
