package org.spikegraph.substrate.run;

/**
 * What a run records, chosen per run so that cheap runs stay cheap. {@link ActivityStats} totals and
 * final potentials are always kept.
 *
 * @param firstSpikes  first-spike step of every neuron
 * @param spikeCounts  number of spikes of every neuron
 * @param raster       collect every (step, neuron) spike in a {@link SpikeRaster}
 * @param sink         stream every spike to this sink as it happens (may be null)
 * @param series       the sparse per-step activity series
 */
public record Recording(boolean firstSpikes, boolean spikeCounts, boolean raster, RasterSink sink, boolean series) {

    private static final Recording NONE = new Recording(false, false, false, null, false);

    /** Totals and final potentials only. */
    public static Recording none() {
        return NONE;
    }

    /** Everything: first spikes, counts, raster and per-step series. */
    public static Recording all() {
        return new Recording(true, true, true, null, true);
    }

    /** First-spike times only: what first-spike-time circuits decode. */
    public static Recording firstSpikeTimes() {
        return NONE.withFirstSpikes();
    }

    public Recording withFirstSpikes() {
        return new Recording(true, spikeCounts, raster, sink, series);
    }

    public Recording withSpikeCounts() {
        return new Recording(firstSpikes, true, raster, sink, series);
    }

    public Recording withRaster() {
        return new Recording(firstSpikes, spikeCounts, true, sink, series);
    }

    public Recording withSink(RasterSink sink) {
        return new Recording(firstSpikes, spikeCounts, raster, sink, series);
    }

    public Recording withSeries() {
        return new Recording(firstSpikes, spikeCounts, raster, sink, true);
    }

    /** True when spikes must be reported one by one (raster or sink). */
    public boolean streamsSpikes() {
        return raster || sink != null;
    }
}
