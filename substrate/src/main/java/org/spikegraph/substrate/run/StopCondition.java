package org.spikegraph.substrate.run;

import java.util.Arrays;

/**
 * When a run ends. A run always has a step limit; it may also end on quiescence or when watched
 * neurons have spiked, whichever comes first. Conditions are checked after each step t:
 * <ol>
 *   <li>{@link StopReason#SPIKED}: any (or all, as asked) of the watched neurons has spiked at some
 *       step &le; t;</li>
 *   <li>{@link StopReason#QUIESCENT}: after t no synaptic input is pending, no stimulus entry lies
 *       after t, and every neuron is at rest or latched ({@link
 *       org.spikegraph.substrate.neuron.NeuronType#restsAt}), so no later step could change anything;</li>
 *   <li>{@link StopReason#STEP_LIMIT}: t + 1 = maxSteps.</li>
 * </ol>
 * The run then spans t + 1 steps (0 .. t).
 *
 * @param maxSteps    the largest number of steps, &ge; 1
 * @param quiescence  whether to stop on quiescence
 * @param watched     neurons to watch (empty: none), sorted and distinct
 * @param allWatched  true: stop when all watched neurons have spiked; false: when any has
 */
public record StopCondition(long maxSteps, boolean quiescence, int[] watched, boolean allWatched) {

    /** Checks the limit and normalises the watch list. */
    public StopCondition {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1, got " + maxSteps);
        }
        watched = Arrays.stream(watched).sorted().distinct().toArray();
        if (watched.length > 0 && watched[0] < 0) {
            throw new IllegalArgumentException("watched neuron ids must be >= 0, got " + watched[0]);
        }
    }

    /** Stop after {@code maxSteps} steps (steps 0 .. maxSteps - 1). */
    public static StopCondition afterSteps(long maxSteps) {
        return new StopCondition(maxSteps, false, new int[0], false);
    }

    /** Also stop on quiescence. */
    public StopCondition orQuiescent() {
        return new StopCondition(maxSteps, true, watched, allWatched);
    }

    /** Also stop once any of these neurons has spiked. */
    public StopCondition orWhenAnySpiked(int... neurons) {
        return watching(neurons, false);
    }

    /** Also stop once all of these neurons have spiked. */
    public StopCondition orWhenAllSpiked(int... neurons) {
        return watching(neurons, true);
    }

    private StopCondition watching(int[] neurons, boolean all) {
        if (neurons.length == 0) {
            throw new IllegalArgumentException("give at least one neuron to watch");
        }
        return new StopCondition(maxSteps, quiescence, neurons.clone(), all);
    }

    /** The watched neurons (a copy). */
    @Override
    public int[] watched() {
        return watched.clone();
    }

    /** True when some neurons are watched. */
    public boolean watches() {
        return watched.length > 0;
    }

    /**
     * Checks the watched ids against a network of {@code neuronCount} neurons.
     *
     * @throws IllegalArgumentException naming the first unknown neuron
     */
    public void checkNeurons(int neuronCount) {
        if (watched.length > 0 && watched[watched.length - 1] >= neuronCount) {
            throw new IllegalArgumentException("stop condition watches neuron " + watched[watched.length - 1]
                    + " but the network has " + neuronCount + " neurons");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StopCondition s && s.maxSteps == maxSteps && s.quiescence == quiescence
                && s.allWatched == allWatched && Arrays.equals(s.watched, watched);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(maxSteps) * 31 + Arrays.hashCode(watched) + (quiescence ? 1 : 0) + (allWatched ? 2 : 0);
    }

    @Override
    public String toString() {
        return "StopCondition[maxSteps=" + maxSteps + (quiescence ? ", quiescence" : "")
                + (watches() ? ", " + (allWatched ? "all" : "any") + " of " + Arrays.toString(watched) + " spiked" : "") + "]";
    }
}
