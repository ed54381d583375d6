package org.spikegraph.substrate.run;

/**
 * Receives spikes as they happen, in order of step and, within a step, of neuron id: a streamable
 * raster that never holds the run in memory. A sink that does not need the id order within a step
 * (one that counts, such as a progress bar) says so with {@link #needsIdOrder}.
 */
@FunctionalInterface
public interface RasterSink {
    /** Neuron {@code neuron} spiked at {@code step}. */
    void spike(long step, int neuron);

    /**
     * Whether a step's spikes must come in neuron-id order (true: a streamed raster). When false, they
     * still come step after step, each exactly once, but an engine may give one step's spikes in any
     * order (the event engine's wavefront steps, which take events as they arrive).
     */
    default boolean needsIdOrder() {
        return true;
    }
}
