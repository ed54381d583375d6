package org.spikegraph.algorithms.circuit;

import org.spikegraph.substrate.run.Engine;

/**
 * How a problem's spiking solution runs: one {@link Circuit} ({@link SingleRun}), or a host loop
 * that builds each next circuit from what the previous runs found ({@link HostLoop}: components'
 * waves, Borůvka rounds, augmenting paths). Engines, the hardware projector and the compare harness
 * all take programs, so none of them needs to know which kind a problem is, and no decoder ever
 * runs an engine itself: a decoder is a pure function of one run.
 *
 * @param <A> the answer type
 */
public sealed interface Program<A> permits SingleRun, HostLoop {

    /** @return a short name of the problem, e.g. "sssp" */
    String problem();

    /**
     * Runs every circuit of the program on {@code engine}, each with {@code seed}, and returns the
     * answer with the runs' summed activity and timings.
     *
     * @throws IncompleteRunException when a run ended before its part of the answer was complete
     */
    Execution<A> execute(Engine engine, long seed);

    /** A program of one circuit. */
    static <A> Program<A> of(Circuit<A> circuit) {
        return new SingleRun<>(circuit);
    }
}
