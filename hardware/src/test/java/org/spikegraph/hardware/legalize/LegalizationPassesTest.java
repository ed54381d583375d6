package org.spikegraph.hardware.legalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The legalizer's passes: they run in the order its Javadoc states, each declares exactly the relays it
 * adds, and each leaves the network legal for its own limit; run one by one they give what
 * {@link Legalizer#legalize} gives.
 */
class LegalizationPassesTest {

    /** The order of the list "The passes, in order" in {@link Legalizer}'s class comment. */
    private static final List<PassReport.Pass> DOCUMENTED_ORDER = List.of(PassReport.Pass.PRECISION,
            PassReport.Pass.FAN_IN, PassReport.Pass.FAN_OUT, PassReport.Pass.DELAYS, PassReport.Pass.ONE_AXON);

    @Test
    void passesRunInTheDocumentedOrder() {
        for (DelayStrategy strategy : DelayStrategy.constructions()) {
            for (boolean oneAxon : new boolean[] {false, true}) {
                ChipLimits limits = new ChipLimits(4, 3, 3, 8, 8, oneAxon);
                assertThat(Legalizer.passes(limits, strategy)).extracting(LegalizationPass::pass)
                        .containsExactlyElementsOf(DOCUMENTED_ORDER);
                NetworkBuilder b = Network.builder();
                b.neuron(Legalizer.relayType(limits));
                Network tiny = b.build();
                assertThat(Legalizer.legalize(tiny, limits, strategy).passes()).extracting(PassReport::pass)
                        .containsExactlyElementsOf(DOCUMENTED_ORDER);
            }
        }
    }

    @Test
    void eachStrategyHasItsOwnDelayLines() {
        assertThat(DelayStrategy.RELAY_CHAINS.lines()).isInstanceOf(RelayChains.class);
        assertThat(DelayStrategy.TAPPED_LINES.lines()).isInstanceOf(TappedLines.class);
        assertThat(Legalizer.passes(ChipLimits.unlimited(), DelayStrategy.TAPPED_LINES).get(3)).isInstanceOf(DelayPass.class);
    }

    /**
     * Random networks of OR-type neurons (16-bit potentials, weights 1..300, delays 6..60, which leave room for
     * every relay tree) on random chips: after each pass the network meets that pass's limit, and the pass added
     * exactly the relays its room declared.
     */
    @Seeded(300)
    void eachPassLeavesItsOwnLimitMet(long seed) {
        Dice dice = new Dice(seed);
        ChipLimits limits = new ChipLimits(dice.between(2, 10), dice.between(3, 6), dice.between(3, 6),
                dice.between(2, 9), dice.between(2, 12), dice.chance(0.5));
        DelayStrategy strategy = dice.pick(LegalizerProperties.EXACT_FOR_EVERY_NETWORK);
        int n = dice.between(1, 25);
        NeuronType or = NeuronType.builder().threshold(1).potentialBits(16).build();
        NetworkBuilder b = Network.builder();
        for (int i = 0; i < n; i++) {
            b.neuron(or);
        }
        int m = dice.between(0, 6 * n);
        for (int j = 0; j < m; j++) {
            b.synapse(dice.between(0, n - 1), dice.between(0, n - 1), dice.between(1, 300), dice.between(6, 60));
        }
        Network network = b.build();

        WorkingNetwork net = WorkingNetwork.of(network);
        for (LegalizationPass pass : Legalizer.passes(limits, strategy)) {
            LegalizationPass.Room room = pass.room(net, limits);
            int n0 = net.neuronCount();
            PassReport report = pass.apply(net, limits);

            assertThat(report.pass()).isEqualTo(pass.pass());
            assertThat(report.neuronsAdded()).isEqualTo(net.neuronCount() - n0)
                    .isEqualTo(room == null ? 0 : room.neurons());
            assertOwnLimitMet(pass.pass(), net, limits);
        }
        Network stepwise = net.build();
        Legalized whole = Legalizer.legalize(network, limits, strategy);
        assertThat(stepwise.neuronCount()).isEqualTo(whole.network().neuronCount());
        assertThat(stepwise.synapseCount()).isEqualTo(whole.network().synapseCount());
    }

    private static void assertOwnLimitMet(PassReport.Pass pass, WorkingNetwork net, ChipLimits limits) {
        switch (pass) {
            case PRECISION -> {
                long lo = -(1L << (limits.weightBits() - 1));
                long hi = (1L << (limits.weightBits() - 1)) - 1;
                for (int j = 0; j < net.synapseCount(); j++) {
                    assertThat((long) net.weight.getInt(j)).as("weight of synapse %d", j).isBetween(lo, hi);
                }
                for (int i = 0; i < net.neuronCount(); i++) {
                    assertThat(net.type.get(i).potentialBits()).as("potential bits of %d", i)
                            .isLessThanOrEqualTo(limits.potentialBits());
                }
            }
            case FAN_IN -> assertThat(Arrays.stream(net.degrees(net.tgt)).max().orElse(0)).as("largest fan-in")
                    .isLessThanOrEqualTo(limits.maxFanIn());
            case FAN_OUT -> assertThat(Arrays.stream(net.degrees(net.src)).max().orElse(0)).as("largest fan-out")
                    .isLessThanOrEqualTo(limits.maxFanOut());
            case DELAYS -> {
                for (int j = 0; j < net.synapseCount(); j++) {
                    assertThat(net.delay.getInt(j)).as("delay of synapse %d", j).isBetween(1, limits.maxDelay());
                }
            }
            case ONE_AXON -> {
                if (limits.oneAxon()) {
                    int[] axonDelay = new int[net.neuronCount()];
                    for (int j = 0; j < net.synapseCount(); j++) {
                        int s = net.src.getInt(j);
                        int d = net.delay.getInt(j);
                        assertThat(axonDelay[s] == 0 || axonDelay[s] == d).as("one delay out of neuron %d", s).isTrue();
                        axonDelay[s] = d;
                    }
                }
            }
        }
    }
}
