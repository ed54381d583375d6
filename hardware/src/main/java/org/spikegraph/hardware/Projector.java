package org.spikegraph.hardware;

import org.spikegraph.hardware.cost.CostModel;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.legalize.Legalized;
import org.spikegraph.hardware.legalize.Legalizer;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The hardware pipeline for one run: legalize the network for a chip's limits (original neuron ids
 * kept, relays appended), place it on cores and chips, run it and cost every step. The legal
 * network's run is returned too, so a caller can decode it with the circuit's own decoder and check
 * that legalization left the answer unchanged.
 *
 * <p>TrueNorth's one axon per neuron (one delay and one target core per neuron) is legalized with
 * private splitter relays ({@code PassReport.Pass.ONE_AXON}); placement then puts each neuron's targets
 * on one core. Synapses of delay 1 to targets that other neurons feed too cannot get a splitter hop, so
 * they keep joining target sets: if such a joined set does not fit one core, the projection fails with
 * placement's message.
 */
public final class Projector {

    private Projector() {}

    /**
     * A projection and everything it was made from.
     *
     * @param profile    the chip
     * @param legalized  the legal network and what legalization added
     * @param placement  where its neurons sit
     * @param projection time, energy, cores, chips, breakdown and assumptions
     * @param run        the legal network's run (with what {@code recording} asked for)
     */
    public record Result(HardwareProfile profile, Legalized legalized, Placement placement, Projection projection, Run run) {}

    /**
     * Projects a run of {@code network} on {@code profile}.
     *
     * @param recording what the caller needs from the legal network's run (e.g. first-spike times to decode)
     * @throws IllegalArgumentException when the network cannot be made legal for the chip exactly
     *                                  (the message names the neuron or synapse and the limit)
     */
    public static Result project(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed,
                                 HardwareProfile profile, DelayStrategy strategy) {
        Legalized legal = Legalizer.legalize(network, profile.limits(), strategy);
        Placement placement = place(legal.network(), profile);
        CostModel.ProjectedRun p = new CostModel(profile).projectRun(legal.network(), placement, stimulus, stop,
                recording, seed);
        return new Result(profile, legal, placement, p.projection(), p.run());
    }

    /** Places a legal network; a failure says that legalization was done and which per-core rule failed. */
    static Placement place(Network legal, HardwareProfile profile) {
        try {
            return Placement.place(legal, profile);
        } catch (IllegalArgumentException e) {
            // Legalization met every per-neuron rule, so what is left is a per-core rule (e.g. on TrueNorth
            // a set of neurons that must share one core is too big): say so rather than "legalize it first".
            throw new IllegalArgumentException("after legalization the network does not fit the cores of " + profile.name()
                    + " (" + e.getMessage().replaceFirst(": legalize it first.*$", "") + ")", e);
        }
    }
}
