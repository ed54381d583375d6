package org.spikegraph.algorithms.circuit;

import org.spikegraph.substrate.run.Run;

/**
 * Reads a problem's answer from a run of its circuit.
 *
 * @param <A> the answer type
 */
@FunctionalInterface
public interface Decoder<A> {

    /**
     * The answer held in {@code run}.
     *
     * @throws IncompleteRunException when the run stopped before the answer was complete (e.g. at
     *                                the step limit while the wavefront was still moving)
     */
    A decode(Run run);
}
