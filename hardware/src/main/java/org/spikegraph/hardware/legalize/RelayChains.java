package org.spikegraph.hardware.legalize;

import org.spikegraph.substrate.neuron.NeuronType;

/** {@link DelayStrategy#RELAY_CHAINS}: a private chain of relays per long synapse. Keeps every fan-in and fan-out. */
final class RelayChains implements DelayLines {

    @Override
    public String what() {
        return "relay chains";
    }

    @Override
    public long relays(WorkingNetwork net, ChipLimits limits) {
        int max = limits.maxDelay();
        int m0 = net.synapseCount();
        long relays = 0;
        for (int j = 0; j < m0; j++) {
            int d = net.delay.getInt(j);
            relays += d > max ? (d - 1) / max : 0;
        }
        return relays;
    }

    @Override
    public String build(WorkingNetwork net, ChipLimits limits, NeuronType relay) {
        int max = limits.maxDelay();
        int m0 = net.synapseCount();
        int chains = 0;
        for (int j = 0; j < m0; j++) {
            int d = net.delay.getInt(j);
            if (d <= max) {
                continue;
            }
            int k = (d - 1) / max;
            int prev = net.src.getInt(j);
            for (int h = 0; h < k; h++) {
                int r = net.addNeuron(relay);
                net.addSynapse(prev, r, 1, max);
                prev = r;
            }
            net.src.set(j, prev);
            net.delay.set(j, d - k * max);
            chains++;
        }
        return chains + " relay chains";
    }
}
