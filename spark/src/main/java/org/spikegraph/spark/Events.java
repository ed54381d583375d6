package org.spikegraph.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Input for the neurons of one partition, each stamped with its arrival step: synaptic events
 * (a weight), stimulus currents and forced spikes. Used both as a partition's pending inbox and as
 * the mail one partition sends another in a superstep. Growable parallel arrays.
 */
final class Events implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A synaptic event: counts as one in {@code synapticEvents}. */
    static final byte SYNAPTIC = 0;
    /** A stimulus current. */
    static final byte CURRENT = 1;
    /** A stimulus entry that forces a spike (and adds its current). */
    static final byte FORCED = 2;

    int[] local;
    long[] time;
    long[] amount;
    byte[] kind;
    int size;

    Events(int capacity) {
        int c = Math.max(1, capacity);
        local = new int[c];
        time = new long[c];
        amount = new long[c];
        kind = new byte[c];
    }

    /** Appends an entry and returns its index. */
    int add(int neuron, long step, long value, byte k) {
        if (size == local.length) {
            int c = 2 * size;
            local = Arrays.copyOf(local, c);
            time = Arrays.copyOf(time, c);
            amount = Arrays.copyOf(amount, c);
            kind = Arrays.copyOf(kind, c);
        }
        local[size] = neuron;
        time[size] = step;
        amount[size] = value;
        kind[size] = k;
        return size++;
    }

    void addAll(Events other) {
        for (int e = 0; e < other.size; e++) {
            add(other.local[e], other.time[e], other.amount[e], other.kind[e]);
        }
    }

    /** The earliest arrival, or {@link Long#MAX_VALUE} when empty. */
    long minTime() {
        long m = Long.MAX_VALUE;
        for (int e = 0; e < size; e++) {
            m = Math.min(m, time[e]);
        }
        return m;
    }
}
