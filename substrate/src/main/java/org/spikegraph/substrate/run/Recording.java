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
 * @param firstSpikeHistogram per run, how many neurons first spiked at each step ({@link Run#firstSpikeHistogram}):
 *                     what closeness, harmonic centrality and eccentricity need, without n first-spike times.
 *                     Recorded by the {@link org.spikegraph.substrate.engine.LaneEngine} only; other engines
 *                     ignore it (derive it with {@link Run#histogramOf} from their first spikes)
 */
public record Recording(boolean firstSpikes, boolean spikeCounts, boolean raster, RasterSink sink, boolean series,
                        boolean firstSpikeHistogram) {

    private static final Recording NONE = new Recording(false, false, false, null, false);

    /** A recording without the first-spike histogram. */
    public Recording(boolean firstSpikes, boolean spikeCounts, boolean raster, RasterSink sink, boolean series) {
        this(firstSpikes, spikeCounts, raster, sink, series, false);
    }

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

    /** The first-spike histogram only ({@link Run#firstSpikeHistogram}): the lane engine's distance aggregates. */
    public static Recording firstSpikeHistogramOnly() {
        return NONE.withFirstSpikeHistogram();
    }

    public Recording withFirstSpikeHistogram() {
        return new Recording(firstSpikes, spikeCounts, raster, sink, series, true);
    }

    public Recording withFirstSpikes() {
        return new Recording(true, spikeCounts, raster, sink, series, firstSpikeHistogram);
    }

    public Recording withSpikeCounts() {
        return new Recording(firstSpikes, true, raster, sink, series, firstSpikeHistogram);
    }

    public Recording withRaster() {
        return new Recording(firstSpikes, spikeCounts, true, sink, series, firstSpikeHistogram);
    }

    public Recording withSink(RasterSink sink) {
        return new Recording(firstSpikes, spikeCounts, raster, sink, series, firstSpikeHistogram);
    }

    public Recording withSeries() {
        return new Recording(firstSpikes, spikeCounts, raster, sink, true, firstSpikeHistogram);
    }

    /** True when spikes must be reported one by one (raster or sink). */
    public boolean streamsSpikes() {
        return raster || sink != null;
    }
}
