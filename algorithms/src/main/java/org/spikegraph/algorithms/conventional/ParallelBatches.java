package org.spikegraph.algorithms.conventional;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Batches 0..count-1 spread over {@code threads} plain threads that take the next batch from one
 * atomic counter; each thread makes its own workspace once (per-thread buffers, nothing shared but
 * the counter). The first exception of any batch is rethrown on the caller.
 */
final class ParallelBatches {

    private ParallelBatches() {}

    /** One batch with the calling thread's workspace. */
    @FunctionalInterface
    interface Task<W> {
        void run(int batch, W workspace);
    }

    static <W> void run(int count, int threads, Supplier<W> workspace, Task<W> task) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int workers = Math.min(threads, count);
        if (workers <= 1) {
            W w = count > 0 ? workspace.get() : null;
            for (int b = 0; b < count; b++) {
                task.run(b, w);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        List<Thread> started = new ArrayList<>(workers);
        for (int t = 0; t < workers; t++) {
            Thread th = new Thread(() -> {
                try {
                    W w = workspace.get();
                    for (int b = next.getAndIncrement(); b < count; b = next.getAndIncrement()) {
                        task.run(b, w);
                    }
                } catch (Throwable e) {
                    next.set(count);
                    synchronized (failure) {
                        if (failure[0] == null) {
                            failure[0] = e;
                        }
                    }
                }
            }, "primitive-batches");
            th.setDaemon(true);
            th.start();
            started.add(th);
        }
        try {
            for (Thread th : started) {
                th.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running batches", e);
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }
}
