package org.spikegraph.hardware.legalize;

import org.spikegraph.substrate.neuron.NeuronType;

/**
 * How the delay pass ({@link DelayPass}) shortens every synapse longer than the chip's maxDelay: one class per
 * {@link DelayStrategy}, stateless. It runs after the fan-in and fan-out passes and must keep their limits.
 */
interface DelayLines {

    /** What the relays are, for a refusal: "relay chains". */
    String what();

    /** Exactly the relays {@link #build} will add to {@code net}, counted without building. */
    long relays(WorkingNetwork net, ChipLimits limits);

    /** Exactly the synapses {@link #build} will add (net), counted without building; by default one per relay. */
    default long synapses(WorkingNetwork net, ChipLimits limits) {
        return relays(net, limits);
    }

    /** Builds the lines, leaving every delay at most maxDelay; returns the report's detail, e.g. "3 relay chains". */
    String build(WorkingNetwork net, ChipLimits limits, NeuronType relay);
}
