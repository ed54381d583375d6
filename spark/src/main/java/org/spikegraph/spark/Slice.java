package org.spikegraph.spark;

import java.io.Serializable;
import org.spikegraph.substrate.network.Network;

/**
 * The static part of one partition: a contiguous range of neurons {@code [lo, lo + count)}, their
 * types, their outgoing synapses (CSR: global target, delay, weight) and the smallest delay of
 * their incoming synapses (the lookahead that lets a neuron run ahead of the global time).
 */
final class Slice implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No incoming synapse: no input can arrive after the stimulus. */
    static final int NO_INPUT = Integer.MAX_VALUE;

    final int lo;
    final int count;
    final short[] type;
    final int[] rowStart;
    final int[] target;
    final int[] delay;
    final int[] weight;
    final int[] minInDelay;

    Slice(int lo, int count, short[] type, int[] rowStart, int[] target, int[] delay, int[] weight, int[] minInDelay) {
        this.lo = lo;
        this.count = count;
        this.type = type;
        this.rowStart = rowStart;
        this.target = target;
        this.delay = delay;
        this.weight = weight;
        this.minInDelay = minInDelay;
    }

    /** The neurons per partition when {@code n} neurons are cut into {@code parts} ranges. */
    static int chunk(int n, int parts) {
        return Math.max(1, (int) (((long) n + parts - 1) / parts));
    }

    /** Cuts a network into {@code parts} slices of {@link #chunk} neurons (the last ones may be empty). */
    static Slice[] cut(Network network, int parts) {
        int n = network.neuronCount();
        int chunk = chunk(n, parts);
        int[] minIn = new int[n];
        java.util.Arrays.fill(minIn, NO_INPUT);
        for (int j = 0; j < network.synapseCount(); j++) {
            int t = network.target(j);
            minIn[t] = Math.min(minIn[t], network.delay(j));
        }
        Slice[] slices = new Slice[parts];
        for (int p = 0; p < parts; p++) {
            int lo = (int) Math.min(n, (long) p * chunk);
            int hi = (int) Math.min(n, (long) lo + chunk);
            int count = hi - lo;
            short[] type = new short[count];
            int[] rowStart = new int[count + 1];
            int from = count == 0 ? 0 : network.outStart(lo);
            int to = count == 0 ? 0 : network.outEnd(hi - 1);
            int[] target = new int[to - from];
            int[] delay = new int[to - from];
            int[] weight = new int[to - from];
            for (int i = 0; i < count; i++) {
                type[i] = (short) network.typeIndex(lo + i);
                rowStart[i + 1] = network.outEnd(lo + i) - from;
            }
            for (int j = from; j < to; j++) {
                target[j - from] = network.target(j);
                delay[j - from] = network.delay(j);
                weight[j - from] = network.weight(j);
            }
            slices[p] = new Slice(lo, count, type, rowStart, target, delay, weight,
                    java.util.Arrays.copyOfRange(minIn, lo, hi));
        }
        return slices;
    }
}
