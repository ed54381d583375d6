package org.spikegraph.bench.compare;

import java.util.List;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.bench.problem.ProblemSpecs;

/** The problems {@code compare} knows, by name: every {@link ProblemSpecs spec}. */
public final class Problems {

    private Problems() {}

    /** The names accepted by {@link #of}, in the services file's order. */
    public static List<String> names() {
        return ProblemSpecs.names();
    }

    /**
     * The problem {@code name} prepared on {@code graph}.
     *
     * @throws IllegalArgumentException for an unknown name, or a graph the problem cannot take
     */
    public static Problem<?> of(String name, CsrGraph graph) {
        return of(name, graph, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The problem {@code name} prepared on {@code graph}, its lanes on {@code threads} threads.
     *
     * @throws IllegalArgumentException for an unknown name, a graph the problem cannot take, or threads &lt; 1
     */
    public static Problem<?> of(String name, CsrGraph graph, int threads) {
        return SpecProblem.of(ProblemSpecs.named(name).orElseThrow(() -> new IllegalArgumentException(
                "--problem must be one of " + String.join(", ", names()) + ", got '" + name + "'")), graph, threads);
    }
}
