package org.spikegraph.hardware.legalize;

import org.spikegraph.substrate.neuron.NeuronType;

/** {@link PassReport.Pass#FAN_IN}: relay trees under OR-type neurons with more inputs than the fan-in limit (see {@link Legalizer}). */
final class FanInPass implements LegalizationPass {

    private final NeuronType relay;
    private int[] deg;
    private int[][] in;

    FanInPass(NeuronType relay) {
        this.relay = relay;
    }

    @Override
    public PassReport.Pass pass() {
        return PassReport.Pass.FAN_IN;
    }

    @Override
    public Room room(WorkingNetwork net, ChipLimits limits) {
        int limit = limits.maxFanIn();
        deg = net.degrees(net.tgt);
        boolean any = false;
        for (int i = 0; i < deg.length && !any; i++) {
            any = deg[i] > limit;
        }
        if (!any) {
            in = null;
            return null;
        }
        boolean[] or = OrType.orNeurons(net);
        for (int i = 0; i < deg.length; i++) {
            if (deg[i] > limit && !or[i]) {
                throw notOrAboveFanIn(net, i, deg[i], limit);
            }
        }
        in = net.groupBy(net.tgt);
        long relays = RelayTrees.treeRelays(net, deg, in, limit);
        return new Room(relays, relays, "relay trees for fan-ins above " + limit,
                "give the circuit's neurons fewer inputs or use a chip with a larger fan-in limit");
    }

    @Override
    public PassReport apply(WorkingNetwork net, ChipLimits limits) {
        int limit = limits.maxFanIn();
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        int trees = 0;
        if (in != null) {
            for (int i = 0; i < n0; i++) {
                if (deg[i] <= limit) {
                    continue;
                }
                int[] ids = java.util.Arrays.copyOfRange(in[1], in[0][i], in[0][i + 1]);
                RelayTrees.relayTree(net, i, ids, limit, true, relay, i, 0);
                trees++;
            }
        }
        deg = null;
        in = null;
        return new PassReport(PassReport.Pass.FAN_IN, net.neuronCount() - n0, net.synapseCount() - m0,
                trees + " relay trees");
    }

    private static IllegalArgumentException notOrAboveFanIn(WorkingNetwork net, int neuron, int fanIn, int limit) {
        return new IllegalArgumentException("neuron " + neuron + " has " + fanIn + " incoming synapses, above the chip's "
                + "fan-in limit " + limit + ", and cannot get a relay tree because " + OrType.whyNotOr(net, neuron)
                + ": merging inputs in relays is exact only for OR-type neurons");
    }
}
