package org.spikegraph.substrate.run;

/**
 * What a run did, in the terms a chip pays for. Defined by the model, so every engine reports the
 * same figures:
 *
 * @param stepsSpanned   steps from 0 to the last executed step inclusive, skipped empty time included
 *                       (a chip pays for every one of them)
 * @param activeSteps    steps in which at least one neuron was updated
 * @param spikes         spikes emitted (forced spikes included)
 * @param synapticEvents synapse deliveries: a synapse whose source spiked at t counts once at step
 *                       t + delay, if that step is executed (also when the target drops it)
 * @param neuronUpdates  (neuron, step) pairs in which the neuron received input (a synaptic event, a
 *                       current or a forced spike) or was live: refractory with a count to go down,
 *                       or not at rest ({@link org.spikegraph.substrate.neuron.NeuronType#restsAt})
 * @param series         the sparse per-step series, or null when not recorded
 */
public record ActivityStats(long stepsSpanned, long activeSteps, long spikes, long synapticEvents,
                            long neuronUpdates, ActivitySeries series) {

    /** No activity: the start of a sum over runs. */
    public static final ActivityStats NONE = new ActivityStats(0, 0, 0, 0, 0, null);

    /** The figures of this run and {@code other} summed, as for consecutive runs (no series). */
    public ActivityStats plus(ActivityStats other) {
        return new ActivityStats(stepsSpanned + other.stepsSpanned, activeSteps + other.activeSteps, spikes + other.spikes,
                synapticEvents + other.synapticEvents, neuronUpdates + other.neuronUpdates, null);
    }

    /** Idle neuron updates a clock-driven chip performs: every neuron, every spanned step, less the active ones. */
    public long idleNeuronUpdates(int neuronCount) {
        return stepsSpanned * neuronCount - neuronUpdates;
    }
}
