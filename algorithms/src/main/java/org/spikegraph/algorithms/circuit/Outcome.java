package org.spikegraph.algorithms.circuit;

import org.spikegraph.substrate.run.Run;

/**
 * A circuit's answer together with the run it came from and the time each phase took.
 *
 * @param answer        the decoded answer
 * @param run           the run (activity, recordings)
 * @param simulateNanos wall time of the engine run
 * @param decodeNanos   wall time of decoding
 * @param <A>           the answer type
 */
public record Outcome<A>(A answer, Run run, long simulateNanos, long decodeNanos) {}
