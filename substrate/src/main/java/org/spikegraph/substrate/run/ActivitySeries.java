package org.spikegraph.substrate.run;

import java.util.Arrays;

/**
 * The per-step activity of a run, sparse: one entry per active step (a step in which at least one
 * neuron was updated), in step order.
 */
public final class ActivitySeries {

    private long[] step = new long[16];
    private int[] spikes = new int[16];
    private long[] synapticEvents = new long[16];
    private int[] neuronUpdates = new int[16];
    private int size;

    /** Appends one active step; steps must increase. */
    public void add(long t, int spikeCount, long events, int updates) {
        if (size > 0 && t <= step[size - 1]) {
            throw new IllegalArgumentException("steps must increase: " + t + " after " + step[size - 1]);
        }
        if (size == step.length) {
            int cap = size * 2;
            step = Arrays.copyOf(step, cap);
            spikes = Arrays.copyOf(spikes, cap);
            synapticEvents = Arrays.copyOf(synapticEvents, cap);
            neuronUpdates = Arrays.copyOf(neuronUpdates, cap);
        }
        step[size] = t;
        spikes[size] = spikeCount;
        synapticEvents[size] = events;
        neuronUpdates[size] = updates;
        size++;
    }

    /** Number of active steps recorded. */
    public int size() {
        return size;
    }

    public long step(int k) {
        return step[k];
    }

    public int spikes(int k) {
        return spikes[k];
    }

    public long synapticEvents(int k) {
        return synapticEvents[k];
    }

    public int neuronUpdates(int k) {
        return neuronUpdates[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivitySeries s && s.size == size
                && Arrays.equals(s.step, 0, size, step, 0, size)
                && Arrays.equals(s.spikes, 0, size, spikes, 0, size)
                && Arrays.equals(s.synapticEvents, 0, size, synapticEvents, 0, size)
                && Arrays.equals(s.neuronUpdates, 0, size, neuronUpdates, 0, size);
    }

    @Override
    public int hashCode() {
        int h = size;
        for (int k = 0; k < size; k++) {
            h = h * 31 + Long.hashCode(step[k] * 7 + synapticEvents[k]) + spikes[k] * 13 + neuronUpdates[k];
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ActivitySeries[");
        for (int k = 0; k < Math.min(size, 10); k++) {
            sb.append(k == 0 ? "" : ", ").append("t=").append(step[k]).append(" s=").append(spikes[k])
                    .append(" e=").append(synapticEvents[k]).append(" u=").append(neuronUpdates[k]);
        }
        return sb.append(size > 10 ? ", ... " + size + " steps]" : "]").toString();
    }
}
