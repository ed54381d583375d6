package org.spikegraph.hardware.legalize;

/**
 * What one legalization pass did.
 *
 * @param pass          the pass
 * @param neuronsAdded  relay neurons the pass appended
 * @param synapsesAdded net change of the synapse count (a long synapse replaced by a chain of k + 1
 *                      hops adds k; a rescaled weight adds none)
 * @param detail        a short human-readable account, e.g. which types were narrowed
 */
public record PassReport(Pass pass, int neuronsAdded, long synapsesAdded, String detail) {

    /** The passes, in the order {@link Legalizer} runs them. */
    public enum Pass {
        /** Weights and potential widths checked, and exactly rescaled or narrowed where possible. */
        PRECISION,
        /** Neurons with more inputs than the fan-in limit get relay trees. */
        FAN_IN,
        /** Neurons with more outputs than the fan-out limit get relay trees. */
        FAN_OUT,
        /** Delays above the maximum become relay chains or tapped delay lines (crowded stages get fan-out trees). */
        DELAYS,
        /**
         * One axon per neuron (TrueNorth): neurons with several delays or shared targets get private splitter
         * relays; "not required" on chips without the rule.
         */
        ONE_AXON
    }

    @Override
    public String toString() {
        return pass + ": +" + neuronsAdded + " neurons, " + (synapsesAdded >= 0 ? "+" : "") + synapsesAdded
                + " synapses" + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
