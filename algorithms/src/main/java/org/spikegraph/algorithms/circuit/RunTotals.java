package org.spikegraph.algorithms.circuit;

import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Run;

/**
 * The summed activity of a problem solved in several runs (a host loop around circuits, e.g. one
 * run per Borůvka round or per augmenting path): how many runs, the largest network run, and the
 * sums of what every run did. Every figure is a sum over runs except {@code maxNeurons} and
 * {@code maxSynapses}.
 *
 * @param runs           runs made
 * @param maxNeurons     neurons of the largest network run
 * @param maxSynapses    synapses of the largest network run
 * @param stepsSpanned   summed steps spanned
 * @param activeSteps    summed active steps
 * @param spikes         summed spikes
 * @param synapticEvents summed synaptic events
 * @param neuronUpdates  summed neuron updates
 * @param simulateNanos  summed wall time of the runs (the engine's or the chip model's)
 */
public record RunTotals(int runs, int maxNeurons, long maxSynapses, long stepsSpanned, long activeSteps, long spikes,
                        long synapticEvents, long neuronUpdates, long simulateNanos) {

    /** No run yet. */
    public static final RunTotals NONE = new RunTotals(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** These totals plus one run of {@code network}. */
    public RunTotals plus(Network network, Run run, long nanos) {
        ActivityStats a = run.activity();
        return new RunTotals(runs + 1, Math.max(maxNeurons, network.neuronCount()),
                Math.max(maxSynapses, network.synapseCount()), stepsSpanned + a.stepsSpanned(),
                activeSteps + a.activeSteps(), spikes + a.spikes(), synapticEvents + a.synapticEvents(),
                neuronUpdates + a.neuronUpdates(), simulateNanos + nanos);
    }

    /** The summed activity as one {@link ActivityStats} (no per-step series). */
    public ActivityStats activity() {
        return new ActivityStats(stepsSpanned, activeSteps, spikes, synapticEvents, neuronUpdates, null);
    }
}
