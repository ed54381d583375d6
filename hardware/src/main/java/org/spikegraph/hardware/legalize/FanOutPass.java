package org.spikegraph.hardware.legalize;

import org.spikegraph.substrate.neuron.NeuronType;

/** {@link PassReport.Pass#FAN_OUT}: relay trees behind neurons with more outputs than the fan-out limit (see {@link Legalizer}). */
final class FanOutPass implements LegalizationPass {

    private final NeuronType relay;
    private int[] deg;
    private int[][] out;

    FanOutPass(NeuronType relay) {
        this.relay = relay;
    }

    @Override
    public PassReport.Pass pass() {
        return PassReport.Pass.FAN_OUT;
    }

    @Override
    public Room room(WorkingNetwork net, ChipLimits limits) {
        int limit = limits.maxFanOut();
        deg = net.degrees(net.src);
        out = null;
        for (int i = 0; i < deg.length; i++) {
            if (deg[i] > limit) {
                out = net.groupBy(net.src);
                long relays = RelayTrees.treeRelays(net, deg, out, limit);
                return new Room(relays, relays, "relay trees for fan-outs above " + limit,
                        "give the circuit's neurons fewer targets or use a chip with a larger fan-out limit");
            }
        }
        return null;
    }

    @Override
    public PassReport apply(WorkingNetwork net, ChipLimits limits) {
        int limit = limits.maxFanOut();
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        int trees = 0;
        if (out != null) {
            for (int i = 0; i < n0; i++) {
                if (deg[i] <= limit) {
                    continue;
                }
                int[] ids = java.util.Arrays.copyOfRange(out[1], out[0][i], out[0][i + 1]);
                RelayTrees.relayTree(net, i, ids, limit, false, relay, i, 0);
                trees++;
            }
        }
        deg = null;
        out = null;
        return new PassReport(PassReport.Pass.FAN_OUT, net.neuronCount() - n0, net.synapseCount() - m0,
                trees + " relay trees");
    }
}
