package org.spikegraph.algorithms.export;

import java.util.Arrays;
import java.util.Objects;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.substrate.run.Run;

/**
 * How an exported circuit's answer is read from first-spike times, as data a peer simulator can
 * apply: the value of item i is {@code (T(neurons[i]) - offset) / divisor} (integer division) when
 * neuron {@code neurons[i]} spikes first at step T, and nothing when it never spikes. The sum over
 * the items that spiked is the figure every export prints (e.g. the sum of distances).
 *
 * @param quantity what a value is, e.g. "distance"
 * @param neurons  the neuron read for each item (e.g. vertex v's neuron at index v)
 * @param offset   subtracted from the first-spike step
 * @param divisor  the step count of one unit, &ge; 1
 */
public record Readout(String quantity, int[] neurons, long offset, long divisor) {

    /** Checks the fields. */
    public Readout {
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.isBlank() || !quantity.matches("[A-Za-z0-9 _-]+")) {
            throw new IllegalArgumentException("readout quantity must be a plain name (letters, digits, ' ', '_', '-'), got '"
                    + quantity + "'");
        }
        neurons = neurons.clone();
        for (int i : neurons) {
            if (i < 0) {
                throw new IllegalArgumentException("readout neuron ids must be >= 0, got " + i);
            }
        }
        if (offset < 0) {
            throw new IllegalArgumentException("readout offset must be >= 0, got " + offset);
        }
        if (divisor < 1) {
            throw new IllegalArgumentException("readout divisor must be >= 1, got " + divisor);
        }
    }

    /** The first-spike step of each of the first {@code neuronCount} neurons, as it is. */
    public static Readout firstSpikes(int neuronCount) {
        int[] all = new int[neuronCount];
        Arrays.setAll(all, i -> i);
        return new Readout("first spike", all, 0, 1);
    }

    /**
     * Distances of a shortest-path circuit: vertex v is neuron v of {@link ShortestPathCompiler#network()}
     * and its first-spike time holds its distance ({@link DelayEncoding#distance}).
     *
     * @throws IllegalArgumentException for the resolution encoding, whose distances are re-weighed on the host
     */
    public static Readout shortestPaths(ShortestPathCompiler compiler) {
        DelayEncoding e = compiler.encoding();
        if (!e.exact()) {
            throw new IllegalArgumentException("a resolution-encoded circuit (" + e + ") re-weighs its distances on the host:"
                    + " export it with Readout.firstSpikes, or use integer weights");
        }
        int[] vertex = new int[compiler.graph().vertexCount()];
        Arrays.setAll(vertex, v -> v);
        return new Readout("distance", vertex, 0, e.kind() == DelayEncoding.Kind.ZERO_SCALED ? e.scale() : 1);
    }

    /**
     * Distances of a hop-bounded circuit ({@link org.spikegraph.algorithms.shortestpath.HopBoundedCompiler})
     * with at most {@code k} arcs on an {@code n}-vertex graph: layer k's neuron of vertex v is
     * {@code k * n + v}, and it first spikes at the distance plus k.
     */
    public static Readout hopBounded(int n, int k) {
        int[] last = new int[n];
        Arrays.setAll(last, v -> k * n + v);
        return new Readout("distance", last, k, 1);
    }

    /** The value of item i in a run's first-spike times, or -1 when its neuron never spiked. */
    public long value(long[] firstSpikes, int i) {
        long t = firstSpikes[neurons[i]];
        return t == Run.NEVER ? -1 : (t - offset) / divisor;
    }

    /** The sum of the values of the items that spiked. */
    public long sum(long[] firstSpikes) {
        long sum = 0;
        for (int i = 0; i < neurons.length; i++) {
            long v = value(firstSpikes, i);
            if (v >= 0) {
                sum += v;
            }
        }
        return sum;
    }

    /** Checks every neuron id against a network of {@code neuronCount} neurons. */
    public void checkNeurons(int neuronCount) {
        for (int i : neurons) {
            if (i >= neuronCount) {
                throw new IllegalArgumentException("readout names neuron " + i + " but the network has " + neuronCount + " neurons");
            }
        }
    }

    /** The neuron of each item (a copy). */
    @Override
    public int[] neurons() {
        return neurons.clone();
    }

    /** The neuron of item i. */
    public int neuron(int i) {
        return neurons[i];
    }

    /** The number of items. */
    public int size() {
        return neurons.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Readout r && r.quantity.equals(quantity) && Arrays.equals(r.neurons, neurons)
                && r.offset == offset && r.divisor == divisor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(quantity, offset, divisor) * 31 + Arrays.hashCode(neurons);
    }

    @Override
    public String toString() {
        return "Readout[" + quantity + " of " + neurons.length + " neurons, (T - " + offset + ") / " + divisor + "]";
    }
}
