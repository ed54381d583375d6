package org.spikegraph.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.spikegraph.substrate.run.Run;

/**
 * The dynamic state of one partition after a superstep: potential, first spike and spike count of
 * each neuron, and the pending inbox. Immutable once made (Spark may recompute or reuse it): a
 * superstep copies only the {@link #CHUNK}-neuron blocks it changes and shares the others with the
 * previous state, so an idle stretch of the graph costs nothing per superstep.
 */
final class PartState implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Neurons per copy-on-write block. */
    static final int CHUNK = 1024;

    final int[][] v;
    final long[][] first;
    final int[][] count;
    final Events inbox;

    PartState(int[][] v, long[][] first, int[][] count, Events inbox) {
        this.v = v;
        this.first = first;
        this.count = count;
        this.inbox = inbox;
    }

    /** All neurons at rest (potential 0, never spiked) with the given inbox. */
    static PartState initial(int neurons, Events inbox) {
        int blocks = (neurons + CHUNK - 1) / CHUNK;
        int[][] v = new int[blocks][];
        long[][] first = new long[blocks][];
        int[][] count = new int[blocks][];
        for (int b = 0; b < blocks; b++) {
            int len = Math.min(CHUNK, neurons - b * CHUNK);
            v[b] = new int[len];
            first[b] = new long[len];
            Arrays.fill(first[b], Run.NEVER);
            count[b] = new int[len];
        }
        return new PartState(v, first, count, inbox);
    }
}
