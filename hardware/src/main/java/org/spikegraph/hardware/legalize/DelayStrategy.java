package org.spikegraph.hardware.legalize;

/**
 * How {@link Legalizer} shortens synaptic delays above a chip's {@link ChipLimits#maxDelay()}.
 * Every strategy is an exact delay line: every spike of the source arrives at the target at the same step and
 * with the same weight as before. Relay chains and tapped lines are exact for every network (spikes on
 * consecutive steps included); counter relays only for sources that spike at most once, and refuse the rest.
 * A strategy is one stateless {@link DelayLines} class (relay count and builder); {@link #CHEAPEST} is a choice
 * among them by a chip's cost, made by {@code org.spikegraph.hardware.cost.DelayStrategies}.
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
    TAPPED_LINES(new TappedLines()),

    /**
     * For sources that spike at most once (fire-once latches, wavefronts): per source one clock relay that
     * spikes every D steps from the source's spike until its last counter fires, and one fire-once counter per
     * D-step window its long synapses leave (&theta; = the number of clock spikes to wait). Costs, per source,
     * 1 + the distinct windows (+1 guard when a first-window target is not a fire-once OR neuron); a source that
     * may spike twice is refused, naming it. See {@link CounterRelays}.
     */
    COUNTERS(new CounterRelays()),

    /**
     * The cheapest of the exact strategies that apply, by the chip's own cost (neurons &times; steps where
     * the chip pays idle neuron updates, synaptic events where it does not): a choice, not a construction;
     * {@link Legalizer} refuses it (project with {@code Projector.project(program, profile, CHEAPEST, seed)}, which needs the chip's profile).
     */
    CHEAPEST(null);

    private final DelayLines lines;

    DelayStrategy(DelayLines lines) {
        this.lines = lines;
    }

    /** The strategies that build delay lines, in declaration order (every one but {@link #CHEAPEST}). */
    public static java.util.List<DelayStrategy> constructions() {
        return java.util.List.of(RELAY_CHAINS, TAPPED_LINES, COUNTERS);
    }

    /** True for the strategies exact for every network (chains, tapped lines); counters need fire-once sources. */
    public boolean exactForEveryNetwork() {
        return this == RELAY_CHAINS || this == TAPPED_LINES;
    }

    /** The relay count and builder of this strategy, for the delay pass. */
    DelayLines lines() {
        if (lines == null) {
            throw new IllegalArgumentException("the CHEAPEST delay strategy picks by a chip's cost: legalize with "
                    + "Projector.project(program, profile, CHEAPEST, seed) or name RELAY_CHAINS, TAPPED_LINES or COUNTERS");
        }
        return lines;
    }
}
