package org.spikegraph.substrate.run;

/**
 * The outcome of one run: why and when it stopped, its {@link ActivityStats}, the final potentials,
 * and what the {@link Recording} asked for. Asking for something that was not recorded is an
 * {@link IllegalStateException} that says which recording to request.
 */
public final class Run {

    /** First-spike time of a neuron that never spiked. */
    public static final long NEVER = -1;

    private final StopReason stopReason;
    private final ActivityStats activity;
    private final int[] finalPotentials;
    private final long[] firstSpikes;
    private final int[] spikeCounts;
    private final SpikeRaster raster;
    private final long[] firstSpikeHistogram;

    /** Made by engines; arrays are taken over, not copied. */
    public Run(StopReason stopReason, ActivityStats activity, int[] finalPotentials, long[] firstSpikes,
               int[] spikeCounts, SpikeRaster raster) {
        this(stopReason, activity, finalPotentials, firstSpikes, spikeCounts, raster, null);
    }

    /** Made by engines, with a first-spike histogram (may be null); arrays are taken over, not copied. */
    public Run(StopReason stopReason, ActivityStats activity, int[] finalPotentials, long[] firstSpikes,
               int[] spikeCounts, SpikeRaster raster, long[] firstSpikeHistogram) {
        this.firstSpikeHistogram = firstSpikeHistogram;
        this.stopReason = stopReason;
        this.activity = activity;
        this.finalPotentials = finalPotentials;
        this.firstSpikes = firstSpikes;
        this.spikeCounts = spikeCounts;
        this.raster = raster;
    }

    /** Why the run ended. */
    public StopReason stopReason() {
        return stopReason;
    }

    /** Steps spanned: the last executed step + 1. */
    public long stepsSpanned() {
        return activity.stepsSpanned();
    }

    /** The activity figures. */
    public ActivityStats activity() {
        return activity;
    }

    /** Potential of every neuron after the last step. Do not modify. */
    public int[] finalPotentials() {
        return finalPotentials;
    }

    /** First-spike step of every neuron, {@link #NEVER} for none. Do not modify. */
    public long[] firstSpikes() {
        if (firstSpikes == null) {
            throw new IllegalStateException("first-spike times were not recorded: run with Recording.withFirstSpikes()");
        }
        return firstSpikes;
    }

    /** First-spike step of neuron i, {@link #NEVER} for none. */
    public long firstSpike(int neuron) {
        return firstSpikes()[neuron];
    }

    /** Spike count of every neuron. Do not modify. */
    public int[] spikeCounts() {
        if (spikeCounts == null) {
            throw new IllegalStateException("spike counts were not recorded: run with Recording.withSpikeCounts()");
        }
        return spikeCounts;
    }

    /** The spike raster. */
    public SpikeRaster raster() {
        if (raster == null) {
            throw new IllegalStateException("the raster was not recorded: run with Recording.withRaster()");
        }
        return raster;
    }

    /**
     * How many neurons first spiked at each step: entry t counts the neurons whose first spike is
     * at step t; the length is one past the last first spike (0 when no neuron spiked). Exactly
     * {@link #histogramOf}({@link #firstSpikes}) of the same run. Do not modify.
     */
    public long[] firstSpikeHistogram() {
        if (firstSpikeHistogram == null) {
            throw new IllegalStateException("the first-spike histogram was not recorded: run on the lane engine with"
                    + " Recording.withFirstSpikeHistogram()");
        }
        return firstSpikeHistogram;
    }

    /** Whether the first-spike histogram was recorded. */
    public boolean hasFirstSpikeHistogram() {
        return firstSpikeHistogram != null;
    }

    /** The histogram of first-spike steps ({@link #firstSpikeHistogram}'s definition) of {@code firstSpikes}. */
    public static long[] histogramOf(long[] firstSpikes) {
        long last = NEVER;
        for (long t : firstSpikes) {
            last = Math.max(last, t);
        }
        if (last >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a first spike at step " + last + " is too late for a histogram array");
        }
        long[] histogram = new long[(int) (last + 1)];
        for (long t : firstSpikes) {
            if (t != NEVER) {
                histogram[(int) t]++;
            }
        }
        return histogram;
    }

    /** Whether first-spike times were recorded. */
    public boolean hasFirstSpikes() {
        return firstSpikes != null;
    }

    /** Whether spike counts were recorded. */
    public boolean hasSpikeCounts() {
        return spikeCounts != null;
    }

    /** Whether the raster was recorded. */
    public boolean hasRaster() {
        return raster != null;
    }

    @Override
    public String toString() {
        return "Run[" + stopReason + ", " + activity.stepsSpanned() + " steps, " + activity.spikes() + " spikes, "
                + activity.synapticEvents() + " synaptic events]";
    }
}
