package org.spikegraph.substrate.network;

import java.util.List;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * An immutable spiking network: neurons, each of a {@link NeuronType}, and synapses
 * (source, target, weight, delay) stored as compressed rows by source.
 *
 * <p>Layout: the synapses of source s are {@code rowStart[s] .. rowStart[s+1] - 1}, sorted by delay
 * (stably: synapses of equal delay keep the order they were added in), so a spike's deliveries come
 * out of its row in runs of equal delay. Synapse j goes to {@code target[j]} after {@code delay[j]}
 * steps with weight {@code weightPalette[weightIndex[j]]}: weights are stored once per distinct value,
 * at most {@link #MAX_DISTINCT_WEIGHTS}. Memory: 10 bytes per synapse (target 4, delay 4, weight
 * index 2) and 6 bytes per neuron (row start 4, type index 2), see {@link #bytes()}.
 *
 * <p>Invariant checked at build time: for every neuron the sum of |weight| over its incoming synapses
 * is at most {@link #MAX_ABS_INPUT}, so the synaptic input of one step always fits an {@code int}.
 */
public final class Network {

    /** The largest total |weight| a neuron may receive, 2^30: one step's input then fits an int. */
    public static final long MAX_ABS_INPUT = 1L << 30;

    /** The most distinct synaptic weights a network holds (they are indexed by 16 bits). */
    public static final int MAX_DISTINCT_WEIGHTS = 1 << 16;

    private final List<NeuronType> types;
    private final short[] typeOf;
    private final int[] rowStart;
    private final int[] target;
    private final int[] delay;
    private final char[] weightIndex;
    private final int[] weightPalette;
    private final int maxDelay;

    Network(List<NeuronType> types, short[] typeOf, int[] rowStart, int[] target, int[] delay, char[] weightIndex,
            int[] weightPalette, int maxDelay) {
        this.types = List.copyOf(types);
        this.typeOf = typeOf;
        this.rowStart = rowStart;
        this.target = target;
        this.delay = delay;
        this.weightIndex = weightIndex;
        this.weightPalette = weightPalette;
        this.maxDelay = maxDelay;
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
        return target.length;
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
        return target[synapse];
    }

    /** The weight of synapse j. */
    public int weight(int synapse) {
        return weightPalette[weightIndex[synapse]];
    }

    /** The delay of synapse j, in steps (&ge; 1). */
    public int delay(int synapse) {
        return delay[synapse];
    }

    /** Visits every synapse in storage order: by source, then by delay. */
    public void forEachSynapse(SynapseVisitor visitor) {
        int n = neuronCount();
        for (int s = 0; s < n; s++) {
            for (int j = rowStart[s]; j < rowStart[s + 1]; j++) {
                visitor.synapse(s, target[j], weight(j), delay[j]);
            }
        }
    }

    /** Bytes held by this network's arrays: the figure the memory budget is checked against. */
    public long bytes() {
        return 2L * typeOf.length + 4L * rowStart.length + 10L * target.length + 4L * weightPalette.length;
    }

    // Expert access for engines and cost models: the backing arrays, shared, never to be modified.

    /** Expert: type index of every neuron (read as unsigned 16-bit). Do not modify. */
    public short[] typeOfArray() { return typeOf; }

    /** Expert: first synapse of every neuron, length neuronCount() + 1. Do not modify. */
    public int[] rowStartArray() { return rowStart; }

    /** Expert: the target of every synapse. Do not modify. */
    public int[] targetArray() { return target; }

    /** Expert: the delay of every synapse. Do not modify. */
    public int[] delayArray() { return delay; }

    /** Expert: the index of every synapse's weight in {@link #weightPaletteArray()}. Do not modify. */
    public char[] weightIndexArray() { return weightIndex; }

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
