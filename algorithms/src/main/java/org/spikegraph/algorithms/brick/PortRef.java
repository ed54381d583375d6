package org.spikegraph.algorithms.brick;

/**
 * A port of a placed brick: where its neurons are in the composed network. Decoders and stimuli
 * address neurons through it ({@link #id}), never by adding offsets themselves.
 *
 * @param instance the placed brick
 * @param port     the port
 * @param first    global id of the port's neuron 0
 */
public record PortRef(Placed instance, Port port, int first) {

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
        return first + i;
    }

    /** @return the global ids of every neuron of the port, in local order */
    public int[] all() {
        int[] all = new int[port.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = first + i;
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
        return java.util.Arrays.copyOfRange(perNeuron, first, first + port.size());
    }

    @Override
    public String toString() {
        return instance.name() + "." + port.name();
    }
}
