package org.spikegraph.bench.cli;

import java.util.concurrent.CancellationException;
import org.spikegraph.algorithms.generate.Generators;

/**
 * Hears a generation: stops it (a {@link CancellationException}) once the JVM is shutting down
 * (SIGINT, SIGTERM) or the thread is interrupted, and counts the edges made for {@link Progress}
 * (published every 4096 calls).
 */
final class GenerationProgress implements Generators.Monitor, Progress.Source {

    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true, "spikegraph-stop-generation"));
    }

    private final String task;
    private final long total;
    private long calls;
    private volatile long made;

    /** A monitor for a generation of about {@code total} edges. */
    GenerationProgress(String task, long total) {
        this.task = task;
        this.total = Math.max(1, total);
    }

    @Override
    public void edges(long made) {
        if ((++calls & 0xFFF) != 0) {
            return;
        }
        if (stopping || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("generation stopped");
        }
        this.made = made;
    }

    @Override
    public Progress.Status status() {
        long m = Math.min(made, total);
        return new Progress.Status("generate " + task, m, total, "edges " + Progress.count(m) + " of about " + Progress.count(total),
                "edges");
    }
}
