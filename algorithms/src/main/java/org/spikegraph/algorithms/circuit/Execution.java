package org.spikegraph.algorithms.circuit;

import java.util.Objects;
import org.spikegraph.substrate.run.Run;

/**
 * What running a {@link Program} gave: the answer, the runs' summed activity, the time the host
 * spent decoding (and, for a host loop, deciding the next round), and the first and last runs
 * (with what their recordings asked for: a raster, first-spike times). For a single circuit both
 * are its one run.
 *
 * @param answer      the answer
 * @param totals      how many runs, the largest network, summed activity and simulation time
 * @param decodeNanos wall time of decoding and host work between runs
 * @param firstRun    the first run; null when the program made no run
 * @param lastRun     the last run; null when the program made no run
 * @param <A>         the answer type
 */
public record Execution<A>(A answer, RunTotals totals, long decodeNanos, Run firstRun, Run lastRun) {

    /** Checks that the answer and totals are there. */
    public Execution {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(totals, "totals");
    }
}
