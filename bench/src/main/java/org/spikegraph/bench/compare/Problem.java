package org.spikegraph.bench.compare;

import java.util.List;
import java.util.Optional;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
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
     * The spiking program for {@code source}, newly compiled and answering in this problem's form:
     * what is projected onto chips ({@link org.spikegraph.bench.problem.OnChip}) and, when it is one
     * circuit, drawn. Empty for a problem with no spiking program (a test's stand-in), which is
     * neither projected nor drawn.
     */
    Optional<Compiled<A>> compile(int source);

    /**
     * The first-spike step of every vertex's neuron in a run of the circuit ({@code Run.NEVER} = -1
     * for a vertex that never spiked): the wavefront picture's colours; null for a problem whose run
     * is not a wave (random walkers), which gets a raster but no wavefront.
     */
    long[] vertexFirstSpikes(Run run);

    /**
     * A compiled program answering in the problem's form.
     *
     * @param program the program (e.g. a spec's, mapped to the form with {@link Program#map})
     * @param <A>     the answer form
     */
    record Compiled<A>(Program<A> program) {}
}
