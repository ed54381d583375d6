package org.spikegraph.bench.compare;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Run;

/**
 * A problem prepared on one graph, with the methods that solve it. The first method is the
 * reference (JGraphT's algorithm): every other method's answer, and every chip projection's, is
 * checked against its answer on the same source. A problem is prepared from its
 * {@link org.spikegraph.bench.problem.ProblemSpec} ({@link SpecProblem}); {@link Problems} finds it by name.
 *
 * @param <A> the common answer form all methods are reduced to
 */
public interface Problem<A> {

    /** The problem's name, e.g. "sssp". */
    String name();

    /** The graph it was prepared on. */
    CsrGraph graph();

    /** What the reference method is, e.g. "JGraphT DijkstraShortestPath". */
    String against();

    /** The methods, reference first. */
    List<Method<A>> methods();

    /** Checks {@code answer} against the reference's {@code expected} answer on the same source. */
    Validation check(A answer, A expected);

    /**
     * The spiking program for {@code source}, newly compiled, with how to reduce its answer to this
     * problem's form: what is projected onto chips ({@link org.spikegraph.bench.problem.OnChip}) and,
     * when it is one circuit, drawn. Empty for a problem that still solves host-driven runs on a
     * captured engine ({@link #solveOn}).
     */
    Optional<Compiled<A>> compile(int source);

    /**
     * For a host-driven problem (no single circuit, {@link #compile} empty): solves it from {@code
     * source} with every run on {@code engine}, e.g. a chip's model. Empty for a single-circuit problem.
     */
    default Optional<A> solveOn(int source, Engine engine) {
        return Optional.empty();
    }

    /**
     * The first-spike step of every vertex's neuron in a run of the circuit ({@code Run.NEVER} = -1
     * for a vertex that never spiked): the wavefront picture's colours; null for a problem whose run
     * is not a wave (random walkers), which gets a raster but no wavefront.
     */
    long[] vertexFirstSpikes(Run run);

    /**
     * A compiled program and the reduction of its answer to the problem's form.
     *
     * @param program the program
     * @param form    its answer (of the program's answer type) in the problem's form
     * @param <A>     the answer form
     */
    record Compiled<A>(Program<?> program, Function<Object, A> form) {

        /** A program with its reduction, typed. */
        @SuppressWarnings("unchecked")
        public static <R, A> Compiled<A> of(Program<R> program, Function<R, A> form) {
            return new Compiled<>(program, (Function<Object, A>) (Function<?, A>) form);
        }
    }
}
