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
import org.spikegraph.substrate.engine.LaneEngine;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.algorithms.circuit.Circuit;
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
    private final int threads;

    private SpecProblem(ProblemSpec<P, A> spec, CsrGraph graph, P parameters, Baselines<A, C> baselines, int threads) {
        this.spec = spec;
        this.graph = graph;
        this.parameters = parameters;
        this.baselines = baselines;
        this.threads = threads;
    }

    /**
     * {@code spec} prepared on {@code graph} with its {@link ProblemSpec#compareParameters}.
     *
     * @throws IllegalArgumentException for a graph the problem cannot take
     */
    public static <P, A> Problem<?> of(ProblemSpec<P, A> spec, CsrGraph graph) {
        return of(spec, graph, parameters -> {}, Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@code spec} prepared on {@code graph} with its {@link ProblemSpec#compareParameters} as
     * {@code options} sets them, its programs and lanes on {@code threads} threads
     * ({@link ProblemSpec#useThreads}).
     *
     * @throws IllegalArgumentException for a graph the problem cannot take, or threads &lt; 1
     */
    public static <P, A> Problem<?> of(ProblemSpec<P, A> spec, CsrGraph graph, java.util.function.Consumer<Object> options,
            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        P parameters = spec.compareParameters(graph);
        options.accept(parameters);
        spec.useThreads(parameters, threads);
        spec.size(graph, parameters); // the spec's refusals (e.g. a directed graph without --weak or --strong) first
        return typed(spec, graph, parameters, spec.baselines(graph, parameters), threads);
    }

    private static <P, A, C> SpecProblem<P, A, C> typed(ProblemSpec<P, A> spec, CsrGraph graph, P parameters,
                                                          Baselines<A, C> baselines, int threads) {
        return new SpecProblem<>(spec, graph, parameters, baselines, threads);
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
        if (spec.sourced() && spec.runsInLanes(parameters)) {
            methods.add(Method.batch("spiking, lanes", "compile one wavefront + all the sources as lanes of the lane "
                    + "engine (64 per word, bit-exact with the event engine's run of each; " + threads + " thread(s)) + "
                    + "decode each; time per source = one call's time / the number of sources",
                    k -> Math.min(threads, (k + LaneEngine.LANES - 1) / LaneEngine.LANES), this::lanes));
        }
        methods.addAll(conventional.subList(1, conventional.size()));
        return methods;
    }

    /** The sources' circuits (one network) run as lanes of one lane-engine call, each decoded. */
    private List<Method.Solved<C>> lanes(int[] sources) {
        List<Circuit<A>> circuits = spec.compileLanes(graph, parameters, sources, sources[0]);
        Circuit<A> first = circuits.get(0);
        Stimulus[] stimuli = new Stimulus[circuits.size()];
        for (int k = 0; k < stimuli.length; k++) {
            if (circuits.get(k).network() != first.network()) {
                throw new IllegalStateException(spec.name() + ": the lane circuits do not share one network");
            }
            stimuli[k] = circuits.get(k).stimulus();
        }
        Run[] runs = new LaneEngine(threads).run(first.network(), stimuli, first.stop(), first.recording(), sources[0]);
        List<Method.Solved<C>> out = new ArrayList<>();
        for (int k = 0; k < runs.length; k++) {
            A answer = circuits.get(k).decoder().decode(runs[k]);
            out.add(new Method.Solved<>(() -> baselines.form(answer), runs[k].activity()));
        }
        return out;
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
