package org.spikegraph.substrate.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** A network written row by row is the network the builder makes from the same synapses in the same order. */
class RowWriterTest {

    @Seeded(300)
    void sameNetworkAsTheBuilder(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(0, 40);
        int[] weights = dice.chance(0.5) ? new int[] {1} : new int[] {3, -2, 7};
        NeuronType type = NeuronType.latch(dice.between(1, 3));
        List<int[]> synapses = new ArrayList<>(); // source, target, weight index, delay
        for (int s = 0; s < n; s++) {
            int degree = dice.between(0, 6);
            for (int k = 0; k < degree; k++) {
                int delay = dice.chance(0.1) ? dice.between(Network.DELAY_ESCAPE - 2, Network.DELAY_ESCAPE + 1000)
                        : dice.between(1, 20);
                synapses.add(new int[] {s, dice.between(0, n - 1), dice.between(0, weights.length - 1), delay});
            }
        }
        RowWriter rows = RowWriter.of(type, n, synapses.size(), weights);
        NetworkBuilder b = Network.builder();
        b.neurons(type, n);
        int k = 0;
        for (int s = 0; s < n; s++) {
            for (; k < synapses.size() && synapses.get(k)[0] == s; k++) {
                int[] y = synapses.get(k);
                rows.synapse(y[1], y[2], y[3]);
                b.synapse(s, y[1], weights[y[2]], y[3]);
            }
            rows.endRow();
        }
        Network written = rows.build();
        Network built = b.build();
        assertThat(storage(written)).isEqualTo(storage(built));
        assertThat(written.maxDelay()).isEqualTo(built.maxDelay());
        assertThat(written.types()).isEqualTo(List.of(type));
        assertThat(written.neuronCount()).isEqualTo(n);
        assertThat(written.bytes()).isLessThanOrEqualTo(built.bytes() + 9L * 4); // palettes may differ in length
    }

    @Test
    void badInputsSayWhatToChange() {
        NeuronType latch = NeuronType.latch(1);
        assertThatThrownBy(() -> RowWriter.of(latch, 2, 1, 1).synapse(2, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("synapse 0 -> 2: the target is not a neuron")
                .hasMessageContaining("ids are 0..1");
        assertThatThrownBy(() -> RowWriter.of(latch, 2, 1, 1).synapse(1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has delay 0").hasMessageContaining(">= 1");
        assertThatThrownBy(() -> RowWriter.of(latch, 2, 1, 1).synapse(1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight index 1, outside the palette of 1");
        assertThatThrownBy(() -> {
            RowWriter w = RowWriter.of(latch, 2, 1, 1);
            w.synapse(1, 0, 1);
            w.synapse(1, 0, 1);
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more synapses than the 1 declared");
        assertThatThrownBy(() -> {
            RowWriter w = RowWriter.of(latch, 1, 1, 1);
            w.endRow();
            w.synapse(0, 0, 1);
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all 1 rows are already written");
        assertThatThrownBy(() -> {
            RowWriter w = RowWriter.of(latch, 2, 1, 1);
            w.endRow();
            w.build();
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declared with 2 neurons and 1 synapses, but 1 rows and 0 synapses");
        assertThatThrownBy(() -> RowWriter.of(latch, 2, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 1 is listed twice");
        assertThatThrownBy(() -> RowWriter.of(latch, -1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neuron count must be in");
    }

    @Test
    void inputBoundIsChecked() {
        int big = (int) (Network.MAX_ABS_INPUT / 2 + 1);
        RowWriter w = RowWriter.of(NeuronType.latch(1), 3, 2, big);
        w.synapse(2, 0, 1);
        w.endRow();
        w.synapse(2, 0, 1);
        w.endRow();
        w.endRow();
        assertThatThrownBy(w::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neuron 2 receives a total |weight| of " + 2L * big);
    }

    private static List<String> storage(Network net) {
        List<String> all = new ArrayList<>();
        for (int s = 0; s <= net.neuronCount(); s++) {
            all.add("row " + (s < net.neuronCount() ? net.outStart(s) : net.synapseCount()));
        }
        net.forEachSynapse((s, t, w, d) -> all.add(s + ">" + t + ":" + w + ":" + d));
        return all;
    }
}
