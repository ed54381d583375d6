package org.spikegraph.bench.compare;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.run.Run;

/**
 * A problem prepared on one graph, with the methods that solve it. The first method is the
 * reference (JGraphT's algorithm): every other method's answer, and every chip projection's, is
 * checked against its answer on the same source. A new problem (components, mst...) implements this
 * interface and registers in {@link Problems}.
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
     * The spiking circuit for {@code source}, newly compiled, with how to read this problem's answer
     * from a run of it (or of its legalized network): what is projected onto chips and drawn. Empty
     * when the spiking method is host-driven (several runs with host work between them), which is
     * neither projected nor drawn.
     */
    Optional<Compiled<A>> compile(int source);

    /**
     * For a host-driven problem (no single circuit, {@link #compile} empty): its program from {@code
     * source}, answering in this problem's answer form (what is projected onto chips). Empty for a
     * single-circuit problem.
     */
    default Optional<Program<A>> hostProgram(int source) {
        return Optional.empty();
    }

    /**
     * The first-spike step of every vertex's neuron in a run of the circuit ({@code Run.NEVER} = -1
     * for a vertex that never spiked): the wavefront picture's colours; null for a problem whose run
     * is not a wave (random walkers), which gets a raster but no wavefront.
     */
    long[] vertexFirstSpikes(Run run);

    /**
     * A compiled circuit and its decoder into the problem's answer form.
     *
     * @param circuit the circuit
     * @param decode  reads the answer from a run of the circuit's network or of a legalized copy
     *                (legalization keeps the original neurons' ids)
     * @param <A>     the answer form
     */
    record Compiled<A>(Circuit<?> circuit, Function<Run, A> decode) {}
}
