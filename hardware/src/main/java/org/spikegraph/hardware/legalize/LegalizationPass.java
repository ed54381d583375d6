package org.spikegraph.hardware.legalize;

/**
 * One pass of {@link Legalizer}: a rewrite of the working network that makes it meet one of the chip's
 * limits without changing any spike time. {@link Legalizer} asks {@link #room} first, checks that the relays
 * it declares fit (a network and the heap), and only then calls {@link #apply}, once, on the same network.
 * An instance serves one legalization: {@link #room} may keep what it computed for {@link #apply}.
 */
interface LegalizationPass {

    /** Which pass this is. */
    PassReport.Pass pass();

    /**
     * Refuses what this pass cannot legalize when that shows without building, and counts exactly the relays
     * {@link #apply} will add; builds nothing. Null when the pass adds nothing and needs no room check.
     */
    Room room(WorkingNetwork net, ChipLimits limits);

    /** Rewrites {@code net} so that it meets this pass's limit; called right after {@link #room}. */
    PassReport apply(WorkingNetwork net, ChipLimits limits);

    /**
     * Relays a pass will add, with the words of a refusal: {@code what} needs them (naming the limit) and
     * {@code change} says what to change.
     */
    record Room(long neurons, long synapses, String what, String change) {}
}
