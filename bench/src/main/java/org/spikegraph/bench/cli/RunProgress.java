package org.spikegraph.bench.cli;

import org.spikegraph.bench.problem.WorkMeasure;
import org.spikegraph.substrate.run.RasterSink;

/**
 * The progress of a program's runs, fed by their spikes and read by {@link Progress}'s timer: the
 * spec's {@link WorkMeasure} when it has one (walkers ended, vertices reached), else the step against
 * the run's step bound, and for a program of several runs the round too. The engine's thread updates
 * plain counters on every spike and publishes them (volatile writes) every 1024 spikes and at each
 * new run, so the sink costs the engines' loops next to nothing.
 */
final class RunProgress implements RasterSink, Progress.Source {

    private final String phase;
    private final WorkMeasure measure;
    private final boolean[] counted;
    private final boolean[] seen;
    private final boolean rounds;

    private long spikes;
    private long step;
    private long done;

    private volatile long publishedStep;
    private volatile long publishedDone;
    private volatile long bound;
    private volatile int round;

    /**
     * @param phase   what the lines call it, e.g. "simulate"
     * @param measure the spec's measure, or null for the step against the bound
     * @param rounds  true for a program of several runs (a host loop): the round is shown
     */
    RunProgress(String phase, WorkMeasure measure, boolean rounds) {
        this.phase = phase;
        this.measure = measure;
        this.counted = measure == null ? null : measure.counted();
        this.seen = measure != null && measure.firstOnly() ? new boolean[counted.length] : null;
        this.rounds = rounds;
    }

    /** A run with step bound {@code maxSteps} starts (called by the runner before the engine). */
    void startRun(long maxSteps) {
        publish();
        step = 0;
        publishedStep = 0;
        bound = maxSteps;
        round++;
    }

    @Override
    public void spike(long step, int neuron) {
        this.step = step;
        if (counted != null && neuron < counted.length && counted[neuron]) {
            if (seen == null) {
                done++;
            } else if (!seen[neuron]) {
                seen[neuron] = true;
                done++;
            }
        }
        if ((++spikes & 0x3FF) == 0) {
            publish();
        }
    }

    /** Counts spikes: any order within a step will do. */
    @Override
    public boolean needsIdOrder() {
        return false;
    }

    /** Makes the counters visible to the timer thread (also when a run ends). */
    void publish() {
        publishedStep = step;
        publishedDone = done;
    }

    /** The units the measure has counted so far (its total when the run is complete). */
    long done() {
        return done;
    }

    /** The measure's total, or -1 without a measure. */
    long total() {
        return measure == null ? -1 : measure.total();
    }

    @Override
    public Progress.Status status() {
        long s = publishedStep;
        long b = bound;
        String steps = "step " + Progress.count(s) + (b > 0 && b < Long.MAX_VALUE ? " of " + Progress.count(b) : "");
        String where = rounds ? "round " + round + ", " + steps : steps;
        if (measure != null) {
            long d = publishedDone;
            return new Progress.Status(phase, d, measure.total(), measure.unit() + " " + Progress.count(d) + " of "
                    + Progress.count(measure.total()) + "; " + where, measure.unit());
        }
        if (rounds) {
            return new Progress.Status(phase, 0, 0, where + " (rounds in all not known ahead)");
        }
        return new Progress.Status(phase, s, b < Long.MAX_VALUE ? b : 0, steps, "steps");
    }
}
