package org.spikegraph.hardware.legalize;

/**
 * How {@link Legalizer} shortens synaptic delays above a chip's {@link ChipLimits#maxDelay()}.
 * Both strategies are exact delay lines: every spike of the source, including spikes on consecutive
 * steps, arrives at the target at the same step and with the same weight as before. A strategy is
 * one stateless {@link DelayLines} class (relay count and builder).
 */
public enum DelayStrategy {

    /**
     * One private chain of relay neurons per long synapse: a synapse of delay d &gt; D (D = maxDelay)
     * becomes k = &lceil;d / D&rceil; &minus; 1 relays joined by hops of delay D, weight 1, and a last hop
     * of delay d &minus; k&middot;D (in 1..D) carrying the original weight. Costs &Sigma; k relays.
     */
    RELAY_CHAINS(new RelayChains()),

    /**
     * One shared delay line per source neuron: a chain of relay stages, each D steps after the previous
     * one, and every long synapse of delay d taps stage &lceil;d / D&rceil; &minus; 1, which leaves it a
     * final delay in 1..D, with its original weight. Costs, per source, only the stages of its longest
     * synapse.
     */
    TAPPED_LINES(new TappedLines());

    private final DelayLines lines;

    DelayStrategy(DelayLines lines) {
        this.lines = lines;
    }

    /** The relay count and builder of this strategy, for the delay pass. */
    DelayLines lines() {
        return lines;
    }
}
