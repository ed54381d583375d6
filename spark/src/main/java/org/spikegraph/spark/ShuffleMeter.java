package org.spikegraph.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Sums the shuffle bytes written and read and the result bytes sent to the driver by every finished
 * task of a context (Spark's task metrics).
 */
final class ShuffleMeter extends SparkListener {

    final AtomicLong written = new AtomicLong();
    final AtomicLong read = new AtomicLong();
    final AtomicLong records = new AtomicLong();
    final AtomicLong results = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics m = end.taskMetrics();
        if (m != null) {
            written.addAndGet(m.shuffleWriteMetrics().bytesWritten());
            records.addAndGet(m.shuffleWriteMetrics().recordsWritten());
            read.addAndGet(m.shuffleReadMetrics().totalBytesRead());
            results.addAndGet(m.resultSize());
        }
    }
}
