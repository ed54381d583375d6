package org.spikegraph.algorithms.brick;

/**
 * A port of a placed brick: where its neurons are in the composed network. Decoders and stimuli
 * address neurons through it ({@link #id}), never by adding offsets themselves. A port is a range
 * of the brick's neurons, or a selection of another port's neurons ({@link BrickScope#select}).
 *
 * @param instance the placed brick
 * @param port     the port
 * @param first    global id of the port's neuron 0 (of the selected port's neuron 0 for a selection)
 * @param selected for a selection, the selected port's local index of each of its neurons; else null
 */
public record PortRef(Placed instance, Port port, int first, int[] selected) {

    /** A range port. */
    public PortRef(Placed instance, Port port, int first) {
        this(instance, port, first, null);
    }

    /** @return the port's size */
    public int size() {
        return port.size();
    }

    /**
     * @return the global id of the port's neuron {@code i}
     * @throws IndexOutOfBoundsException naming the brick and port when {@code i} is outside 0..size-1
     */
    public int id(int i) {
        if (i < 0 || i >= port.size()) {
            throw new IndexOutOfBoundsException("neuron " + i + " is not in port " + this + " (0.." + (port.size() - 1) + ")");
        }
        return selected == null ? first + i : first + selected[i];
    }

    /** @return the global ids of every neuron of the port, in local order */
    public int[] all() {
        int[] all = new int[port.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = id(i);
        }
        return all;
    }

    /** @return the global ids of the given local indices (none for none) */
    public int[] ids(int... local) {
        int[] ids = new int[local.length];
        for (int k = 0; k < local.length; k++) {
            ids[k] = id(local[k]);
        }
        return ids;
    }

    /** @return the values of {@code perNeuron} (indexed by global id, e.g. first spike times) for this port's neurons */
    public long[] slice(long[] perNeuron) {
        if (selected == null) {
            return java.util.Arrays.copyOfRange(perNeuron, first, first + port.size());
        }
        long[] out = new long[port.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = perNeuron[first + selected[i]];
        }
        return out;
    }

    /** @return as {@link #slice(long[])} for per-neuron ints (spike counts, final potentials) */
    public int[] slice(int[] perNeuron) {
        int[] out = new int[port.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = perNeuron[id(i)];
        }
        return out;
    }

    @Override
    public String toString() {
        return instance.name() + "." + port.name();
    }
}
