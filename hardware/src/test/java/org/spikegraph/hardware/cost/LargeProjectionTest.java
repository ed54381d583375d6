package org.spikegraph.hardware.cost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * A rome-roads-sized legal run (250k neurons, 500k synapses, 90k steps) projects on every chip
 * with all its steps and spikes accounted. How long it takes is measured by the JMH
 * {@code ProjectionBenchmark}, not here.
 */
class LargeProjectionTest {

    @Test
    void romeRoadsSizedRunIsAccountedInFull() {
        int n = 250_000;
        NetworkBuilder b = Network.builder();
        int f = b.neurons(NeuronType.builder().threshold(1).fireOnce().potentialBits(16).build(), n);
        for (int i = 0; i + 1 < n; i++) {
            b.synapse(f + i, f + i + 1, 1, 1);
            if (i + 3 < n) {
                b.synapse(f + i, f + i + 3, 1, 4);
            }
        }
        Network net = b.build();
        for (String chip : new String[] {"loihi", "loihi2", "spinnaker", "spinnaker2"}) {
            Projection p = new CostModel(Profiles.byName(chip)).project(net, Stimulus.spikes(0, 0), StopCondition.afterSteps(90_000), 1);
            assertThat(p.stepsSpanned()).isEqualTo(90_000);
            assertThat(p.breakdown().get("count.spikes")).isEqualTo(90_000.0);
        }
    }
}
