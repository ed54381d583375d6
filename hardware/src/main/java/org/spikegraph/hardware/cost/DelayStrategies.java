package org.spikegraph.hardware.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.legalize.Legalized;
import org.spikegraph.hardware.legalize.Legalizer;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.Energy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The delay strategies side by side on one chip, and the cheapest exact one by the chip's own cost
 * ({@link DelayStrategy#CHEAPEST}). Each construction (relay chains, tapped lines, counter relays) is legalized,
 * placed and projected (the legal network is run on the chip's model, so its run can be decoded); one that
 * cannot legalize the network (counter relays for a source that may spike twice, a limit it cannot meet) is kept
 * with its refusal. The cost that decides:
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
     * One strategy on one chip: what it built and what it costs, or why it could not.
     *
     * @param strategy   the construction
     * @param legalized  the legal network (null when refused)
     * @param placement  its placement (null when refused)
     * @param projection its projection (null when refused)
     * @param run        the legal network's run on the chip's model, with what the caller's recording asked for
     * @param refusal    the legalizer's or placement's message when refused, else null
     * @param cost       the chip's deciding cost ({@link #measure}), NaN when refused
     */
    public record Option(DelayStrategy strategy, Legalized legalized, Placement placement, Projection projection, Run run,
                         String refusal, double cost) {

        /** True when the strategy legalized, placed and projected the network. */
        public boolean applies() {
            return refusal == null;
        }
    }

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

    /**
     * Every construction ({@link DelayStrategy#constructions()}) legalized, placed and projected on {@code profile},
     * in declaration order; refused ones carry their message.
     */
    public static List<Option> compare(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed,
                                       HardwareProfile profile) {
        List<Option> out = new ArrayList<>();
        for (DelayStrategy s : DelayStrategy.constructions()) {
            out.add(project(network, stimulus, stop, recording, seed, profile, s));
        }
        return out;
    }

    /**
     * The cheapest option of {@code options} that applies (see the class comment).
     *
     * @throws IllegalArgumentException when none applies, with every refusal
     */
    public static Option cheapest(List<Option> options) {
        Option best = null;
        StringBuilder why = new StringBuilder();
        for (Option o : options) {
            if (!o.applies()) {
                why.append(why.length() == 0 ? "" : "; ").append(o.strategy()).append(": ").append(o.refusal());
                continue;
            }
            if (best == null || o.cost() < best.cost()
                    || (o.cost() == best.cost() && o.projection().joules() < best.projection().joules())) {
                best = o;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no delay strategy legalizes this network: " + why);
        }
        return best;
    }

    /** {@link #cheapest(List)} of {@link #compare}: the cheapest exact strategy on {@code profile}. */
    public static Option cheapest(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed,
                                  HardwareProfile profile) {
        return cheapest(compare(network, stimulus, stop, recording, seed, profile));
    }

    /**
     * One strategy on {@code profile}, {@link DelayStrategy#CHEAPEST} included (then every construction is tried):
     * the call for a projector that takes a strategy from the user. A refusal is returned, not thrown, for a
     * construction; for CHEAPEST, see {@link #cheapest(List)}.
     */
    public static Option project(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed,
                                 HardwareProfile profile, DelayStrategy strategy) {
        Objects.requireNonNull(profile, "profile");
        if (strategy == DelayStrategy.CHEAPEST) {
            return cheapest(network, stimulus, stop, recording, seed, profile);
        }
        Legalized legal;
        Placement placement;
        try {
            legal = Legalizer.legalize(network, profile.limits(), strategy);
        } catch (IllegalArgumentException e) {
            return new Option(strategy, null, null, null, null, e.getMessage(), Double.NaN);
        }
        try {
            placement = Placement.place(legal.network(), profile);
        } catch (IllegalArgumentException e) {
            return new Option(strategy, legal, null, null, null, "after legalization the network does not fit the cores of "
                    + profile.name() + " (" + e.getMessage().replaceFirst(": legalize it first.*$", "") + ")", Double.NaN);
        }
        CostModel.ProjectedRun p = new CostModel(profile).projectRun(legal.network(), placement, stimulus, stop, recording, seed);
        return new Option(strategy, legal, placement, p.projection(), p.run(), null, cost(profile, p.projection()));
    }
}
