package org.spikegraph.substrate.stimulus;

import java.util.Arrays;

/**
 * External input to a run: forced spikes and stimulus currents, each at a given neuron and step.
 *
 * <p>A forced spike at (i, t) makes neuron i spike at step t whatever its potential, unless i is
 * refractory at t (a refractory neuron cannot fire; the forced spike is dropped like any input). A
 * current at (i, t) is added to i's potential in step 3, together with its synaptic input. Several
 * currents at the same (i, t) add up exactly.
 *
 * <p>Entries are kept sorted by step, then neuron, one entry per (step, neuron): {@link #size()},
 * {@link #step(int)}, {@link #neuron(int)}, {@link #current(int)}, {@link #forced(int)}.
 */
public final class Stimulus {

    private static final Stimulus NONE = new Stimulus(new long[0], new int[0], new long[0], new boolean[0]);

    private final long[] step;
    private final int[] neuron;
    private final long[] current;
    private final boolean[] forced;

    private Stimulus(long[] step, int[] neuron, long[] current, boolean[] forced) {
        this.step = step;
        this.neuron = neuron;
        this.current = current;
        this.forced = forced;
    }

    /** No external input. */
    public static Stimulus none() {
        return NONE;
    }

    /** Forced spikes of the given neurons at one step. */
    public static Stimulus spikes(long step, int... neurons) {
        Builder b = builder();
        for (int i : neurons) {
            b.spike(i, step);
        }
        return b.build();
    }

    /** A builder for a stimulus. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of (step, neuron) entries. */
    public int size() {
        return step.length;
    }

    /** The step of entry k; entries are sorted by step, then neuron. */
    public long step(int k) {
        return step[k];
    }

    /** The neuron of entry k. */
    public int neuron(int k) {
        return neuron[k];
    }

    /** The total current of entry k (0 if none). */
    public long current(int k) {
        return current[k];
    }

    /** Whether entry k forces a spike. */
    public boolean forced(int k) {
        return forced[k];
    }

    /** The last step with input, or -1 when there is none. */
    public long lastStep() {
        return step.length == 0 ? -1 : step[step.length - 1];
    }

    /**
     * Checks that every neuron id exists in a network of {@code neuronCount} neurons.
     *
     * @throws IllegalArgumentException naming the first unknown neuron
     */
    public void checkNeurons(int neuronCount) {
        for (int k = 0; k < neuron.length; k++) {
            if (neuron[k] >= neuronCount) {
                throw new IllegalArgumentException("stimulus at step " + step[k] + " targets neuron " + neuron[k]
                        + " but the network has " + neuronCount + " neurons (ids 0.." + (neuronCount - 1) + ")");
            }
        }
    }

    /** Collects forced spikes and currents in any order. */
    public static final class Builder {
        private long[] step = new long[8];
        private int[] neuron = new int[8];
        private long[] current = new long[8];
        private boolean[] forced = new boolean[8];
        private int size;

        private Builder() {}

        /** Forces neuron {@code neuron} to spike at {@code step} (unless it is refractory then). */
        public Builder spike(int neuron, long step) {
            add(neuron, step, 0, true);
            return this;
        }

        /** Adds {@code amount} to neuron {@code neuron}'s input at {@code step}. */
        public Builder current(int neuron, long step, int amount) {
            add(neuron, step, amount, false);
            return this;
        }

        private void add(int n, long t, long amount, boolean force) {
            if (n < 0) {
                throw new IllegalArgumentException("stimulus neuron must be >= 0, got " + n);
            }
            if (t < 0) {
                throw new IllegalArgumentException("stimulus step must be >= 0, got " + t);
            }
            if (size == step.length) {
                int cap = size * 2;
                step = Arrays.copyOf(step, cap);
                neuron = Arrays.copyOf(neuron, cap);
                current = Arrays.copyOf(current, cap);
                forced = Arrays.copyOf(forced, cap);
            }
            step[size] = t;
            neuron[size] = n;
            current[size] = amount;
            forced[size] = force;
            size++;
        }

        /** Sorts the entries by (step, neuron) and merges those at the same (step, neuron). */
        public Stimulus build() {
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> step[a] != step[b] ? Long.compare(step[a], step[b])
                    : Integer.compare(neuron[a], neuron[b]));
            long[] s = new long[size];
            int[] n = new int[size];
            long[] c = new long[size];
            boolean[] f = new boolean[size];
            int out = -1;
            for (int k = 0; k < size; k++) {
                int e = order[k];
                if (out < 0 || s[out] != step[e] || n[out] != neuron[e]) {
                    out++;
                    s[out] = step[e];
                    n[out] = neuron[e];
                }
                c[out] += current[e];
                f[out] |= forced[e];
            }
            int len = out + 1;
            return new Stimulus(Arrays.copyOf(s, len), Arrays.copyOf(n, len), Arrays.copyOf(c, len), Arrays.copyOf(f, len));
        }
    }
}
