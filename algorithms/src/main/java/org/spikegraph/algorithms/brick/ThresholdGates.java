package org.spikegraph.algorithms.brick;

import org.spikegraph.substrate.neuron.NeuronType;

/**
 * One port of fire-once threshold gates, each with its own threshold: neuron i spikes once its
 * summed input reaches {@code thresholds[i]} (k-core peeling's "too few neighbours left" counters,
 * longest-path's all-predecessors-done gates).
 */
public final class ThresholdGates implements Brick {

    private final String port;
    private final int[] thresholds;
    private final Port.Direction direction;
    private final int maxFanIn;
    private final int weightBits;
    private final boolean typedPotentials;

    /**
     * @param port       the port's name
     * @param thresholds &theta; of each neuron, each &ge; 1
     * @param direction  how other bricks may connect to the port
     * @param maxFanIn   the most synapses any gate will receive (declared)
     * @param weightBits the widest weight any gate will receive (declared)
     */
    public ThresholdGates(String port, int[] thresholds, Port.Direction direction, int maxFanIn, int weightBits) {
        this(port, thresholds, direction, maxFanIn, weightBits, false);
    }

    private ThresholdGates(String port, int[] thresholds, Port.Direction direction, int maxFanIn, int weightBits,
                           boolean typedPotentials) {
        this.port = port;
        this.thresholds = thresholds.clone();
        this.direction = direction;
        this.maxFanIn = maxFanIn;
        this.weightBits = weightBits;
        this.typedPotentials = typedPotentials;
    }

    /**
     * The same gates with their neuron types declaring the potential width of {@link #assumptions()}
     * instead of 32 bits, so that a chip of that width holds them: a gate of &theta; &gt; 1 is no OR
     * gate, and a legalizer narrows only what it can prove exact.
     */
    public ThresholdGates withTypedPotentials() {
        return new ThresholdGates(port, thresholds, direction, maxFanIn, weightBits, true);
    }

    @Override
    public String kind() {
        return "threshold-gates";
    }

    @Override
    public Assumptions assumptions() {
        boolean or = true;
        int highest = 1;
        for (int t : thresholds) {
            or &= t == 1;
            highest = Math.max(highest, t);
        }
        return new Assumptions(or, maxFanIn, weightBits, Assumptions.potentialBitsFor(maxFanIn, weightBits, highest),
                true, false);
    }

    @Override
    public void build(BrickScope scope) {
        int bits = typedPotentials ? assumptions().potentialBits() : 32;
        scope.port(port, direction, thresholds.length,
                i -> NeuronType.latch(thresholds[i]).toBuilder().potentialBits(bits).build());
    }
}
