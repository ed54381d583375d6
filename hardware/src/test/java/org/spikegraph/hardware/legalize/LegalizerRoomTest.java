package org.spikegraph.hardware.legalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The fan-in, fan-out and one-axon passes count their relays before building any and refuse, naming the
 * limit, when they would not fit: the count is exact (a budget of exactly the relays' bytes passes, one
 * byte less is refused), so the check neither lets a pass run out of memory half-way nor refuses what fits.
 */
class LegalizerRoomTest {

    static final long BYTES_PER_RELAY = Legalizer.BYTES_PER_NEURON + Legalizer.BYTES_PER_SYNAPSE;

    /**
     * 1..3 hubs (OR-type latches), each with limit + 1..400 synapses in (fanIn) or out, delays 1..60: a fifth of
     * the hubs with 1..limit - 1 of them 1, a third with a few of 2..11 (which may leave a deep tree no room).
     */
    static Network hubs(Dice dice, boolean fanIn, int limit) {
        NetworkBuilder b = Network.builder();
        int hubs = dice.between(1, 3);
        int first = b.neurons(NeuronType.latch(1), hubs);
        for (int h = 0; h < hubs; h++) {
            int degree = dice.between(limit + 1, 400);
            int ones = dice.chance(0.2) ? dice.between(1, limit - 1) : 0;
            double shortChance = dice.chance(0.3) ? 0.05 : 0;
            int others = b.neurons(NeuronType.latch(1), degree);
            for (int k = 0; k < degree; k++) {
                // long enough for a deep tree (limit 2, 400 synapses: 9 levels), on some hubs a few short
                int d = k < ones ? 1 : dice.chance(shortChance) ? dice.between(2, 11) : dice.between(12, 60);
                int w = dice.between(1, 3);
                if (fanIn) {
                    b.synapse(others + k, first + h, w, d);
                } else {
                    b.synapse(first + h, others + k, w, d);
                }
            }
        }
        return b.build();
    }

    @Seeded(200)
    void fanTreesAreCountedExactlyBeforeTheyAreBuilt(long seed) {
        Dice dice = new Dice(seed);
        boolean fanIn = dice.chance(0.5);
        int limit = dice.between(2, 8);
        Network net = hubs(dice, fanIn, limit);
        ChipLimits limits = fanIn ? new ChipLimits(ChipLimits.NONE, limit, ChipLimits.NONE, 16, 32, false)
                : new ChipLimits(ChipLimits.NONE, ChipLimits.NONE, limit, 16, 32, false);
        PassReport.Pass pass = fanIn ? PassReport.Pass.FAN_IN : PassReport.Pass.FAN_OUT;
        Legalized free;
        try {
            free = Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS);
        } catch (IllegalArgumentException e) {
            // delays too short for the tree the hub needs: refused for that reason, naming the limit
            assertThat(e.getMessage()).contains("delay").contains((fanIn ? "fan-in" : "fan-out") + " limit " + limit);
            return;
        }
        int relays = free.pass(pass).neuronsAdded();
        assertThat(relays).isPositive();
        assertThat(free.pass(pass).synapsesAdded()).isEqualTo(relays);
        assertThat(free.relayNeurons()).isEqualTo(relays);
        Legalized exact = Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS, relays * BYTES_PER_RELAY);
        assertThat(exact.network().neuronCount()).isEqualTo(free.network().neuronCount());
        assertThatThrownBy(() -> Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS, relays * BYTES_PER_RELAY - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("relay trees for " + (fanIn ? "fan-ins" : "fan-outs") + " above " + limit
                        + " need " + String.format("%,d", relays) + " relay neurons")
                .hasMessageContaining("use a chip with a larger " + (fanIn ? "fan-in" : "fan-out") + " limit");
    }

    @Seeded(200)
    void oneAxonSplittersAreCountedExactlyBeforeTheyAreBuilt(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 60);
        NetworkBuilder b = Network.builder();
        int first = b.neurons(NeuronType.latch(1), n);
        for (int j = 0, m = dice.between(1, 4 * n); j < m; j++) {
            b.synapse(first + dice.between(0, n - 1), first + dice.between(0, n - 1), 1, dice.between(1, 6));
        }
        Network net = b.build();
        ChipLimits limits = new ChipLimits(ChipLimits.NONE, ChipLimits.NONE, ChipLimits.NONE, 16, 32, true);
        Legalized free = Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS);
        int relays = free.pass(PassReport.Pass.ONE_AXON).neuronsAdded();
        assertThat(free.relayNeurons()).isEqualTo(relays);
        Legalized exact = Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS, relays * BYTES_PER_RELAY);
        assertThat(exact.network().neuronCount()).isEqualTo(n + relays);
        if (relays > 0) {
            assertThatThrownBy(() -> Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS, relays * BYTES_PER_RELAY - 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("splitter relays for the chip's one axon per neuron need "
                            + String.format("%,d", relays) + " relay neurons");
        }
    }

    /** One neuron fed by 30,000 others on a chip with fan-in 4: over 10,000 relays, more than 1 MiB, refused in 1 MiB. */
    @Test
    void aFanInTreeThatDoesNotFitIsRefusedWithWhatToChange() {
        NetworkBuilder b = Network.builder();
        int hub = b.neuron(NeuronType.latch(1));
        int feeders = b.neurons(NeuronType.latch(1), 30_000);
        for (int k = 0; k < 30_000; k++) {
            b.synapse(feeders + k, hub, 1, 20);
        }
        Network net = b.build();
        ChipLimits limits = new ChipLimits(ChipLimits.NONE, 4, ChipLimits.NONE, 16, 32, false);
        int relays = Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS).relayNeurons();
        long mib = (relays * BYTES_PER_RELAY + (1 << 20) - 1) >> 20;
        assertThat(mib).isGreaterThan(1);
        assertThatThrownBy(() -> Legalizer.legalize(net, limits, DelayStrategy.RELAY_CHAINS, 1 << 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(String.format("relay trees for fan-ins above 4 need %,d relay neurons: about %d MiB where 1 MiB are "
                        + "free; give the circuit's neurons fewer inputs or use a chip with a larger fan-in limit, or give the "
                        + "JVM more heap (SPIKEGRAPH_JAVA_OPTS=-Xmx...)", relays, mib));
    }

    /** A neuron feeding 30,000 others on a chip with fan-out 4: refused the same way, naming the fan-out limit. */
    @Test
    void aFanOutTreeThatDoesNotFitIsRefusedWithWhatToChange() {
        NetworkBuilder b = Network.builder();
        int hub = b.neuron(NeuronType.latch(1));
        int targets = b.neurons(NeuronType.latch(1), 30_000);
        for (int k = 0; k < 30_000; k++) {
            b.synapse(hub, targets + k, 1, 20);
        }
        ChipLimits limits = new ChipLimits(ChipLimits.NONE, ChipLimits.NONE, 4, 16, 32, false);
        assertThatThrownBy(() -> Legalizer.legalize(b.build(), limits, DelayStrategy.RELAY_CHAINS, 1 << 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("relay trees for fan-outs above 4 need ")
                .hasMessageContaining("use a chip with a larger fan-out limit");
    }
}
