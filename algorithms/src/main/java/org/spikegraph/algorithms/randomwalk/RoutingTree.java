package org.spikegraph.algorithms.randomwalk;

import java.util.function.Consumer;
import org.spikegraph.algorithms.brick.Assumptions;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * A stochastic binary routing tree: one walker spike at a feeder neuron leaves by exactly one of c
 * options, option i with probability &asymp; w_i / (w_1 + ... + w_c). This is the density-method
 * routing of Severa et al. 2018 ("Spiking network algorithms for scientific computing"), arranged as
 * a balanced tree so a choice among c options costs &lceil;log2 c&rceil; stages instead of c &minus; 1.
 *
 * <p>An internal node splits its options [lo, hi) at the middle. Its feeder F excites a stochastic
 * neuron A (&theta; = 1, FULL leak, fire chance {@link #fireChance}(left weight, node weight)) with
 * delay 1 and a deterministic fallback B (&theta; = 1, FULL leak) with delay 2; A inhibits B (&minus;1,
 * delay 1). If A fires, B's input cancels and A feeds the left subtree; otherwise B fires and feeds the
 * right one. A leaf's feeder is the exit of its option, {@code offset} steps after the root feeder's
 * spike (+1 per left turn, +2 per right turn, so at most 2 &middot; depth). A node holds at most one walker
 * per step when its root feeder releases at most one per step (paths have fixed delays), so every
 * choice reads a fresh draw of its own A neuron.
 *
 * <p>Neurons: 2(c &minus; 1), added in pre-order (A then B of a node, then its left subtree, then its
 * right one) by {@link #addNeurons}; {@link #addSynapses} walks the same order, so the caller only
 * needs the first neuron id. Synapses: 3(c &minus; 1), plus what the caller adds at the exits.
 */
final class RoutingTree {

    /** The deterministic fallback B of a node. */
    static final NeuronType FALLBACK = NeuronType.builder().threshold(1).leak(Leak.full()).build();

    /** Where the tree's synapses go: a network builder's global ids or a brick's local ones. */
    @FunctionalInterface
    interface Wiring {
        /** Adds one synapse. */
        void synapse(int from, int to, int weight, int delay);
    }

    /** Where an option leaves the tree. */
    interface Exit {
        /**
         * @param option the option index
         * @param neuron the neuron that spikes once for every walker that takes this option
         * @param offset its spike step relative to the root feeder's spike
         */
        void at(int option, int neuron, int offset);
    }

    private RoutingTree() {
    }

    /**
     * What a brick of walker queues and routing trees declares: weights &plusmn;1, at most {@code maxFanIn}
     * synapses into a neuron, potentials as wide as the queue's (it holds every waiting walker) or the fan-in
     * needs, stochastic when it holds trees.
     */
    static Assumptions queuesAndTrees(NeuronType queue, int maxFanIn, boolean trees) {
        return new Assumptions(false, maxFanIn, 2, Math.max(queue.potentialBits(), Assumptions.potentialBitsFor(maxFanIn, 2, 1)),
                false, trees);
    }

    /** The depth of a tree over c options: &lceil;log2 c&rceil;. */
    static int depth(int options) {
        return options <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(options - 1);
    }

    /** The neurons of a tree over c options: 2(c &minus; 1). */
    static int neurons(int options) {
        return 2 * Math.max(0, options - 1);
    }

    /**
     * A fire chance: round(2^16 &middot; w / total), in units of 2^-16. The probability it encodes is off
     * by at most 2^-17 (half a unit).
     *
     * @param w     &ge; 0
     * @param total &ge; w, &gt; 0
     */
    static int fireChance(double w, double total) {
        if (!(w >= 0) || !(total > 0) || w > total) {
            throw new IllegalArgumentException("need 0 <= w <= total, total > 0; got w = " + w + ", total = " + total);
        }
        return (int) Math.min(NeuronType.ALWAYS, Math.round(NeuronType.ALWAYS * (w / total)));
    }

    /** The stochastic neuron A with the given fire chance. */
    static NeuronType choice(int chance) {
        return NeuronType.builder().threshold(1).leak(Leak.full()).fireChance(chance).build();
    }

    /** Adds the tree's neurons for options w[lo..hi), all &gt; 0, in pre-order. */
    static void addNeurons(Consumer<NeuronType> b, double[] w, int lo, int hi) {
        if (hi - lo <= 1) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        b.accept(choice(split(w, lo, mid, hi)));
        b.accept(FALLBACK);
        addNeurons(b, w, lo, mid);
        addNeurons(b, w, mid, hi);
    }

    /**
     * The total variation distance between where the tree sends a walker (the products of its
     * rounded chances) and the exact choice w_i / (w_1 + ... + w_c): what rounding costs one choice.
     * At most &lceil;log2 c&rceil; &middot; 2^-17, usually far less.
     */
    static double roundingDistance(double[] w) {
        double[] q = new double[w.length];
        leaves(w, 0, w.length, 1.0, q);
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double distance = 0;
        for (int i = 0; i < w.length; i++) {
            distance += Math.abs(q[i] - w[i] / total);
        }
        return distance / 2;
    }

    /** The tree's probability of each option, times {@code reach}. */
    private static void leaves(double[] w, int lo, int hi, double reach, double[] q) {
        if (hi - lo == 1) {
            q[lo] = reach;
            return;
        }
        int mid = (lo + hi) >>> 1;
        double left = split(w, lo, mid, hi) / (double) NeuronType.ALWAYS;
        leaves(w, lo, mid, reach * left, q);
        leaves(w, mid, hi, reach * (1 - left), q);
    }

    /** The fire chance of the node over [lo, hi) split at mid: the left options' share. */
    private static int split(double[] w, int lo, int mid, int hi) {
        double left = 0;
        for (int i = lo; i < mid; i++) {
            left += w[i];
        }
        double total = left;
        for (int i = mid; i < hi; i++) {
            total += w[i];
        }
        return fireChance(left, total);
    }

    /**
     * Adds the tree's synapses, its neurons starting at {@code first} as {@link #addNeurons} added
     * them, and reports each option's exit.
     *
     * @param feeder the neuron that spikes once per walker entering the tree
     * @return the id after the tree's last neuron
     */
    static int addSynapses(Wiring b, int feeder, int first, int lo, int hi, Exit exit) {
        return synapses(b, feeder, first, lo, hi, 0, exit);
    }

    private static int synapses(Wiring b, int feeder, int next, int lo, int hi, int offset, Exit exit) {
        if (hi - lo == 1) {
            exit.at(lo, feeder, offset);
            return next;
        }
        int mid = (lo + hi) >>> 1;
        int a = next;
        int fallback = next + 1;
        b.synapse(feeder, a, 1, 1);
        b.synapse(feeder, fallback, 1, 2);
        b.synapse(a, fallback, -1, 1);
        next = synapses(b, a, next + 2, lo, mid, offset + 1, exit);
        return synapses(b, fallback, next, mid, hi, offset + 2, exit);
    }
}
