package org.spikegraph.substrate.run;

/**
 * Receives spikes as they happen, in order of step and, within a step, of neuron id: a streamable
 * raster that never holds the run in memory.
 */
@FunctionalInterface
public interface RasterSink {
    /** Neuron {@code neuron} spiked at {@code step}. */
    void spike(long step, int neuron);
}
