package org.spikegraph.substrate.network;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * Builds a {@link Network}. Neurons are added first (ids are handed out in order from 0), then
 * synapses between existing neurons. Every bad input is an {@link IllegalArgumentException} that
 * says what to change: a delay below 1, an unknown neuron id, more than 65,536 neuron types or
 * distinct weights, more neurons or synapses than an {@code int} index can hold, or a neuron whose
 * total incoming |weight| exceeds {@link Network#MAX_ABS_INPUT}.
 *
 * <p>Memory while building: 14 bytes per synapse, and 8 more while packing; {@link #build()} keeps 8.
 */
public final class NetworkBuilder {

    /** Largest number of neurons or synapses: the largest safe Java array length. */
    public static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private static final int MAX_TYPES = 1 << 16;

    private final List<NeuronType> types = new ArrayList<>();
    private final Map<NeuronType, Integer> typeIndex = new HashMap<>();
    private short[] typeOf = new short[16];
    private int neurons;

    private int[] source = new int[16];
    private int[] target = new int[16];
    private char[] weight = new char[16];
    private int[] delay = new int[16];
    private final Int2IntOpenHashMap paletteIndex = new Int2IntOpenHashMap();
    private int[] palette = new int[16];
    private int synapses;
    private boolean built;

    NetworkBuilder() {}

    /** Adds one neuron of the given type and returns its id. */
    public int neuron(NeuronType type) {
        return neurons(type, 1);
    }

    /** Adds {@code count} neurons of the given type and returns the id of the first; ids are consecutive. */
    public int neurons(NeuronType type, int count) {
        checkOpen();
        if (type == null) {
            throw new IllegalArgumentException("neuron type must not be null");
        }
        if (count < 0) {
            throw new IllegalArgumentException("neuron count must be >= 0, got " + count);
        }
        if ((long) neurons + count > MAX_ELEMENTS) {
            throw new IllegalArgumentException("a network holds at most " + MAX_ELEMENTS + " neurons, "
                    + "asked for " + ((long) neurons + count) + ": split the problem into several networks");
        }
        short t = (short) indexOf(type);
        int first = neurons;
        if (neurons + count > typeOf.length) {
            typeOf = Arrays.copyOf(typeOf, grow(typeOf.length, neurons + count));
        }
        Arrays.fill(typeOf, first, first + count, t);
        neurons += count;
        return first;
    }

    /** The number of neurons added so far. */
    public int neuronCount() {
        return neurons;
    }

    /** The number of synapses added so far. */
    public int synapseCount() {
        return synapses;
    }

    /**
     * Adds a synapse: a spike of {@code source} at step t adds {@code weight} to {@code target}'s input
     * at step t + {@code delay}.
     *
     * @param delay steps, at least 1
     */
    public NetworkBuilder synapse(int source, int target, int weight, int delay) {
        checkOpen();
        checkNeuron("source", source);
        checkNeuron("target", target);
        if (delay < 1) {
            throw new IllegalArgumentException("synapse " + source + " -> " + target + " has delay " + delay
                    + ": delays are whole steps >= 1 (a spike is delivered at the earliest in the next step)");
        }
        if (synapses == MAX_ELEMENTS) {
            throw new IllegalArgumentException("a network holds at most " + MAX_ELEMENTS
                    + " synapses: split the problem into several networks");
        }
        int w = paletteIndex.getOrDefault(weight, -1);
        if (w < 0) {
            if (paletteIndex.size() == Network.MAX_DISTINCT_WEIGHTS) {
                throw new IllegalArgumentException("synapse " + source + " -> " + target + " brings a "
                        + (Network.MAX_DISTINCT_WEIGHTS + 1) + "th distinct weight (" + weight + "): a network holds at most "
                        + Network.MAX_DISTINCT_WEIGHTS + " distinct weights; quantize the weights");
            }
            w = paletteIndex.size();
            paletteIndex.put(weight, w);
            if (w == palette.length) {
                palette = Arrays.copyOf(palette, w * 2);
            }
            palette[w] = weight;
        }
        if (synapses == this.source.length) {
            int n = grow(synapses, synapses + 1);
            this.source = Arrays.copyOf(this.source, n);
            this.target = Arrays.copyOf(this.target, n);
            this.weight = Arrays.copyOf(this.weight, n);
            this.delay = Arrays.copyOf(this.delay, n);
        }
        this.source[synapses] = source;
        this.target[synapses] = target;
        this.weight[synapses] = (char) w;
        this.delay[synapses] = delay;
        synapses++;
        return this;
    }

    /**
     * Builds the network; the builder cannot be used afterwards.
     *
     * @throws IllegalArgumentException if some neuron's total incoming |weight| exceeds
     *                                  {@link Network#MAX_ABS_INPUT}
     */
    public Network build() {
        checkOpen();
        built = true;
        int n = neurons;
        int m = synapses;
        checkInputBounds(n, m);

        // Counting sort by source, stable: a row keeps the order its synapses were added in.
        int[] start = new int[n + 1];
        for (int j = 0; j < m; j++) {
            start[source[j] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] next = Arrays.copyOf(start, n);
        long[] packed = new long[m];
        Int2IntOpenHashMap longDelays = new Int2IntOpenHashMap();
        int maxDelay = 0;
        for (int j = 0; j < m; j++) {
            int p = next[source[j]]++;
            packed[p] = Network.pack(target[j], delay[j], weight[j]);
            if (delay[j] >= Network.DELAY_ESCAPE) {
                longDelays.put(p, delay[j]);
            }
            maxDelay = Math.max(maxDelay, delay[j]);
        }
        source = target = delay = null;
        weight = null;
        longDelays.trim();
        return new Network(types, Arrays.copyOf(typeOf, n), start, packed, longDelays,
                Arrays.copyOf(palette, paletteIndex.size()), maxDelay);
    }

    private void checkInputBounds(int n, int m) {
        long[] absIn = new long[n];
        for (int j = 0; j < m; j++) {
            absIn[target[j]] += Math.abs((long) palette[weight[j]]);
        }
        for (int i = 0; i < n; i++) {
            if (absIn[i] > Network.MAX_ABS_INPUT) {
                throw new IllegalArgumentException("neuron " + i + " receives a total |weight| of " + absIn[i]
                        + ", above the limit " + Network.MAX_ABS_INPUT + " that keeps one step's input exact in an int: "
                        + "scale the weights down or spread the input over relay neurons");
            }
        }
    }

    private int indexOf(NeuronType type) {
        Integer index = typeIndex.get(type);
        if (index != null) {
            return index;
        }
        if (types.size() == MAX_TYPES) {
            throw new IllegalArgumentException("a network holds at most " + MAX_TYPES
                    + " distinct neuron types: share types between neurons");
        }
        types.add(type);
        typeIndex.put(type, types.size() - 1);
        return types.size() - 1;
    }

    private void checkNeuron(String role, int id) {
        if (id < 0 || id >= neurons) {
            throw new IllegalArgumentException("synapse " + role + " " + id + " is not a neuron of this network"
                    + (neurons == 0 ? " (it has no neurons yet)" : " (ids are 0.." + (neurons - 1) + ")")
                    + ": add the neuron before its synapses");
        }
    }

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("this builder has already built its network: start a new builder");
        }
    }

    private static int grow(int current, int needed) {
        long n = Math.max(needed, current + (current >> 1) + 16L);
        return (int) Math.min(n, MAX_ELEMENTS);
    }
}
