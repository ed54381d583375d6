package org.spikegraph.hardware.legalize;

import it.unimi.dsi.fastutil.ints.IntArrays;
import org.spikegraph.substrate.neuron.NeuronType;

/** The relay trees of the fan-in and fan-out passes: building them, and counting their relays without building. */
final class RelayTrees {

    private RelayTrees() {}

    /**
     * Attaches the synapses {@code ids} to {@code node} (as their target for fan-in, as their source for
     * fan-out), through a tree of relays when there are more than {@code limit}. The synapses with the
     * shortest delays stay direct; the others are split into groups, one relay each, with the fewest
     * relays that let every group fit one relay (else as many relays as the delay-1 synapses leave room
     * for, and deeper trees). Each relay level takes one step off its synapses' delays and adds a hop
     * of delay 1, so arrival times are unchanged.
     */
    static void relayTree(WorkingNetwork net, int node, int[] ids, int limit, boolean fanIn, NeuronType relay,
                                  int root, int depth) {
        int m = ids.length;
        if (m <= limit) {
            for (int j : ids) {
                (fanIn ? net.tgt : net.src).set(j, node);
            }
            return;
        }
        IntArrays.mergeSort(ids, (a, b) -> Integer.compare(net.delay.getInt(a), net.delay.getInt(b)));
        int ones = 0;
        while (ones < m && net.delay.getInt(ids[ones]) == 1) {
            ones++;
        }
        int relays = relaysAtNode(m, ones, limit);
        if (relays < 1) {
            String what = fanIn ? "incoming" : "outgoing";
            String kind = fanIn ? "fan-in" : "fan-out";
            throw new IllegalArgumentException("neuron " + root + " has more " + what + " synapses than the chip's " + kind
                    + " limit " + limit + ", and " + ones + " of them " + (depth == 0 ? "have delay 1"
                    : "have delay " + (depth + 1) + ", which is 1 after the " + depth + " relay level(s) they need")
                    + ": every relay adds a step, so a synapse cannot be relayed through more levels than its delay - 1, "
                    + "and a tree node holds at most " + (limit - 1) + " such synapses beside one relay. Lengthening them "
                    + "would change spike times, so this is not done: give these synapses longer delays "
                    + "(e.g. scale every delay of the circuit) or use a chip with a larger " + kind + " limit");
        }
        int keep = limit - relays;
        for (int k = 0; k < keep; k++) {
            (fanIn ? net.tgt : net.src).set(ids[k], node);
        }
        int rest = m - keep;
        int base = rest / relays;
        int extra = rest % relays;
        int pos = keep;
        for (int g = 0; g < relays; g++) {
            int size = base + (g >= relays - extra ? 1 : 0);
            int r = net.addNeuron(relay);
            if (fanIn) {
                net.addSynapse(r, node, 1, 1);
            } else {
                net.addSynapse(node, r, 1, 1);
            }
            int[] group = java.util.Arrays.copyOfRange(ids, pos, pos + size);
            for (int j : group) {
                net.delay.set(j, net.delay.getInt(j) - 1);
                if (fanIn) {
                    net.weight.set(j, 1);
                }
            }
            relayTree(net, r, group, limit, fanIn, relay, root, depth + 1);
            pos += size;
        }
    }

    /**
     * How many relays a tree node with {@code m} synapses, {@code ones} of them with delay 1 (which must stay
     * direct), gets under {@code limit}: the fewest that let every group fit one relay, else as many as the
     * delay-1 synapses leave room for; below 1 when they leave none.
     */
    private static int relaysAtNode(int m, int ones, int limit) {
        for (int k = 1; k <= limit - ones; k++) {
            if ((long) (limit - k) + (long) k * limit >= m) {
                return k;
            }
        }
        return limit - ones;
    }

    /**
     * The relays {@link #relayTree} adds for synapses whose delays, less {@code depth}, are
     * {@code delays[from..to)} (sorted), without building anything; -1 when it would refuse them. Groups are
     * ranges of the sorted delays, as in {@link #relayTree}, whose sort by delay keeps this order.
     */
    private static long treeRelays(int[] delays, int from, int to, int limit, int depth) {
        int m = to - from;
        if (m <= limit) {
            return 0;
        }
        int ones = 0;
        while (ones < m && delays[from + ones] - depth == 1) {
            ones++;
        }
        int relays = relaysAtNode(m, ones, limit);
        if (relays < 1) {
            return -1;
        }
        int rest = m - (limit - relays);
        int base = rest / relays;
        int extra = rest % relays;
        int pos = from + limit - relays;
        long total = relays;
        for (int g = 0; g < relays; g++) {
            int size = base + (g >= relays - extra ? 1 : 0);
            long below = treeRelays(delays, pos, pos + size, limit, depth + 1);
            if (below < 0) {
                return -1;
            }
            total += below;
            pos += size;
        }
        return total;
    }

    /**
     * Relays the fan-in ({@code in} true) or fan-out trees of every neuron above {@code limit} will add, counted
     * before any is built; a neuron whose tree would be refused counts 0 (its pass refuses it, naming it).
     */
    static long treeRelays(WorkingNetwork net, int[] deg, int[][] groups, int limit) {
        long total = 0;
        for (int i = 0; i < deg.length; i++) {
            if (deg[i] <= limit) {
                continue;
            }
            int[] d = new int[deg[i]];
            for (int k = 0; k < d.length; k++) {
                d[k] = net.delay.getInt(groups[1][groups[0][i] + k]);
            }
            java.util.Arrays.sort(d);
            total += Math.max(0, treeRelays(d, 0, d.length, limit, 0));
        }
        return total;
    }
}
