package org.spikegraph.bench.cli;

/** Refuses, before any work, a circuit and JGraphT copy that would not fit in this JVM's heap. */
final class MemoryCheck {

    /** Bytes per synapse and per neuron while compiling and running (builder, network, engine). */
    private static final long BYTES_PER_SYNAPSE = 40;
    private static final long BYTES_PER_NEURON = 48;
    /** A JGraphT graph for validation: bytes per edge and per vertex. */
    private static final long JGRAPHT_BYTES_PER_EDGE = 250;
    private static final long JGRAPHT_BYTES_PER_VERTEX = 150;

    private MemoryCheck() {}

    /**
     * Checks that a circuit of {@code neurons} and {@code synapses} and a JGraphT copy of a graph of
     * {@code vertices} and {@code arcs} fit in the free heap.
     *
     * @throws UserInputException naming the sizes, the need and the heap to ask for
     */
    static void require(String problem, long neurons, long synapses, long vertices, long arcs) {
        long need = neurons * BYTES_PER_NEURON + synapses * BYTES_PER_SYNAPSE + JGRAPHT_BYTES_PER_EDGE * arcs
                + JGRAPHT_BYTES_PER_VERTEX * vertices;
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > free) {
            throw new UserInputException(String.format("the %s circuit (%,d neurons, %,d synapses) and its JGraphT check "
                    + "need about %,d MiB but this JVM has %,d MiB free: raise the heap, e.g. SPIKEGRAPH_JAVA_OPTS=-Xmx%dg",
                    problem, neurons, synapses, need >> 20, free >> 20, Math.max(2, (need >> 30) * 2 + 2)));
        }
    }
}
