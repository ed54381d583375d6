package org.spikegraph.substrate.run;

import java.util.Arrays;

/**
 * A sparse spike raster: the (step, neuron) pairs of a run, sorted by step, then neuron.
 * Also a {@link RasterSink}, so a run can fill it as it goes.
 */
public final class SpikeRaster implements RasterSink {

    private long[] steps = new long[64];
    private int[] neurons = new int[64];
    private int size;

    @Override
    public void spike(long step, int neuron) {
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
            neurons = Arrays.copyOf(neurons, size * 2);
        }
        steps[size] = step;
        neurons[size] = neuron;
        size++;
    }

    /** Number of spikes. */
    public int size() {
        return size;
    }

    /** The step of spike k. */
    public long step(int k) {
        return steps[k];
    }

    /** The neuron of spike k. */
    public int neuron(int k) {
        return neurons[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpikeRaster r && r.size == size
                && Arrays.equals(r.steps, 0, size, steps, 0, size)
                && Arrays.equals(r.neurons, 0, size, neurons, 0, size);
    }

    @Override
    public int hashCode() {
        int h = size;
        for (int k = 0; k < size; k++) {
            h = h * 31 + Long.hashCode(steps[k]) * 17 + neurons[k];
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SpikeRaster[");
        for (int k = 0; k < Math.min(size, 20); k++) {
            sb.append(k == 0 ? "" : ", ").append(steps[k]).append(':').append(neurons[k]);
        }
        return sb.append(size > 20 ? ", ... " + size + " spikes]" : "]").toString();
    }
}
