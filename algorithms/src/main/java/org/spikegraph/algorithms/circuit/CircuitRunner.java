package org.spikegraph.algorithms.circuit;

import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Run;

/**
 * Runs one circuit of a {@link Program}: how a program meets what executes it. An engine runs the
 * circuit's network as it is ({@link #on(Engine, long)}); the hardware projector runs the network
 * legalized for a chip and costs the run. Whatever runs it, the run must keep the circuit's neuron
 * ids, so the circuit's decoder reads it.
 */
@FunctionalInterface
public interface CircuitRunner {

    /**
     * Runs {@code circuit} (its network, stimulus, stop condition and recording).
     *
     * @return the run, in the circuit's neuron ids
     */
    Run run(Circuit<?> circuit);

    /** Every circuit on {@code engine}, with {@code seed}. */
    static CircuitRunner on(Engine engine, long seed) {
        return c -> engine.run(c.network(), c.stimulus(), c.stop(), c.recording(), seed);
    }
}
