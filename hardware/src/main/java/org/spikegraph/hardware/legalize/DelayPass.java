package org.spikegraph.hardware.legalize;

import org.spikegraph.substrate.neuron.NeuronType;

/** {@link PassReport.Pass#DELAYS}: every delay above maxDelay shortened by the strategy's {@link DelayLines}. */
final class DelayPass implements LegalizationPass {

    private static final String SHORTER_DELAYS =
            "give the circuit shorter delays (e.g. a coarser weight resolution) or use a chip with longer delays";

    private final DelayLines lines;
    private final NeuronType relay;

    DelayPass(DelayLines lines, NeuronType relay) {
        this.lines = lines;
        this.relay = relay;
    }

    @Override
    public PassReport.Pass pass() {
        return PassReport.Pass.DELAYS;
    }

    @Override
    public Room room(WorkingNetwork net, ChipLimits limits) {
        long relays = lines.relays(net, limits);
        return new Room(relays, lines.synapses(net, limits), lines.what() + " for delays above " + limits.maxDelay(), SHORTER_DELAYS);
    }

    @Override
    public PassReport apply(WorkingNetwork net, ChipLimits limits) {
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        String detail = lines.build(net, limits, relay);
        return new PassReport(PassReport.Pass.DELAYS, net.neuronCount() - n0, net.synapseCount() - m0, detail);
    }
}
