package org.spikegraph.hardware.cost;

import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.Energy;
import org.spikegraph.hardware.profile.HardwareProfile;

/**
 * The cost by which {@link DelayStrategy#CHEAPEST} picks among the exact delay strategies on one chip
 * ({@code Projector.options} projects a program with each construction, {@code Projector.cheapest}
 * picks): the chip's own cost,
 * <ul>
 *   <li>chips that pay every mapped neuron every step, in energy (an idle-update energy: Loihi 52 pJ, SpiNNaker
 *       26 nJ, SpiNNaker 2 2.19 nJ) or in time (an idle-update time that lengthens every step and so the static
 *       energy: Loihi 2, 2.65 ns, assumed): <b>neurons &times; steps spanned</b>;</li>
 *   <li>chips that pay neither (TrueNorth: a fixed 1 ms tick and one all-in energy per synaptic event):
 *       <b>synaptic events</b>;</li>
 * </ul>
 * ties broken by the projected joules, then by the declaration order of {@link DelayStrategy}.
 */
public final class DelayStrategies {

    private DelayStrategies() {}

    /**
     * True when the chip pays for every mapped neuron every step: an idle-update energy (not replaced by an all-in
     * figure) or an idle-update time in its primary cost set.
     */
    public static boolean paysIdleUpdates(HardwareProfile profile) {
        Energy e = profile.primary().energy();
        return (!e.allIn() && e.neuronIdle().or(0) > 0) || profile.primary().timing().neuronIdle().or(0) > 0;
    }

    /** The name of the deciding cost on this chip: "neuron-steps" or "synaptic events". */
    public static String measure(HardwareProfile profile) {
        return paysIdleUpdates(profile) ? "neuron-steps" : "synaptic events";
    }

    /** The deciding cost of one projection on its chip: neurons &times; steps spanned, or synaptic events. */
    public static double cost(HardwareProfile profile, Projection p) {
        return paysIdleUpdates(profile) ? (double) p.neurons() * p.stepsSpanned()
                : p.breakdown().getOrDefault("count.synapticEvents", 0.0);
    }
}
