package org.spikegraph.substrate.run;

import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Runs a network. Every engine implements exactly the model of
 * {@link org.spikegraph.substrate.neuron.NeuronType} and {@link StopCondition}, and reports the
 * same {@link Run}, bit for bit, as the reference engine: engines differ in speed, never in results.
 * Engines hold no state between runs and may be shared.
 */
public interface Engine {

    /** A short name, e.g. "reference" or "event". */
    String name();

    /**
     * Runs {@code network} from rest (all potentials 0, nothing pending) from step 0.
     *
     * @param seed the only source of randomness: the same seed gives the same run on every engine
     * @throws IllegalArgumentException when the stimulus or the stop condition names a neuron the
     *                                  network does not have
     */
    Run run(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed);
}
