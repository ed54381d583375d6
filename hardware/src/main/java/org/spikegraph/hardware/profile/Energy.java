package org.spikegraph.hardware.profile;

/**
 * Energy figures of one cost set. Either the parts (synop, neuron updates, spikes, messages, hops)
 * or one all-in figure per synaptic event are used, never both: when {@link #allInPerSynop} has a
 * value the parts are ignored (they may be present for reference). Static power is added either way.
 *
 * @param synop              one synaptic event
 * @param neuronActive       one active neuron update
 * @param neuronIdle         one idle neuron update
 * @param spike              one spike emitted (soma side)
 * @param message            one spike message to one destination core (in-tile delivery)
 * @param hopEw              one east-west hop between tiles
 * @param hopNs              one north-south hop between tiles
 * @param staticPowerPerChip static (leakage and clock) power of one chip, in W
 * @param allInPerSynop      an all-in energy per synaptic event that already covers the parts
 */
public record Energy(Figure synop, Figure neuronActive, Figure neuronIdle, Figure spike, Figure message,
                     Figure hopEw, Figure hopNs, Figure staticPowerPerChip, Figure allInPerSynop) {

    /** True when the all-in figure replaces the parts. */
    public boolean allIn() {
        return allInPerSynop.present();
    }
}
