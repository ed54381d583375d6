package org.spikegraph.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/** Several runs on a chip's model: each as {@link Projector} projects it, and their sum. */
class ProjectingEngineTest {

    /** A chain of 50 latches with a long delay in the middle (Loihi relays it). */
    private static Network chain() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.builder().threshold(1).build(), 50);
        for (int v = 0; v < 49; v++) {
            b.synapse(v, v + 1, 1, v == 25 ? 200 : 1);
        }
        return b.build();
    }

    @Test
    void eachRunIsProjectedAsAloneAndTheTotalIsTheirSum() {
        Network net = chain();
        HardwareProfile loihi = Profiles.byName("loihi");
        StopCondition stop = StopCondition.afterSteps(1_000).orQuiescent();
        Stimulus fromStart = Stimulus.spikes(0, 0);
        Stimulus fromMiddle = Stimulus.spikes(0, 30);
        Projector.Result a = Projector.project(net, fromStart, stop, Recording.firstSpikeTimes(), 1, loihi, DelayStrategy.TAPPED_LINES);
        Projector.Result b = Projector.project(net, fromMiddle, stop, Recording.firstSpikeTimes(), 1, loihi, DelayStrategy.TAPPED_LINES);

        ProjectingEngine engine = new ProjectingEngine(loihi, DelayStrategy.TAPPED_LINES);
        Run ra = engine.run(net, fromStart, stop, Recording.firstSpikeTimes(), 1);
        Run rb = engine.run(net, fromMiddle, stop, Recording.firstSpikeTimes(), 1);
        assertThat(ra.firstSpike(49)).as("the legal run keeps the original ids").isEqualTo(a.run().firstSpike(49)).isEqualTo(248);
        assertThat(rb.firstSpike(49)).isEqualTo(19);
        assertThat(engine.runs()).isEqualTo(2);

        Projection t = engine.total();
        assertThat(t.seconds()).isCloseTo(a.projection().seconds() + b.projection().seconds(), offset(1e-15));
        assertThat(t.joules()).isCloseTo(a.projection().joules() + b.projection().joules(), offset(1e-15));
        assertThat(t.joulesHigh()).isCloseTo(a.projection().joulesHigh() + b.projection().joulesHigh(), offset(1e-15));
        assertThat(t.stepsSpanned()).isEqualTo(a.projection().stepsSpanned() + b.projection().stepsSpanned());
        assertThat(t.cores()).isEqualTo(a.projection().cores());
        assertThat(t.neurons()).as("relays included").isGreaterThan(50).isEqualTo(a.projection().neurons());
        assertThat(t.breakdown().get("count.spikes"))
                .isEqualTo(a.projection().breakdown().get("count.spikes") + b.projection().breakdown().get("count.spikes"));
        assertThat(t.assumptions().get(0)).startsWith("2 runs, driven by the host");
        assertThat(engine.activity().spikes()).isEqualTo(a.run().activity().spikes() + b.run().activity().spikes());
    }

    @Test
    void oneRunIsItsOwnTotalAndNoRunIsAnError() {
        ProjectingEngine engine = new ProjectingEngine(Profiles.byName("spinnaker2"), DelayStrategy.TAPPED_LINES);
        assertThatThrownBy(engine::total).isInstanceOf(IllegalStateException.class);
        engine.run(chain(), Stimulus.spikes(0, 0), StopCondition.afterSteps(1_000).orQuiescent(), Recording.none(), 1);
        assertThat(engine.total().assumptions()).noneMatch(a -> a.contains("driven by the host"));
        assertThat(engine.name()).isEqualTo("projected on spinnaker2");
    }
}
