package org.spikegraph.bench.cli;

import org.spikegraph.bench.compare.Harness;

/**
 * The progress of timed work in runs done ({@link Harness.Listener}): the CPU baselines of
 * {@code solve --hardware}, or {@code compare}'s sources &times; methods &times; runs on each of its graphs.
 * For several graphs, each counts for an equal share of the whole.
 */
final class RunsDone implements Harness.Listener, Progress.Source {

    private final String phase;
    private volatile long done;
    private volatile long total;
    private volatile int graph = -1;
    private volatile int graphs;
    private volatile String graphName = "";
    private volatile String note = "";

    RunsDone(String phase) {
        this.phase = phase;
    }

    /** Graph {@code index} (from 0) of {@code count}, named {@code name}, starts; its runs are not counted yet. */
    void graph(int index, int count, String name) {
        done = 0;
        total = 0;
        graphName = name;
        graphs = count;
        graph = index;
        note = "";
    }

    /** What is being done before the runs start (e.g. generating a graph). */
    void note(String text) {
        note = text;
    }

    @Override
    public void ran(long done, long total) {
        this.total = total;
        this.done = done;
        note = "";
    }

    @Override
    public Progress.Status status() {
        long d = done;
        long t = total;
        int g = graph;
        String runs = t > 0 ? "run " + Progress.count(d) + " of " + Progress.count(t) : note;
        if (g < 0) {
            return new Progress.Status(phase, d, t, runs, t > 0 ? "runs" : "");
        }
        int n = graphs;
        String where = (n > 1 ? "graph " + (g + 1) + " of " + n + ", " : "") + graphName + (runs.isEmpty() ? "" : ": " + runs);
        // each graph an equal share: (g + d/t) / n, in thousandths
        long permille = Math.round(1000.0 * (g + (t > 0 ? (double) d / t : 0)) / n);
        return new Progress.Status(phase, permille, 1000, where);
    }
}
