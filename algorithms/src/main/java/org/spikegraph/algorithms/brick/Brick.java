package org.spikegraph.algorithms.brick;

/**
 * A reusable sub-circuit: it declares its ports and wires its own neurons through a
 * {@link BrickScope}, which addresses them only by port and local index. A brick is a description;
 * {@link Composer#add} places it.
 */
public interface Brick {

    /** @return the kind of brick, for messages (e.g. "wavefront") */
    String kind();

    /** @return what the brick guarantees about its neurons; checked by the composer */
    Assumptions assumptions();

    /**
     * Declares the brick's ports (in order: their neurons are laid out in declaration order) and its
     * internal synapses.
     */
    void build(BrickScope scope);
}
