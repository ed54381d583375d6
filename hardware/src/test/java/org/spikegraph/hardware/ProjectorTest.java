package org.spikegraph.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/** Circuits and host loops on a chip's model: each run projected as alone, their sum, the answer decoded on the chip. */
class ProjectorTest {

    private static final StopCondition STOP = StopCondition.afterSteps(1_000).orQuiescent();

    /** A chain of 50 latches with a long delay in the middle (Loihi relays it). */
    private static Network chain() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.builder().threshold(1).build(), 50);
        for (int v = 0; v < 49; v++) {
            b.synapse(v, v + 1, 1, v == 25 ? 200 : 1);
        }
        return b.build();
    }

    /** When the chain's last neuron first spikes, started at {@code from}. */
    private static Circuit<Long> from(Network chain, int from) {
        return new Circuit<>("chain", chain, Stimulus.spikes(0, from), STOP, Recording.firstSpikeTimes(),
                run -> run.firstSpike(49));
    }

    /** Two rounds on one network: from neuron 0, then from neuron 30; the answer is the two arrival times. */
    private static HostLoop<long[], long[]> twoRounds(Network chain) {
        return new HostLoop<>() {
            @Override
            public String problem() {
                return "two chains";
            }

            @Override
            public long[] start() {
                return new long[0];
            }

            @Override
            public Round<long[], ?> next(long[] state) {
                return state.length == 2 ? null : new Round<>(from(chain, state.length == 0 ? 0 : 30), (s, t) -> {
                    long[] out = java.util.Arrays.copyOf(s, s.length + 1);
                    out[s.length] = t;
                    return out;
                });
            }

            @Override
            public long[] finish(long[] state) {
                return state;
            }
        };
    }

    @Test
    void eachRunIsProjectedAsAloneAndTheTotalIsTheirSum() {
        Network net = chain();
        HardwareProfile loihi = Profiles.byName("loihi");
        ChipRun<Long> a = Projector.project(from(net, 0), loihi, DelayStrategy.TAPPED_LINES, 1);
        ChipRun<Long> b = Projector.project(from(net, 30), loihi, DelayStrategy.TAPPED_LINES, 1);
        assertThat(a.answer()).as("the legal run keeps the original ids").isEqualTo(248);
        assertThat(b.answer()).isEqualTo(19);

        ChipRun<long[]> both = Projector.project(twoRounds(net), loihi, DelayStrategy.TAPPED_LINES, 1);
        assertThat(both.answer()).containsExactly(248, 19);
        assertThat(both.runs()).isEqualTo(2);
        assertThat(both.networks()).as("one network, legalized and placed once").hasSize(1);
        assertThat(both.networks().get(0).original()).isSameAs(net);
        assertThat(both.networks().get(0).legalized().network().neuronCount()).as("relays").isGreaterThan(50);

        Projection t = both.projection();
        assertThat(t.seconds()).isCloseTo(a.projection().seconds() + b.projection().seconds(), offset(1e-15));
        assertThat(t.joules()).isCloseTo(a.projection().joules() + b.projection().joules(), offset(1e-15));
        assertThat(t.joulesHigh()).isCloseTo(a.projection().joulesHigh() + b.projection().joulesHigh(), offset(1e-15));
        assertThat(t.stepsSpanned()).isEqualTo(a.projection().stepsSpanned() + b.projection().stepsSpanned());
        assertThat(t.cores()).isEqualTo(a.projection().cores());
        assertThat(t.neurons()).as("relays included").isGreaterThan(50).isEqualTo(a.projection().neurons());
        assertThat(t.breakdown().get("count.spikes"))
                .isEqualTo(a.projection().breakdown().get("count.spikes") + b.projection().breakdown().get("count.spikes"));
        assertThat(t.assumptions().get(0)).startsWith("2 runs, driven by the host");
        assertThat(both.activity().spikes()).isEqualTo(a.activity().spikes() + b.activity().spikes());
        assertThat(both.agrees(new long[] {248, 19}, java.util.Arrays::equals)).isTrue();
        assertThat(both.agrees(new long[] {248, 20}, java.util.Arrays::equals)).isFalse();
    }

    @Test
    void oneRunIsItsOwnTotal() {
        ChipRun<Long> one = Projector.project(Program.of(from(chain(), 0)), Profiles.byName("spinnaker2"),
                DelayStrategy.TAPPED_LINES, 1);
        assertThat(one.runs()).isOne();
        assertThat(one.projection().assumptions()).noneMatch(a -> a.contains("driven by the host"));
        assertThat(one.activity().series()).as("a single run's activity is the run's own").isNotNull();
    }

    @Test
    void aProgramWithoutRunsAndAnIllegalNetworkAreRefused() {
        HostLoop<Integer, Integer> none = new HostLoop<>() {
            @Override public String problem() { return "nothing"; }
            @Override public Integer start() { return 0; }
            @Override public Round<Integer, ?> next(Integer state) { return null; }
            @Override public Integer finish(Integer state) { return state; }
        };
        assertThatThrownBy(() -> Projector.project(none, Profiles.byName("loihi"), DelayStrategy.TAPPED_LINES, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing made no run");
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.builder().threshold(1).build(), 1);
        b.neurons(NeuronType.builder().threshold(3000).build(), 1); // not OR-type: its weights cannot be rescaled
        b.synapse(0, 1, 1 << 12, 1); // a 14-bit weight, beyond TrueNorth's 9 bits
        Circuit<Long> wide = new Circuit<>("wide", b.build(), Stimulus.spikes(0, 0), STOP, Recording.firstSpikeTimes(),
                run -> run.firstSpike(1));
        assertThatThrownBy(() -> Projector.project(wide, Profiles.byName("truenorth"), DelayStrategy.TAPPED_LINES, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9-bit signed range");
    }

    @Test
    void aLegalRunThatStopsEarlyIsRefusedByTheDecoderAsOnTheSimulator() {
        Circuit<Long> c = new Circuit<>("chain", chain(), Stimulus.spikes(0, 0), StopCondition.afterSteps(1_000).orQuiescent(),
                Recording.firstSpikeTimes(), run -> {
                    if (run.stopReason() == StopReason.STEP_LIMIT) {
                        throw new IncompleteRunException("still moving after " + run.stepsSpanned() + " steps");
                    }
                    return run.firstSpike(49);
                });
        assertThat(Projector.project(c, Profiles.byName("loihi"), DelayStrategy.TAPPED_LINES, 1).answer()).isEqualTo(248);
        assertThatThrownBy(() -> Projector.project(Program.of(c).limitSteps(100), Profiles.byName("loihi"),
                DelayStrategy.TAPPED_LINES, 1)).isInstanceOf(IncompleteRunException.class).hasMessageContaining("100 steps");
    }
}
