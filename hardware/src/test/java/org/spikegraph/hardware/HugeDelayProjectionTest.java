package org.spikegraph.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.hardware.profile.Timing;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * A synapse of delay 2^31 - 1 (or 1.5&middot;10^9) on every chip: the projection either runs, skipping
 * the empty steps as the event engine does and paying each of them arithmetically, or legalization
 * refuses it up front with a message naming the chip's delay limit. Never a crash, never an
 * out-of-memory error, never a walk over the billions of empty steps.
 */
class HugeDelayProjectionTest {

    static final int MAX = Integer.MAX_VALUE;
    static final int MARGIN = 5;

    static Stream<Arguments> cases() {
        return Profiles.NAMES.stream().flatMap(chip -> Stream.of(MAX, 1_500_000_000).flatMap(d ->
                Stream.of(DelayStrategy.RELAY_CHAINS, DelayStrategy.TAPPED_LINES).map(s -> Arguments.of(chip, d, s))));
    }

    /** 0 -> 1 with {@code delay}, 0 -> 2 with delay 3: fire-once gates, neuron 0 forced at step 0. */
    static Network fork(int delay) {
        NetworkBuilder b = Network.builder();
        int f = b.neurons(NeuronType.builder().threshold(1).fireOnce().potentialBits(16).build(), 3);
        b.synapse(f, f + 1, 1, delay);
        b.synapse(f, f + 2, 1, 3);
        return b.build();
    }

    /** The fork's run on the chip (the circuit's answer is the legal run itself). */
    static ChipRun<Run> project(String chip, int delay, DelayStrategy strategy) {
        Circuit<Run> fork = new Circuit<>("fork", fork(delay), Stimulus.spikes(0, 0),
                StopCondition.afterSteps((long) delay + MARGIN), Recording.firstSpikeTimes(), run -> run);
        return Projector.project(fork, Profiles.byName(chip), strategy, 1);
    }

    @ParameterizedTest(name = "{0}, delay {1}, {2}")
    @MethodSource("cases")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void projectsOrRefusesNamingTheDelayLimit(String chip, int delay, DelayStrategy strategy) {
        HardwareProfile profile = Profiles.byName(chip);
        ChipRun<Run> r;
        try {
            r = project(chip, delay, strategy);
        } catch (IllegalArgumentException e) {
            assertThat(profile.limits().maxDelay()).isLessThan(delay);
            assertThat(e.getMessage()).contains("delays above " + profile.limits().maxDelay()).doesNotContain("\n");
            return;
        }
        Projection p = r.projection();
        assertThat(p.stepsSpanned()).isEqualTo((long) delay + MARGIN);
        assertThat(p.breakdown().get("count.synapticEvents")).isEqualTo(r.answer().activity().synapticEvents());
        assertThat(p.breakdown().get("count.spikes")).isEqualTo(r.answer().activity().spikes());
        // the far spike arrives: neuron 1 spikes at step `delay` on the chip, as in the original
        assertThat(r.answer().firstSpike(1)).isEqualTo(delay);
        assertThat(r.answer().firstSpike(2)).isEqualTo(3);
        ChipRun<Run> near = project(chip, 7, strategy);
        Placement placement = r.networks().get(0).placement();
        // Each of the (delay - 7) extra empty steps costs the idle work of the fullest core plus the barrier
        // (at least the tick): the same figure as the short run's idle steps, counted, not walked.
        for (int k = 0; k < profile.sets().size(); k++) {
            Timing t = profile.sets().get(k).timing();
            String pre = k == 0 ? "" : "[" + profile.sets().get(k).name() + "] ";
            int maxOnCore = 0;
            for (int c = 0; c < placement.cores(); c++) {
                maxOnCore = Math.max(maxOnCore, placement.neuronsOn(c));
            }
            double step = maxOnCore * t.neuronIdle().or(0) + t.barrier(placement.tilesUsed(), placement.chips(),
                    profile.mesh().tilesPerChip());
            if (t.tick().present()) {
                step = Math.max(step, t.tick().value());
            }
            double far = time(p, pre);
            double close = time(near.projection(), pre);
            assertThat(far - close).isCloseTo((delay - 7.0) * step, offset(1e-9 * far));
        }
    }

    private static double time(Projection p, String pre) {
        return p.breakdown().get(pre + "time.work") + p.breakdown().get(pre + "time.barrier")
                + p.breakdown().getOrDefault(pre + "time.tickPadding", 0.0);
    }
}
