package org.spikegraph.substrate.network;

import java.util.List;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * An immutable spiking network: neurons, each of a {@link NeuronType}, and synapses
 * (source, target, weight, delay) stored as compressed rows by source.
 *
 * <p>Within a source, synapses are sorted by delay (stably: synapses of equal delay keep the order
 * they were added in) and grouped into <em>delay groups</em>: the synapses of one source that share a
 * delay. A spike of the source at step t is one calendar entry per group, delivered at t + delay,
 * which is what lets an engine schedule a spike in time proportional to its distinct delays rather
 * than its synapses.
 *
 * <p>Layout: {@code groupFirst[s] .. groupFirst[s+1]} are the groups of source s; group g holds the
 * synapses {@code groupEnd[g-1] .. groupEnd[g]} (with {@code groupEnd[-1] = 0}), all of delay
 * {@code groupDelay[g]}; synapse j goes to {@code target[j]} with weight {@code weight[j]}. Memory:
 * 8 bytes per synapse plus 8 per delay group, 6 per neuron (see {@link #bytes()}).
 *
 * <p>Invariant checked at build time: for every neuron the sum of |weight| over its incoming synapses
 * is at most {@link #MAX_ABS_INPUT}, so the synaptic input of one step always fits an {@code int}.
 */
public final class Network {

    /** The largest total |weight| a neuron may receive, 2^30: one step's input then fits an int. */
    public static final long MAX_ABS_INPUT = 1L << 30;

    private final List<NeuronType> types;
    private final short[] typeOf;
    private final int[] groupFirst;
    private final int[] groupDelay;
    private final int[] groupEnd;
    private final int[] target;
    private final int[] weight;
    private final int maxDelay;

    Network(List<NeuronType> types, short[] typeOf, int[] groupFirst, int[] groupDelay, int[] groupEnd,
            int[] target, int[] weight, int maxDelay) {
        this.types = List.copyOf(types);
        this.typeOf = typeOf;
        this.groupFirst = groupFirst;
        this.groupDelay = groupDelay;
        this.groupEnd = groupEnd;
        this.target = target;
        this.weight = weight;
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

    /** Number of delay groups (distinct (source, delay) pairs). */
    public int groupCount() {
        return groupDelay.length;
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

    /** The first delay group of neuron s; its groups are {@code firstGroup(s) .. firstGroup(s + 1) - 1}. */
    public int firstGroup(int source) {
        return groupFirst[source];
    }

    /** The delay shared by the synapses of group g. */
    public int groupDelay(int group) {
        return groupDelay[group];
    }

    /** The first synapse of group g. */
    public int groupStart(int group) {
        return group == 0 ? 0 : groupEnd[group - 1];
    }

    /** One past the last synapse of group g. */
    public int groupEnd(int group) {
        return groupEnd[group];
    }

    /** The first outgoing synapse of neuron s. */
    public int outStart(int source) {
        return groupStart(groupFirst[source]);
    }

    /** One past the last outgoing synapse of neuron s. */
    public int outEnd(int source) {
        return groupStart(groupFirst[source + 1]);
    }

    /** The number of outgoing synapses of neuron s. */
    public int outDegree(int source) {
        return outEnd(source) - outStart(source);
    }

    /** The target of synapse j. */
    public int target(int synapse) {
        return target[synapse];
    }

    /** The weight of synapse j. */
    public int weight(int synapse) {
        return weight[synapse];
    }

    /** Visits every synapse in storage order: by source, then by delay. */
    public void forEachSynapse(SynapseVisitor visitor) {
        int n = neuronCount();
        for (int s = 0; s < n; s++) {
            for (int g = groupFirst[s]; g < groupFirst[s + 1]; g++) {
                int d = groupDelay[g];
                for (int j = groupStart(g); j < groupEnd[g]; j++) {
                    visitor.synapse(s, target[j], weight[j], d);
                }
            }
        }
    }

    /** Bytes held by this network's arrays: the figure the memory budget is checked against. */
    public long bytes() {
        return 2L * typeOf.length + 4L * groupFirst.length + 8L * groupDelay.length + 8L * target.length;
    }

    // Expert access for engines and cost models: the backing arrays, shared, never to be modified.

    /** Expert: type index of every neuron (read as unsigned 16-bit). Do not modify. */
    public short[] typeOfArray() { return typeOf; }

    /** Expert: first delay group of every neuron, length neuronCount() + 1. Do not modify. */
    public int[] groupFirstArray() { return groupFirst; }

    /** Expert: the delay of every group. Do not modify. */
    public int[] groupDelayArray() { return groupDelay; }

    /** Expert: one past the last synapse of every group. Do not modify. */
    public int[] groupEndArray() { return groupEnd; }

    /** Expert: the target of every synapse. Do not modify. */
    public int[] targetArray() { return target; }

    /** Expert: the weight of every synapse. Do not modify. */
    public int[] weightArray() { return weight; }

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
