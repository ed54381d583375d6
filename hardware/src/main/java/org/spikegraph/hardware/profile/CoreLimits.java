package org.spikegraph.hardware.profile;

/**
 * What one core holds. A figure without a value is no limit (its source says whether the chip has
 * none or the figure is not published).
 *
 * @param neurons              neurons per core
 * @param synapses             synapses per core (counted at the core of the target neuron)
 * @param synapseMemoryBytes   synaptic memory per core, in bytes
 * @param bytesPerSynapse      bytes one synapse takes in that memory
 * @param inputAxons           input axons per core: distinct source neurons with a synapse into the core
 * @param outputCoreEdges      output core-edges per core: sum over its neurons of their distinct target cores
 * @param targetCoresPerNeuron target cores one neuron may reach (TrueNorth: 1)
 */
public record CoreLimits(Figure neurons, Figure synapses, Figure synapseMemoryBytes, Figure bytesPerSynapse,
                         Figure inputAxons, Figure outputCoreEdges, Figure targetCoresPerNeuron) {

    /** The most neurons on one core; a profile must give it. */
    public int maxNeurons() {
        if (!neurons.present()) {
            throw new IllegalStateException("a profile must give neurons per core");
        }
        return neurons.limitOrNone();
    }

    /**
     * The most synapses into the neurons of one core: the smaller of the synapse count and
     * memory / bytes per synapse, {@code Long.MAX_VALUE} for none.
     */
    public long maxSynapses() {
        long max = synapses.present() ? (long) (double) synapses.value() : Long.MAX_VALUE;
        if (synapseMemoryBytes.present() && bytesPerSynapse.present() && bytesPerSynapse.value() > 0) {
            max = Math.min(max, (long) Math.floor(synapseMemoryBytes.value() / bytesPerSynapse.value()));
        }
        return max;
    }

    /** The most input axons per core, {@code Integer.MAX_VALUE} for none. */
    public int maxInputAxons() {
        return inputAxons.limitOrNone();
    }

    /** The most output core-edges per core, {@code Integer.MAX_VALUE} for none. */
    public int maxOutputCoreEdges() {
        return outputCoreEdges.limitOrNone();
    }

    /** True when every neuron must send all its spikes to one core (TrueNorth). */
    public boolean oneTargetCore() {
        return targetCoresPerNeuron.present() && targetCoresPerNeuron.value() == 1.0;
    }
}
