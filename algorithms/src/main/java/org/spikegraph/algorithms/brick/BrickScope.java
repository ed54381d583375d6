package org.spikegraph.algorithms.brick;

import java.util.function.IntFunction;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * What a brick sees while it builds: it declares ports (their neurons are added in declaration
 * order) and wires synapses between its own ports by local index. It cannot reach another brick's
 * neurons; connections between bricks are the composer's.
 */
public final class BrickScope {

    private final NetworkBuilder builder;
    private final Placed placed;

    BrickScope(NetworkBuilder builder, Placed placed) {
        this.builder = builder;
        this.placed = placed;
    }

    /** Declares a port of {@code size} neurons of one type. */
    public PortRef port(String name, Port.Direction direction, NeuronType type, int size) {
        PortRef ref = placed.add(new Port(name, size, direction), false);
        builder.neurons(type, size);
        return ref;
    }

    /** Declares a port of {@code size} neurons, neuron {@code i} of type {@code type.apply(i)}. */
    public PortRef port(String name, Port.Direction direction, int size, IntFunction<NeuronType> type) {
        PortRef ref = placed.add(new Port(name, size, direction), false);
        for (int i = 0; i < size; i++) {
            builder.neuron(type.apply(i));
        }
        return ref;
    }

    /**
     * Declares a port that names chosen neurons of one of this brick's range ports (e.g. the queue
     * neuron of each vertex among a layer's neurons): its neuron i is {@code of}'s neuron
     * {@code locals[i]}. It adds no neurons.
     */
    public PortRef select(String name, Port.Direction direction, PortRef of, int[] locals) {
        return placed.select(new Port(name, locals.length, direction), of, locals);
    }

    /** Declares the brick's done neuron: one neuron, port "done", that spikes when the brick has finished. */
    public PortRef done(NeuronType type) {
        PortRef ref = placed.add(new Port("done", 1, Port.Direction.OUT), true);
        builder.neuron(type);
        return ref;
    }

    /** A synapse from neuron {@code i} of {@code from} to neuron {@code j} of {@code to}, both ports of this brick. */
    public void synapse(PortRef from, int i, PortRef to, int j, int weight, int delay) {
        own(from);
        own(to);
        builder.synapse(from.id(i), to.id(j), weight, delay);
    }

    private void own(PortRef port) {
        if (port.instance() != placed) {
            throw new IllegalArgumentException("brick " + placed + " wires port " + port
                    + " of another brick: connect bricks with Composer.connect");
        }
    }
}
