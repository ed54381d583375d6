package org.spikegraph.bench.problem;

import org.spikegraph.substrate.network.Network;

/**
 * What a run's progress counts when a spec knows better than the step bound ({@link ProblemSpec#work}):
 * the spikes of marked neurons, against the count a complete run reaches. A progress display reads it
 * from a spike sink, so it costs one array read per spike.
 *
 * @param unit      what is counted, in words, e.g. "walkers ended"
 * @param total     the count when the run is complete (&ge; 1)
 * @param counted   per neuron id, whether its spikes count (ids beyond the array do not)
 * @param firstOnly count each marked neuron's first spike only (a wavefront's vertices reached), else every spike
 */
public record WorkMeasure(String unit, long total, boolean[] counted, boolean firstOnly) {

    /** Checks the total. */
    public WorkMeasure {
        if (total < 1) {
            throw new IllegalArgumentException("a work measure needs a total >= 1, got " + total);
        }
    }

    /**
     * Every spike of a neuron without outgoing synapses: in a walker circuit, where a walker's walk ends
     * (it spikes once there and goes nowhere), so a complete run counts exactly {@code walkers}.
     */
    public static WorkMeasure walkEnds(Network network, long walkers) {
        boolean[] end = new boolean[network.neuronCount()];
        for (int v = 0; v < end.length; v++) {
            end[v] = network.outDegree(v) == 0;
        }
        return new WorkMeasure("walkers ended", walkers, end, false);
    }

    /** The first spike of each of the neurons {@code 0..reached.length - 1} marked in {@code reached}: a wavefront's vertices. */
    public static WorkMeasure verticesReached(boolean[] reached) {
        long total = 0;
        for (boolean r : reached) {
            total += r ? 1 : 0;
        }
        return new WorkMeasure("vertices reached", Math.max(1, total), reached, true);
    }
}
