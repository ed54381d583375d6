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
 * Merolla et al., Science 345:668 (2014), abstract: a full TrueNorth chip (4,096 cores, 1,048,576 neurons) running
 * a 400 &times; 240-pixel, 30 fps video network in real time "consumes 63 mW". That network is not published as a
 * netlist; the closest we can build is the same full chip with no activity at all, whose projected power is a lower
 * bound for any workload on it: one chip, 1,000 ticks of 1 ms, no synaptic events. Our profile's static figure
 * (~64 mW, not re-checked) already puts that bound 1.6% above the published total, so every TrueNorth projection
 * overstates power: stated in docs/hardware.md, and this test fails if a profile change moves the bound outside
 * [1.00, 1.05] &times; 63 mW.
 */
class TrueNorthPublishedPowerTest {

    static final double PUBLISHED_WATTS = 0.063;

    @Test
    void aFullChipAtRestProjectsAboveThePublished63Milliwatts() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.builder().threshold(1).potentialBits(16).build(), 4096 * 256);
        Network chip = b.build();
        Projection p = new CostModel(Profiles.byName("truenorth")).project(chip, Stimulus.builder().build(),
                StopCondition.afterSteps(1_000), 1);

        double watts = p.joules() / p.seconds();
        System.out.printf("truenorth full chip at rest: %d cores, %d chips, %.6g s, %.6g J, %.4g W vs %.4g W published (%+.1f%%)%n",
                p.cores(), p.chips(), p.seconds(), p.joules(), watts, PUBLISHED_WATTS, 100 * (watts / PUBLISHED_WATTS - 1));
        assertThat(p.cores()).isEqualTo(4096);
        assertThat(p.chips()).isEqualTo(1);
        assertThat(p.seconds()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)); // 1,000 idle ticks, all paid
        assertThat(p.breakdown().get("count.synapticEvents")).isZero();
        assertThat(watts / PUBLISHED_WATTS).isBetween(1.00, 1.05);
    }
}
