package org.spikegraph.bench.cli;

import java.util.concurrent.CancellationException;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.spikegraph.algorithms.generate.Generators;

/**
 * Hears a generation: stops it (a {@link CancellationException}) once the JVM is shutting down
 * (SIGINT, SIGTERM) or the thread is interrupted, and on a terminal shows a progress bar of the
 * edges made once the generation has lasted {@value #DELAY_MS} ms.
 */
final class GenerationProgress implements Generators.Monitor, AutoCloseable {

    private static final long DELAY_MS = 1500;
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true, "spikegraph-stop-generation"));
    }

    private final String task;
    private final long total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private long calls;

    private GenerationProgress(String task, long total, boolean terminal) {
        this.task = task;
        this.total = Math.max(1, total);
        this.terminal = terminal;
    }

    /** A monitor for a generation of about {@code total} edges; a bar only on a terminal. */
    static GenerationProgress onTerminal(String task, long total) {
        return new GenerationProgress(task, total, System.console() != null);
    }

    @Override
    public void edges(long made) {
        if ((++calls & 0xFFF) != 0) {
            return;
        }
        if (stopping || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("generation stopped");
        }
        if (!terminal) {
            return;
        }
        if (bar == null && (System.nanoTime() - start) / 1_000_000 >= DELAY_MS) {
            bar = new ProgressBarBuilder().setTaskName("generate " + task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" edges", 1).continuousUpdate().build();
        }
        if (bar != null && made > bar.getCurrent()) {
            bar.stepTo(Math.min(made, total));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
