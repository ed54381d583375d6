package org.spikegraph.algorithms.brick;

/**
 * A named range of a brick's neurons that other bricks connect to or decoders read.
 *
 * @param name      the name, unique within its brick (e.g. "vertex", "arc", "done")
 * @param size      how many neurons, &ge; 0
 * @param direction whether the port receives synapses from outside the brick, sends them, or both
 */
public record Port(String name, int size, Direction direction) {

    /** Which way a port may be connected from outside its brick. */
    public enum Direction {
        /** Receives synapses from other bricks. */
        IN,
        /** Sends synapses to other bricks. */
        OUT,
        /** Both. */
        IN_OUT;

        boolean sends() {
            return this != IN;
        }

        boolean receives() {
            return this != OUT;
        }
    }

    /** Checks the name and size. */
    public Port {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a port needs a name");
        }
        if (size < 0) {
            throw new IllegalArgumentException("port " + name + " has a negative size " + size);
        }
        if (direction == null) {
            throw new IllegalArgumentException("port " + name + " needs a direction");
        }
    }
}
