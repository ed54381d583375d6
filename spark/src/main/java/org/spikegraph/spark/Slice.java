package org.spikegraph.spark;

import java.io.Serializable;
import org.spikegraph.substrate.network.Network;

/**
 * The static part of one partition: a contiguous range of neurons {@code [lo, lo + count)}, their
 * types, their outgoing synapses (CSR: global target, delay, weight) and each neuron's
 * <em>lookahead</em>: the shortest delay path from any synapse that enters the partition from
 * another one to the neuron, through the partition's own synapses. Input from outside that is not
 * sent yet comes from a spike at or after the global earliest pending step T, so nothing it causes
 * reaches a neuron before T + its lookahead: up to there the partition runs on its own.
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
    /** Per neuron: the lookahead (see above), {@link #NO_INPUT} when nothing from outside can reach it. */
    final int[] look;

    /**
     * A slice; computes the lookahead.
     *
     * @param minCrossIn per neuron, the smallest delay of its synapses from other partitions ({@link #NO_INPUT}: none)
     */
    Slice(int lo, int count, short[] type, int[] rowStart, int[] target, int[] delay, int[] weight, int[] minCrossIn) {
        this.lo = lo;
        this.count = count;
        this.type = type;
        this.rowStart = rowStart;
        this.target = target;
        this.delay = delay;
        this.weight = weight;
        this.look = lookahead(lo, count, rowStart, target, delay, minCrossIn);
    }

    /**
     * Shortest distances from the partition's entries: Dijkstra over the partition's own synapses,
     * starting at each neuron from its smallest delay from outside; capped below {@link #NO_INPUT}.
     */
    static int[] lookahead(int lo, int count, int[] rowStart, int[] target, int[] delay, int[] minCrossIn) {
        int[] look = minCrossIn.clone();
        it.unimi.dsi.fastutil.longs.LongHeapPriorityQueue heap = new it.unimi.dsi.fastutil.longs.LongHeapPriorityQueue();
        for (int i = 0; i < count; i++) {
            if (look[i] != NO_INPUT) {
                heap.enqueue((long) look[i] << 32 | i);
            }
        }
        while (!heap.isEmpty()) {
            long top = heap.dequeueLong();
            int i = (int) top;
            int d = (int) (top >>> 32);
            if (d != look[i]) {
                continue;
            }
            for (int j = rowStart[i]; j < rowStart[i + 1]; j++) {
                int t = target[j] - lo;
                if (t >= 0 && t < count) {
                    int via = (int) Math.min(NO_INPUT - 1L, (long) d + delay[j]);
                    if (via < look[t]) {
                        look[t] = via;
                        heap.enqueue((long) via << 32 | t);
                    }
                }
            }
        }
        return look;
    }

    /** The neurons per partition when {@code n} neurons are cut into {@code parts} ranges. */
    static int chunk(int n, int parts) {
        return Math.max(1, (int) (((long) n + parts - 1) / parts));
    }

    /** Cuts a network into {@code parts} slices of {@link #chunk} neurons (the last ones may be empty). */
    static Slice[] cut(Network network, int parts) {
        int n = network.neuronCount();
        int chunk = chunk(n, parts);
        int[] minCrossIn = new int[n];
        java.util.Arrays.fill(minCrossIn, NO_INPUT);
        for (int u = 0; u < n; u++) {
            for (int j = network.outStart(u); j < network.outEnd(u); j++) {
                int t = network.target(j);
                if (t / chunk != u / chunk) {
                    minCrossIn[t] = Math.min(minCrossIn[t], network.delay(j));
                }
            }
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
                    java.util.Arrays.copyOfRange(minCrossIn, lo, hi));
        }
        return slices;
    }
}
