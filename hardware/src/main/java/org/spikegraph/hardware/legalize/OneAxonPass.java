package org.spikegraph.hardware.legalize;

import org.spikegraph.substrate.neuron.NeuronType;

/**
 * {@link PassReport.Pass#ONE_AXON}, one axon per neuron: a neuron with two or more synapses must give them one delay, and Placement puts
 * all its targets on one core, joining the target sets of different neurons that share a target. A
 * neuron with out-degree &ge; 2 is left alone when its synapses share one delay and each of its targets
 * is <em>private</em> to it (fed by no other neuron). Otherwise it is split: every synapse of delay 1
 * stays direct, every other synapse s &rarr; t (weight w, delay d &ge; 2) becomes s &rarr; r (weight 1,
 * delay 1) and r &rarr; t (weight w, delay d &minus; 1) through a new relay r of its own. The relay copies
 * s's spike train one step late, so t receives the same spikes at the same steps. Then s's axon has
 * delay 1, its targets are private relays plus its delay-1 targets, and each relay has one synapse.
 * Fan-in and fan-out do not change (one synapse into t replaces one), and delays only get shorter.
 * Only delay-1 synapses to shared targets are left to join target sets; the delay pass leaves such taps
 * only where the circuit itself has them (relay chains end in out-degree-1 relays, and tapped lines
 * leave 2..max steps when the chip has one axon).
 */
final class OneAxonPass implements LegalizationPass {

    private final NeuronType relay;
    /** The single source feeding each neuron, -1 for none, -2 for several. */
    private int[] soleSource;
    private int[][] out;
    private boolean[] splits;

    OneAxonPass(NeuronType relay) {
        this.relay = relay;
    }

    @Override
    public PassReport.Pass pass() {
        return PassReport.Pass.ONE_AXON;
    }

    @Override
    public Room room(WorkingNetwork net, ChipLimits limits) {
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        if (!limits.oneAxon()) {
            return null;
        }
        soleSource = new int[n0];
        java.util.Arrays.fill(soleSource, -1);
        for (int j = 0; j < m0; j++) {
            int t = net.tgt.getInt(j);
            int s = net.src.getInt(j);
            soleSource[t] = soleSource[t] == -1 || soleSource[t] == s ? s : -2;
        }
        out = net.groupBy(net.src);
        splits = new boolean[n0];
        long relays = 0;
        for (int s = 0; s < n0; s++) {
            int a = out[0][s];
            int b = out[0][s + 1];
            if (b - a < 2) {
                continue;
            }
            boolean fine = true;
            int d0 = net.delay.getInt(out[1][a]);
            for (int k = a; k < b && fine; k++) {
                int j = out[1][k];
                fine = net.delay.getInt(j) == d0 && soleSource[net.tgt.getInt(j)] == s;
            }
            if (!fine) {
                splits[s] = true;
                for (int k = a; k < b; k++) {
                    relays += net.delay.getInt(out[1][k]) >= 2 ? 1 : 0;
                }
            }
        }
        return new Room(relays, relays, "splitter relays for the chip's one axon per neuron",
                "give each neuron synapses of one delay into targets of its own, or use a chip with more than one axon per neuron");
    }

    @Override
    public PassReport apply(WorkingNetwork net, ChipLimits limits) {
        if (!limits.oneAxon()) {
            return new PassReport(PassReport.Pass.ONE_AXON, 0, 0, "not required");
        }
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        int split = 0;
        int sharedOnes = 0;
        for (int s = 0; s < n0; s++) {
            if (!splits[s]) {
                continue;
            }
            int a = out[0][s];
            int b = out[0][s + 1];
            boolean any = false;
            for (int k = a; k < b; k++) {
                int j = out[1][k];
                int d = net.delay.getInt(j);
                if (d == 1) {
                    if (soleSource[net.tgt.getInt(j)] != s) {
                        sharedOnes++;
                    }
                    continue;
                }
                int r = net.addNeuron(relay);
                net.addSynapse(s, r, 1, 1);
                net.src.set(j, r);
                net.delay.set(j, d - 1);
                any = true;
            }
            if (any) {
                split++;
            }
        }
        soleSource = null;
        out = null;
        splits = null;
        return new PassReport(PassReport.Pass.ONE_AXON, net.neuronCount() - n0, net.synapseCount() - m0,
                split + " neurons split, " + sharedOnes + " delay-1 synapses to shared targets kept direct");
    }
}
