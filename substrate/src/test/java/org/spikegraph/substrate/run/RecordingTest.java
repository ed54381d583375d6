package org.spikegraph.substrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.stimulus.Stimulus;

/** What a {@link Recording} keeps, and the error for what it did not keep. */
class RecordingTest {

    private static final String ENGINES = "org.spikegraph.substrate.engine.Engines#all";

    /** 0 -> 2 (delay 1), 1 -> 2 (delay 1), 2 -> 0 (delay 2); 0 and 1 forced at 0. */
    private static Network net() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.integrateAndFire(1), 3);
        b.synapse(0, 2, 1, 1).synapse(1, 2, 1, 1).synapse(2, 0, 1, 2);
        return b.build();
    }

    /** Four steps, 0..3. */
    private static Run run(Engine engine, Recording recording) {
        return engine.run(net(), Stimulus.spikes(0, 1, 0), StopCondition.afterSteps(4), recording, 0L);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void everythingRecorded(Engine engine) {
        Run r = run(engine, Recording.all());
        // steps 0..3: 0 and 1 at step 0; 2 at 1 (gets 1 + 1 = 2 >= 1); 0 again at 1 + 2 = 3
        // (2 would spike again at 3 + 1 = 4, after the last step)
        SpikeRaster expected = new SpikeRaster();
        expected.spike(0, 0);
        expected.spike(0, 1);
        expected.spike(1, 2);
        expected.spike(3, 0);
        assertThat(r.raster()).isEqualTo(expected);
        assertThat(r.firstSpikes()).containsExactly(0, 0, 1);
        assertThat(r.firstSpike(2)).isEqualTo(1);
        assertThat(r.spikeCounts()).containsExactly(2, 1, 1);
        assertThat(r.hasFirstSpikes() && r.hasSpikeCounts() && r.hasRaster()).isTrue();
        assertThat(r.activity().series()).isNotNull();
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void sinkReceivesSpikesInStepThenNeuronOrder(Engine engine) {
        List<String> seen = new ArrayList<>();
        Run r = run(engine, Recording.none().withSink((t, i) -> seen.add(t + ":" + i)));
        assertThat(seen).containsExactly("0:0", "0:1", "1:2", "3:0");
        assertThat(r.hasRaster()).isFalse();
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void unrecordedItemsThrowAndSayWhatToRequest(Engine engine) {
        Run r = run(engine, Recording.none());
        assertThat(r.hasFirstSpikes() || r.hasSpikeCounts() || r.hasRaster()).isFalse();
        assertThatThrownBy(r::firstSpikes).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("first-spike times were not recorded")
                .hasMessageContaining("Recording.withFirstSpikes()");
        assertThatThrownBy(() -> r.firstSpike(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Recording.withFirstSpikes()");
        assertThatThrownBy(r::spikeCounts).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spike counts were not recorded")
                .hasMessageContaining("Recording.withSpikeCounts()");
        assertThatThrownBy(r::raster).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("raster was not recorded")
                .hasMessageContaining("Recording.withRaster()");
        // totals and final potentials are always kept; the series only when asked for
        assertThat(r.activity().spikes()).isEqualTo(4);
        assertThat(r.activity().series()).isNull();
        assertThat(r.finalPotentials()).containsExactly(0, 0, 0);
    }

    @ParameterizedTest
    @MethodSource(ENGINES)
    void eachRecordingKeepsOnlyWhatItNames(Engine engine) {
        Run first = run(engine, Recording.firstSpikeTimes());
        assertThat(first.firstSpikes()).containsExactly(0, 0, 1);
        assertThatThrownBy(first::spikeCounts).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(first::raster).isInstanceOf(IllegalStateException.class);

        Run counts = run(engine, Recording.none().withSpikeCounts());
        assertThat(counts.spikeCounts()).containsExactly(2, 1, 1);
        assertThatThrownBy(counts::firstSpikes).isInstanceOf(IllegalStateException.class);

        Run raster = run(engine, Recording.none().withRaster());
        assertThat(raster.raster().size()).isEqualTo(4);
        assertThatThrownBy(raster::spikeCounts).isInstanceOf(IllegalStateException.class);

        Run series = run(engine, Recording.none().withSeries());
        assertThat(series.activity().series()).isEqualTo(run(engine, Recording.all()).activity().series());
        // recording never changes the totals
        assertThat(series.activity().spikes()).isEqualTo(first.activity().spikes());
        assertThat(series.activity().neuronUpdates()).isEqualTo(first.activity().neuronUpdates());
    }
}
