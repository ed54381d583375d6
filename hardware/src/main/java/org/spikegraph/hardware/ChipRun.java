package org.spikegraph.hardware;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.Legalized;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.ActivityStats;

/**
 * A program projected onto a chip ({@link Projector#project}): every run made on the chip's model
 * of the legalized network, costed, and decoded by the program itself.
 *
 * @param profile    the chip
 * @param answer     the program's answer decoded from the legal networks' runs (legalization keeps
 *                   the original neuron ids, so the circuits' own decoders read them)
 * @param projection the cost of every run: for one run its projection; for several, times, energies,
 *                   steps and overruns summed (each cost set's bounds too), the breakdown summed term
 *                   by term, cores, chips, neurons and synapses the largest of any run, and the
 *                   assumptions of all runs with what the sum leaves out
 * @param activity   the legal networks' runs' activity, summed (relays included; no per-step series)
 * @param runs       runs made
 * @param networks   every distinct network the program ran, legalized and placed once, in the order
 *                   of first use
 * @param <A>        the answer type
 */
public record ChipRun<A>(HardwareProfile profile, A answer, Projection projection, ActivityStats activity, int runs,
                         List<LegalNetwork> networks) {

    /** Checks that nothing is missing. */
    public ChipRun {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(activity, "activity");
        networks = List.copyOf(networks);
    }

    /**
     * Whether the chip's answer is the same as {@code expected} (an answer of the program on the exact
     * simulator, or a reference), as {@code same} judges it: legalization must not change the answer.
     */
    public boolean agrees(A expected, BiPredicate<? super A, ? super A> same) {
        return same.test(answer, expected);
    }

    /**
     * One network of the program on the chip.
     *
     * @param original  the network as compiled
     * @param legalized the legal network and what legalization added
     * @param placement where its neurons sit
     */
    public record LegalNetwork(Network original, Legalized legalized, Placement placement) {}
}
