package org.spikegraph.bench.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.spikegraph.substrate.run.RasterSink;

/**
 * A progress bar fed by the spikes of a run, shown on the terminal (stderr) only once a run has
 * lasted {@value #DELAY_MS} ms, and never when the output is piped.
 */
final class Progress implements RasterSink, AutoCloseable {

    private static final long DELAY_MS = 1500;

    private final long total;
    private final String task;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private long spikes;

    private Progress(long total, String task) {
        this.total = total;
        this.task = task;
    }

    /** A progress sink for a run expected to emit about {@code total} spikes, or null when not on a terminal. */
    static Progress onTerminal(long total, String task) {
        return System.console() == null ? null : new Progress(total, task);
    }

    @Override
    public void spike(long step, int neuron) {
        if ((++spikes & 0x3FF) != 0) {
            return;
        }
        if (bar == null && (System.nanoTime() - start) / 1_000_000 >= DELAY_MS) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" spikes", 1).continuousUpdate().build();
        }
        if (bar != null) {
            bar.stepTo(Math.min(spikes, total));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(Math.min(spikes, total));
            bar.close();
        }
    }
}
