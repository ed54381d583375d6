package org.spikegraph.spark;

import java.io.Serializable;

/**
 * What one partition reports to the driver after a superstep: its activity counts, the distinct
 * steps in which it updated a neuron, the earliest input still pending or sent, and the first spikes
 * of watched neurons.
 */
record Summary(long spikes, long events, long updates, long[] updateSteps, long minPending, long minSent,
               int[] watchedNeurons, long[] watchedFirstSpikes) implements Serializable {
}
