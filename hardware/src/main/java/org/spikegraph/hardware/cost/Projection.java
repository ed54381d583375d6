package org.spikegraph.hardware.cost;

import java.util.List;
import java.util.Map;

/**
 * What a run would cost on a chip. With several cost sets (Loihi) {@code seconds} and
 * {@code joules} come from the primary set and low/high span all sets; with one set all three agree.
 *
 * @param hardware      profile name
 * @param seconds       projected time, primary set
 * @param secondsLow    lowest time over the cost sets
 * @param secondsHigh   highest time over the cost sets
 * @param joules        projected energy, primary set
 * @param joulesLow     lowest energy over the cost sets
 * @param joulesHigh    highest energy over the cost sets
 * @param cores         cores used
 * @param chips         chips used
 * @param neurons       neurons of the (legal) network
 * @param synapses      synapses of the (legal) network
 * @param stepsSpanned  steps the chip runs, idle ones included
 * @param overrunSteps  steps whose work and barrier exceed a fixed tick (0 without a tick)
 * @param breakdown     named terms: "time.*" in s and "energy.*" in J per set ("[set] ..." for other sets),
 *                      and "count.*" activity counts
 * @param assumptions   every assumption and every "not published" figure the projection used
 */
public record Projection(String hardware, double seconds, double secondsLow, double secondsHigh, double joules,
                         double joulesLow, double joulesHigh, int cores, int chips, int neurons, long synapses,
                         long stepsSpanned, long overrunSteps, Map<String, Double> breakdown, List<String> assumptions) {

    /** Copies the collections. */
    public Projection {
        breakdown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdown));
        assumptions = List.copyOf(assumptions);
    }

    /** True when the cost sets disagree (a band). */
    public boolean isBand() {
        return secondsLow != secondsHigh || joulesLow != joulesHigh;
    }

    @Override
    public String toString() {
        return String.format("%s: %.6g s [%.6g, %.6g], %.6g J [%.6g, %.6g], %d cores, %d chips, %d steps, %d overruns",
                hardware, seconds, secondsLow, secondsHigh, joules, joulesLow, joulesHigh, cores, chips, stepsSpanned, overrunSteps);
    }
}
