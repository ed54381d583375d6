package org.spikegraph.spark;

import org.spikegraph.substrate.run.Run;

/**
 * A run on Spark with what it cost there.
 *
 * @param run                 the run, the same as the event engine's
 * @param supersteps          windows, one Spark job each (a rerun's included; see {@link SparkEngine})
 * @param reruns              1 when a watched stop was found after some neurons had run past it and
 *                            the run was replayed up to the stop, else 0
 * @param shuffleBytesWritten shuffle bytes written by the run's tasks (Spark's task metrics)
 * @param shuffleBytesRead    shuffle bytes read by them
 * @param shuffleRecords      shuffle records written (one per pair of partitions with mail, a window)
 * @param mailEvents          synaptic events sent from one partition to another
 * @param mailViaDriver       those of them sent through the driver ({@link SparkEngine#DRIVER_MAIL})
 * @param resultBytes         bytes of the tasks' results sent to the driver (summaries, mail through
 *                            the driver, the final state; Spark's task metrics)
 */
public record SparkRun(Run run, long supersteps, int reruns, long shuffleBytesWritten, long shuffleBytesRead,
                       long shuffleRecords, long mailEvents, long mailViaDriver, long resultBytes) {
}
