package org.spikegraph.substrate.network;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.Arrays;
import java.util.List;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * Writes a network of one neuron type straight into its final compressed rows, for compilers that
 * know the neuron and synapse counts up front (the shortest-path wavefront): rows in source order,
 * each synapse packed once into the array the network keeps. Unlike {@link NetworkBuilder} there is
 * no intermediate per-synapse storage and no sort: besides the network's own arrays (8 bytes per
 * synapse, 6 per neuron) a build allocates nothing that grows with the synapses, unless some delay
 * is {@link Network#DELAY_ESCAPE} or more (then a side-table entry each, as in the builder).
 *
 * <p>The network is the one {@link NetworkBuilder} makes from the same neurons (all of the one type)
 * and the same synapses added in the same order. Every bad input is an
 * {@link IllegalArgumentException} that says what to change: a target outside the network, a delay
 * below 1, a weight index outside the palette, more rows or synapses than declared, a build before
 * every row and synapse was written, or a neuron whose total incoming |weight| exceeds
 * {@link Network#MAX_ABS_INPUT}.
 */
public final class RowWriter {

    private final NeuronType type;
    private final int neurons;
    private final int[] palette;
    private final int[] rowStart;
    private final long[] synapse;
    private Int2IntOpenHashMap longDelays;
    private int row;
    private int count;
    private int maxDelay;
    private boolean built;

    private RowWriter(NeuronType type, int neurons, int synapses, int[] palette) {
        this.type = type;
        this.neurons = neurons;
        this.palette = palette;
        this.rowStart = new int[neurons + 1];
        this.synapse = new long[synapses];
    }

    /**
     * A writer for {@code neurons} neurons of {@code type} and exactly {@code synapses} synapses whose
     * weights are {@code weights[weightIndex]}.
     *
     * @param weights the distinct weights (at most {@link Network#MAX_DISTINCT_WEIGHTS}); copied
     */
    public static RowWriter of(NeuronType type, int neurons, int synapses, int... weights) {
        if (type == null) {
            throw new IllegalArgumentException("neuron type must not be null");
        }
        if (neurons < 0 || neurons > NetworkBuilder.MAX_ELEMENTS) {
            throw new IllegalArgumentException("neuron count must be in 0.." + NetworkBuilder.MAX_ELEMENTS + ", got " + neurons
                    + ": split the problem into several networks");
        }
        if (synapses < 0 || synapses > NetworkBuilder.MAX_ELEMENTS) {
            throw new IllegalArgumentException("synapse count must be in 0.." + NetworkBuilder.MAX_ELEMENTS + ", got " + synapses
                    + ": split the problem into several networks");
        }
        if (weights.length > Network.MAX_DISTINCT_WEIGHTS) {
            throw new IllegalArgumentException(weights.length + " weights: a network holds at most "
                    + Network.MAX_DISTINCT_WEIGHTS + " distinct weights; quantize the weights");
        }
        int[] sorted = weights.clone();
        Arrays.sort(sorted);
        for (int k = 1; k < sorted.length; k++) {
            if (sorted[k] == sorted[k - 1]) {
                throw new IllegalArgumentException("weight " + sorted[k] + " is listed twice: give each distinct weight once");
            }
        }
        return new RowWriter(type, neurons, synapses, weights.clone());
    }

    /**
     * Adds a synapse from the current row's neuron (rows start at neuron 0; see {@link #endRow}):
     * a spike at step t adds {@code weights[weightIndex]} to {@code target}'s input at t + {@code delay}.
     */
    public void synapse(int target, int weightIndex, int delay) {
        if (target < 0 || target >= neurons || delay < 1 || weightIndex < 0 || weightIndex >= palette.length
                || count == synapse.length || row == neurons) {
            throw refuse(target, weightIndex, delay);
        }
        synapse[count] = Network.pack(target, delay, weightIndex);
        if (delay >= Network.DELAY_ESCAPE) {
            if (longDelays == null) {
                longDelays = new Int2IntOpenHashMap();
            }
            longDelays.put(count, delay);
        }
        if (delay > maxDelay) {
            maxDelay = delay;
        }
        count++;
    }

    /** Closes the current row: the next synapses leave the next neuron. */
    public void endRow() {
        if (row == neurons) {
            throw new IllegalArgumentException("all " + neurons + " rows are already written");
        }
        rowStart[++row] = count;
    }

    /**
     * The network; the writer cannot be used afterwards.
     *
     * @throws IllegalArgumentException if rows or synapses are missing, or some neuron's total incoming
     *                                  |weight| exceeds {@link Network#MAX_ABS_INPUT}
     */
    public Network build() {
        if (built) {
            throw new IllegalStateException("this writer has already built its network: start a new writer");
        }
        if (row != neurons || count != synapse.length) {
            throw new IllegalArgumentException("the network was declared with " + neurons + " neurons and " + synapse.length
                    + " synapses, but " + row + " rows and " + count + " synapses were written");
        }
        built = true;
        checkInputBounds();
        Int2IntOpenHashMap far = longDelays == null ? new Int2IntOpenHashMap(0) : longDelays;
        far.trim();
        return new Network(List.of(type), new short[neurons], rowStart, synapse, far, palette, maxDelay);
    }

    /** The input bound, checked per neuron only when synapses &times; max|weight| could exceed it. */
    private void checkInputBounds() {
        long maxAbs = 0;
        for (int w : palette) {
            maxAbs = Math.max(maxAbs, Math.abs((long) w));
        }
        if (maxAbs * synapse.length <= Network.MAX_ABS_INPUT) {
            return;
        }
        long[] absIn = new long[neurons];
        for (long y : synapse) {
            absIn[Network.packedTarget(y)] += Math.abs((long) palette[Network.packedWeightIndex(y)]);
        }
        for (int i = 0; i < neurons; i++) {
            if (absIn[i] > Network.MAX_ABS_INPUT) {
                throw new IllegalArgumentException("neuron " + i + " receives a total |weight| of " + absIn[i]
                        + ", above the limit " + Network.MAX_ABS_INPUT + " that keeps one step's input exact in an int: "
                        + "scale the weights down or spread the input over relay neurons");
            }
        }
    }

    private IllegalArgumentException refuse(int target, int weightIndex, int delay) {
        if (row == neurons) {
            return new IllegalArgumentException("all " + neurons + " rows are already written: no neuron left to add a synapse to");
        }
        if (count == synapse.length) {
            return new IllegalArgumentException("more synapses than the " + synapse.length + " declared");
        }
        if (target < 0 || target >= neurons) {
            return new IllegalArgumentException("synapse " + row + " -> " + target + ": the target is not a neuron of this network"
                    + (neurons == 0 ? " (it has no neurons)" : " (ids are 0.." + (neurons - 1) + ")"));
        }
        if (delay < 1) {
            return new IllegalArgumentException("synapse " + row + " -> " + target + " has delay " + delay
                    + ": delays are whole steps >= 1 (a spike is delivered at the earliest in the next step)");
        }
        return new IllegalArgumentException("synapse " + row + " -> " + target + " has weight index " + weightIndex
                + ", outside the palette of " + palette.length + " weights");
    }
}
