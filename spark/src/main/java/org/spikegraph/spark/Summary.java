package org.spikegraph.spark;

import java.io.Serializable;

/**
 * What one partition reports to the driver after a window: its activity counts, the distinct steps
 * in which it updated a neuron, the earliest input still pending for a neuron that may still spike
 * ({@code minLive}: not a fire-once neuron that has fired), for any neuron ({@code minQueued}), and
 * sent to other partitions ({@code minSent}), the first spikes of watched neurons, its mail events to
 * other partitions, and that mail itself when small enough to go through the driver (per
 * destination partition, null where none; {@code mail} null: the mail is in the partition's
 * {@link StepOut}, to be shuffled).
 */
record Summary(long spikes, long events, long updates, long[] updateSteps, long minLive, long minQueued, long minSent,
               int[] watchedNeurons, long[] watchedFirstSpikes, long mailEvents, Events[] mail) implements Serializable {
}
