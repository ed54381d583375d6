package org.spikegraph.hardware.legalize;

import java.util.List;
import java.util.Objects;
import org.spikegraph.substrate.network.Network;

/**
 * The outcome of {@link Legalizer#legalize}: a network that respects a chip's limits and spikes like
 * the original. Neurons {@code 0 .. originalNeurons - 1} are the original neurons with the original
 * ids (and types, up to a documented exact narrowing of their potential width), so the original
 * stimulus, stop condition and decoder apply unchanged; relay neurons follow them.
 *
 * @param network         the legalized network
 * @param originalNeurons the number of original neurons, the ids {@code 0 .. originalNeurons - 1}
 * @param passes          one report per pass, in the order they ran
 * @param description     a one-line account of the legalization
 */
public record Legalized(Network network, int originalNeurons, List<PassReport> passes, String description) {

    /** Checks that nothing is missing and copies the list. */
    public Legalized {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(description, "description");
        passes = List.copyOf(passes);
        if (originalNeurons < 0 || originalNeurons > network.neuronCount()) {
            throw new IllegalArgumentException("originalNeurons " + originalNeurons + " is not in 0.." + network.neuronCount());
        }
    }

    /** The number of relay neurons all passes added together. */
    public int relayNeurons() {
        return network.neuronCount() - originalNeurons;
    }

    /**
     * The report of one pass.
     *
     * @throws IllegalArgumentException if that pass did not run (never for a result of {@link Legalizer})
     */
    public PassReport pass(PassReport.Pass pass) {
        for (PassReport r : passes) {
            if (r.pass() == pass) {
                return r;
            }
        }
        throw new IllegalArgumentException("pass " + pass + " did not run");
    }

    @Override
    public String toString() {
        return description;
    }
}
