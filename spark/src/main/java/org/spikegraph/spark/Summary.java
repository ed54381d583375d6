package org.spikegraph.spark;

import java.io.Serializable;

/**
 * What one partition reports to the driver after a window: its activity counts, the distinct steps
 * in which it updated a neuron, the earliest input still pending for a neuron that may still spike
 * ({@code minLive}: not a fire-once neuron that has fired), for any neuron ({@code minQueued}), and
 * sent to other partitions ({@code minSent}), and the first spikes of watched neurons.
 */
record Summary(long spikes, long events, long updates, long[] updateSteps, long minLive, long minQueued, long minSent,
               int[] watchedNeurons, long[] watchedFirstSpikes) implements Serializable {
}
