package org.spikegraph.bench.problem;

import java.util.List;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.substrate.run.Run;

/**
 * What {@code compare} sets beside a problem's spiking program: the conventional methods (the
 * reference first: JGraphT's algorithm or another exact one; then our strongest primitive code),
 * the common form every method's answer is reduced to, and the check of one form against another.
 * The spiking method itself is not listed: {@code compare} builds it from the spec's
 * {@link ProblemSpec#compile} and {@link #form}, so it is timed exactly as {@code solve} runs it.
 *
 * @param <A> the spiking answer
 * @param <C> the common form (e.g. one distance per vertex)
 */
public interface Baselines<A, C> {

    /** What the reference is, e.g. "JGraphT DijkstraShortestPath". */
    String against();

    /** The conventional methods, reference first; each is warmed and repeated like the spiking one. */
    List<Method<C>> methods();

    /**
     * What one timed call of the spiking method covers, in words, e.g. "compile a new wavefront
     * circuit + simulate (event engine) + decode distances and predecessors".
     */
    String spikingMeasures();

    /** The spiking answer in the common form (not timed). */
    C form(A answer);

    /** Checks {@code answer} against the reference's {@code expected} on the same source. */
    Validation check(C answer, C expected);

    /**
     * The first-spike step of every vertex in a run of a sourced circuit ({@code Run.NEVER} = -1 when
     * it never spiked): the wavefront picture's colours; null for a problem whose runs are no wave.
     */
    default long[] vertexFirstSpikes(Run run) {
        return null;
    }
}
