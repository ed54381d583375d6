package org.spikegraph.bench.compare;

import java.util.List;
import java.util.Optional;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.problem.Baselines;
import org.spikegraph.substrate.run.Run;

/**
 * The conventional side of a projection ({@code solve --hardware}, {@code project}) measured as
 * {@code compare} measures it: the problem's {@link Baselines#methods()} (the reference, then the
 * primitive) on the same graph, parameters and source, run through the {@link Harness} (each answer
 * checked against the reference's, then warm-up runs and timed repetitions).
 */
public final class ConventionalTiming {

    private ConventionalTiming() {}

    /**
     * Times every baseline from {@code source}.
     *
     * @param source the source vertex (index); for a problem without one, the seed its baselines draw with
     * @return one entry per baseline, in the baselines' order
     * @throws MismatchException when a baseline's answer disagrees with the reference's
     */
    public static <A, C> List<Harness.Timed> time(Baselines<A, C> baselines, CsrGraph graph, String graphName, int source,
                                                  Harness.Settings settings) {
        return time(baselines, graph, graphName, source, settings, Harness.Listener.NONE);
    }

    /** {@link #time(Baselines, CsrGraph, String, int, Harness.Settings)}, telling {@code listener} after each run. */
    public static <A, C> List<Harness.Timed> time(Baselines<A, C> baselines, CsrGraph graph, String graphName, int source,
                                                  Harness.Settings settings, Harness.Listener listener) {
        Problem<C> problem = new Problem<>() {
            @Override
            public String name() {
                return "conventional";
            }

            @Override
            public CsrGraph graph() {
                return graph;
            }

            @Override
            public String against() {
                return baselines.against();
            }

            @Override
            public List<Method<C>> methods() {
                return baselines.methods();
            }

            @Override
            public Validation check(C answer, C expected) {
                return baselines.check(answer, expected);
            }

            @Override
            public Optional<Compiled<C>> compile(int s) {
                return Optional.empty();
            }

            @Override
            public long[] vertexFirstSpikes(Run run) {
                return null;
            }
        };
        return Harness.run(problem, graphName, new int[] {source}, settings, listener).timed();
    }
}
