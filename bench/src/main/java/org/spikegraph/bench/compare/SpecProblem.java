package org.spikegraph.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.problem.Baselines;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Run;

/**
 * A {@link ProblemSpec} prepared on one graph for {@code compare}: its {@link Baselines}' reference
 * first, then the spiking method (the spec's program, newly compiled for each source and run on the
 * event engine, exactly as {@code solve} runs it), then the other baselines.
 *
 * @param <P> the spec's parameters
 * @param <A> the spec's answer
 * @param <C> the common form
 */
public final class SpecProblem<P, A, C> implements Problem<C> {

    private final ProblemSpec<P, A> spec;
    private final CsrGraph graph;
    private final P parameters;
    private final Baselines<A, C> baselines;

    private SpecProblem(ProblemSpec<P, A> spec, CsrGraph graph, P parameters, Baselines<A, C> baselines) {
        this.spec = spec;
        this.graph = graph;
        this.parameters = parameters;
        this.baselines = baselines;
    }

    /**
     * {@code spec} prepared on {@code graph} with its {@link ProblemSpec#compareParameters}.
     *
     * @throws IllegalArgumentException for a graph the problem cannot take
     */
    public static <P, A> Problem<?> of(ProblemSpec<P, A> spec, CsrGraph graph) {
        return of(spec, graph, parameters -> {});
    }

    /**
     * {@code spec} prepared on {@code graph} with its {@link ProblemSpec#compareParameters} as
     * {@code options} sets them.
     *
     * @throws IllegalArgumentException for a graph the problem cannot take
     */
    public static <P, A> Problem<?> of(ProblemSpec<P, A> spec, CsrGraph graph, java.util.function.Consumer<Object> options) {
        P parameters = spec.compareParameters(graph);
        options.accept(parameters);
        spec.size(graph, parameters); // the spec's refusals (e.g. a directed graph without --weak or --strong) first
        return typed(spec, graph, parameters, spec.baselines(graph, parameters));
    }

    private static <P, A, C> SpecProblem<P, A, C> typed(ProblemSpec<P, A> spec, CsrGraph graph, P parameters,
                                                          Baselines<A, C> baselines) {
        return new SpecProblem<>(spec, graph, parameters, baselines);
    }

    @Override
    public String name() {
        return spec.name();
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
        List<Method<C>> conventional = baselines.methods();
        List<Method<C>> methods = new ArrayList<>();
        methods.add(conventional.get(0));
        methods.add(Method.of("spiking", baselines.spikingMeasures(), s -> {
            Execution<A> e = program(s).execute(new EventEngine(), s);
            ActivityStats activity = e.totals().runs() == 1 ? e.lastRun().activity() : e.totals().activity();
            return new Method.Solved<>(() -> baselines.form(e.answer()), activity);
        }));
        methods.addAll(conventional.subList(1, conventional.size()));
        return methods;
    }

    @Override
    public Validation check(C answer, C expected) {
        return baselines.check(answer, expected);
    }

    @Override
    public Optional<Compiled<C>> compile(int source) {
        return Optional.of(new Compiled<>(program(source).map(baselines::form)));
    }

    /** A new program every call (a new compiler builds a new network), as a user's query pays. */
    private Program<A> program(int source) {
        return spec.compile(graph, parameters, spec.sourced() ? source : -1, source);
    }

    @Override
    public long[] vertexFirstSpikes(Run run) {
        return baselines.vertexFirstSpikes(run);
    }
}
