package org.spikegraph.algorithms.brick;

/**
 * Which neurons of an output port connect to which of an input port, with what weight and delay.
 * Link {@code k} runs from local neuron {@code from[k]} to local neuron {@code to[k]}.
 */
public final class Links {

    private final int[] from;
    private final int[] to;
    private final int[] weight;
    private final int[] delay;
    private final int count;

    private Links(int[] from, int[] to, int[] weight, int[] delay, int count) {
        this.from = from;
        this.to = to;
        this.weight = weight;
        this.delay = delay;
        this.count = count;
    }

    /** Neuron i to neuron i, for every i of a port of {@code size}. */
    public static Links oneToOne(int size, int weight, int delay) {
        int[] idx = new int[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        return new Links(idx, idx, new int[] {weight}, new int[] {delay}, size);
    }

    /** Every neuron of an output port of {@code fromSize} to every neuron of an input port of {@code toSize}. */
    public static Links allToAll(int fromSize, int toSize, int weight, int delay) {
        int count = Math.multiplyExact(fromSize, toSize);
        int[] f = new int[count];
        int[] t = new int[count];
        for (int i = 0, k = 0; i < fromSize; i++) {
            for (int j = 0; j < toSize; j++, k++) {
                f[k] = i;
                t[k] = j;
            }
        }
        return new Links(f, t, new int[] {weight}, new int[] {delay}, count);
    }

    /** An explicit list: {@code from[k] -> to[k]}, all of one weight and delay. */
    public static Links arcs(int[] from, int[] to, int weight, int delay) {
        return arcs(from, to, new int[] {weight}, new int[] {delay});
    }

    /**
     * An explicit list: {@code from[k] -> to[k]} with weight {@code weights[k]} and delay
     * {@code delays[k]}; an array of length 1 gives every link the same value.
     */
    public static Links arcs(int[] from, int[] to, int[] weights, int[] delays) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("links need as many sources as targets, got " + from.length + " and " + to.length);
        }
        for (int[] per : new int[][] {weights, delays}) {
            if (per.length != 1 && per.length != from.length) {
                throw new IllegalArgumentException("give one weight (delay) or one per link, got " + per.length
                        + " for " + from.length + " links");
            }
        }
        return new Links(from.clone(), to.clone(), weights.clone(), delays.clone(), from.length);
    }

    /** @return how many links */
    public int count() {
        return count;
    }

    /** @return the source index of link k */
    public int from(int k) {
        return from[k];
    }

    /** @return the target index of link k */
    public int to(int k) {
        return to[k];
    }

    /** @return the weight of link k */
    public int weight(int k) {
        return weight.length == 1 ? weight[0] : weight[k];
    }

    /** @return the delay of link k */
    public int delay(int k) {
        return delay.length == 1 ? delay[0] : delay[k];
    }
}
