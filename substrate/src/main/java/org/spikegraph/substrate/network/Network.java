package org.spikegraph.substrate.network;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.List;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * An immutable spiking network: neurons, each of a {@link NeuronType}, and synapses
 * (source, target, weight, delay) stored as compressed rows by source.
 *
 * <p>Layout: the synapses of source s are {@code rowStart[s] .. rowStart[s+1] - 1}, in the order
 * they were added. Synapse j is one {@code long}, so a spike reads its row as one contiguous stream:
 * target in bits 63..32, delay in bits 31..16, weight index in bits 15..0 (weights are stored once
 * per distinct value, at most {@link #MAX_DISTINCT_WEIGHTS}). A delay of {@link #DELAY_ESCAPE} or more
 * is stored as {@link #DELAY_ESCAPE} with the true delay in a side table, which is rare (chains of
 * very long delays). Memory: 8 bytes per synapse and 6 per neuron (row start 4, type index 2), see
 * {@link #bytes()}.
 *
 * <p>Invariant checked at build time: for every neuron the sum of |weight| over its incoming synapses
 * is at most {@link #MAX_ABS_INPUT}, so the synaptic input of one step always fits an {@code int}.
 */
public final class Network {

    /** The largest total |weight| a neuron may receive, 2^30: one step's input then fits an int. */
    public static final long MAX_ABS_INPUT = 1L << 30;

    /** The most distinct synaptic weights a network holds (they are indexed by 16 bits). */
    public static final int MAX_DISTINCT_WEIGHTS = 1 << 16;

    /** The delay field of a packed synapse whose delay is this or more: the delay is in a side table. */
    public static final int DELAY_ESCAPE = 0xFFFF;

    private final List<NeuronType> types;
    private final short[] typeOf;
    private final int[] rowStart;
    private final long[] synapse;
    private final Int2IntOpenHashMap longDelays;
    private final int[] weightPalette;
    private final int maxDelay;

    Network(List<NeuronType> types, short[] typeOf, int[] rowStart, long[] synapse, Int2IntOpenHashMap longDelays,
            int[] weightPalette, int maxDelay) {
        this.types = List.copyOf(types);
        this.typeOf = typeOf;
        this.rowStart = rowStart;
        this.synapse = synapse;
        this.longDelays = longDelays;
        this.weightPalette = weightPalette;
        this.maxDelay = maxDelay;
    }

    /** Packs a synapse: target, delay field (the delay, or {@link #DELAY_ESCAPE}), weight index. */
    static long pack(int target, int delay, int weightIndex) {
        return ((long) target << 32) | ((long) Math.min(delay, DELAY_ESCAPE) << 16) | weightIndex;
    }

    /** The target of a packed synapse. */
    public static int packedTarget(long synapse) {
        return (int) (synapse >>> 32);
    }

    /** The delay field of a packed synapse: its delay, or {@link #DELAY_ESCAPE} (see {@link #delay(int)}). */
    public static int packedDelay(long synapse) {
        return (int) (synapse >>> 16) & 0xFFFF;
    }

    /** The weight index of a packed synapse, into {@link #weightPaletteArray()}. */
    public static int packedWeightIndex(long synapse) {
        return (int) synapse & 0xFFFF;
    }

    /** A builder for a new network. */
    public static NetworkBuilder builder() {
        return new NetworkBuilder();
    }

    /** Number of neurons; their ids are 0 .. neuronCount() - 1. */
    public int neuronCount() {
        return typeOf.length;
    }

    /** Number of synapses. */
    public int synapseCount() {
        return synapse.length;
    }

    /** The distinct neuron types, indexed by type index. */
    public List<NeuronType> types() {
        return types;
    }

    /** The type index of neuron i. */
    public int typeIndex(int neuron) {
        return typeOf[neuron] & 0xFFFF;
    }

    /** The type of neuron i. */
    public NeuronType type(int neuron) {
        return types.get(typeIndex(neuron));
    }

    /** The largest synaptic delay, 0 when there are no synapses. */
    public int maxDelay() {
        return maxDelay;
    }

    /** The first outgoing synapse of neuron s. */
    public int outStart(int source) {
        return rowStart[source];
    }

    /** One past the last outgoing synapse of neuron s. */
    public int outEnd(int source) {
        return rowStart[source + 1];
    }

    /** The number of outgoing synapses of neuron s. */
    public int outDegree(int source) {
        return rowStart[source + 1] - rowStart[source];
    }

    /** The target of synapse j. */
    public int target(int synapse) {
        return packedTarget(this.synapse[synapse]);
    }

    /** The weight of synapse j. */
    public int weight(int synapse) {
        return weightPalette[packedWeightIndex(this.synapse[synapse])];
    }

    /** The delay of synapse j, in steps (&ge; 1). */
    public int delay(int synapse) {
        int d = packedDelay(this.synapse[synapse]);
        return d != DELAY_ESCAPE ? d : longDelays.get(synapse);
    }

    /** A new array of every synapse's target, for whole-network passes (engines read {@link #synapseArray()}). */
    public int[] targets() {
        int[] t = new int[synapse.length];
        for (int j = 0; j < t.length; j++) {
            t[j] = packedTarget(synapse[j]);
        }
        return t;
    }

    /** A new array of every synapse's delay, for whole-network passes. */
    public int[] delays() {
        int[] d = new int[synapse.length];
        for (int j = 0; j < d.length; j++) {
            d[j] = delay(j);
        }
        return d;
    }

    /** Visits every synapse in storage order: by source, then in the order added. */
    public void forEachSynapse(SynapseVisitor visitor) {
        int n = neuronCount();
        for (int s = 0; s < n; s++) {
            for (int j = rowStart[s]; j < rowStart[s + 1]; j++) {
                visitor.synapse(s, target(j), weight(j), delay(j));
            }
        }
    }

    /** Bytes held by this network's arrays: the figure the memory budget is checked against. */
    public long bytes() {
        return 2L * typeOf.length + 4L * rowStart.length + 8L * synapse.length + 4L * weightPalette.length
                + 9L * longDelays.size(); // open hashing: an int key, an int value and a slack of about 1 byte
    }

    // Expert access for engines and cost models: the backing arrays, shared, never to be modified.

    /** Expert: type index of every neuron (read as unsigned 16-bit). Do not modify. */
    public short[] typeOfArray() { return typeOf; }

    /** Expert: first synapse of every neuron, length neuronCount() + 1. Do not modify. */
    public int[] rowStartArray() { return rowStart; }

    /** Expert: every synapse packed in a long (see {@link #packedTarget} and siblings). Do not modify. */
    public long[] synapseArray() { return synapse; }

    /** Expert: the distinct weights. Do not modify. */
    public int[] weightPaletteArray() { return weightPalette; }

    /** Receives one synapse at a time. */
    @FunctionalInterface
    public interface SynapseVisitor {
        /** Called once per synapse. */
        void synapse(int source, int target, int weight, int delay);
    }

    @Override
    public String toString() {
        return "Network[" + neuronCount() + " neurons, " + synapseCount() + " synapses, " + types.size()
                + " types, max delay " + maxDelay + "]";
    }
}
