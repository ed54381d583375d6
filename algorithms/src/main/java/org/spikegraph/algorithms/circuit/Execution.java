package org.spikegraph.algorithms.circuit;

import java.util.Objects;
import org.spikegraph.substrate.run.Run;

/**
 * What running a {@link Program} gave: the answer, the runs' summed activity, and the time the host
 * spent decoding (and, for a host loop, deciding the next round).
 *
 * @param answer      the answer
 * @param totals      how many runs, the largest network, summed activity and simulation time
 * @param decodeNanos wall time of decoding and host work between runs
 * @param lastRun     the last run (for a single circuit: its run, with what its recording asked for);
 *                    null when the program made no run
 * @param <A>         the answer type
 */
public record Execution<A>(A answer, RunTotals totals, long decodeNanos, Run lastRun) {

    /** Checks that the answer and totals are there. */
    public Execution {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(totals, "totals");
    }
}
