package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.spikegraph.substrate.engine.NetSpec.Stim;
import org.spikegraph.substrate.engine.NetSpec.Syn;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The event engine reports exactly the reference engine's run on random networks: raster, first
 * spikes, spike counts, final potentials, stop reason and {@link org.spikegraph.substrate.run.ActivityStats}
 * with its series. A counterexample prints as Java source ({@link NetSpec#toString()}).
 */
class EngineEquivalenceProperties {

    private static final Engine REFERENCE = new ReferenceEngine();
    private static final Engine EVENT = new EventEngine();

    @Property(tries = 1000)
    void eventEngineEqualsReference(@ForAll("networks") NetSpec spec) {
        assertSameRun(spec);
    }

    /** Few neurons, mostly long delays and long step limits: the event engine must skip time exactly. */
    @Property(tries = 300)
    void eventEngineEqualsReferenceAcrossSkippedTime(@ForAll("sparseInTime") NetSpec spec) {
        assertSameRun(spec);
    }

    /** The same check at scale, for -Pslow: larger generated networks (jqwik grows sizes with tries), ~6 min. */
    @Property(tries = 8000)
    @Tag("slow")
    void eventEngineEqualsReferenceMany(@ForAll("networks") NetSpec spec) {
        assertSameRun(spec);
    }

    static void assertSameRun(NetSpec spec) {
        Network net = spec.network();
        Stimulus stimulus = spec.stim();
        StopCondition stop = spec.stop();
        Run ref = REFERENCE.run(net, stimulus, stop, Recording.all(), spec.seed());
        Run ev = EVENT.run(net, stimulus, stop, Recording.all(), spec.seed());
        Statistics.label("stop reason").collect(ref.stopReason());
        long spikes = ref.activity().spikes();
        Statistics.label("spikes").collect(spikes == 0 ? "0" : spikes < 10 ? "1-9" : spikes < 1000 ? "10-999" : ">=1000");
        long span = ref.stepsSpanned();
        Statistics.label("steps spanned").collect(span < 100 ? "<100" : span < 5_000 ? "<5000" : ">=5000");
        assertThat(ev.stopReason()).as("stop reason").isEqualTo(ref.stopReason());
        assertThat(ev.stepsSpanned()).as("steps spanned").isEqualTo(ref.stepsSpanned());
        assertThat(ev.raster()).as("raster").isEqualTo(ref.raster());
        assertThat(ev.firstSpikes()).as("first spikes").isEqualTo(ref.firstSpikes());
        assertThat(ev.spikeCounts()).as("spike counts").isEqualTo(ref.spikeCounts());
        assertThat(ev.finalPotentials()).as("final potentials").isEqualTo(ref.finalPotentials());
        assertThat(ev.activity().activeSteps()).as("active steps").isEqualTo(ref.activity().activeSteps());
        assertThat(ev.activity().spikes()).as("spikes").isEqualTo(ref.activity().spikes());
        assertThat(ev.activity().synapticEvents()).as("synaptic events").isEqualTo(ref.activity().synapticEvents());
        assertThat(ev.activity().neuronUpdates()).as("neuron updates").isEqualTo(ref.activity().neuronUpdates());
        assertThat(ev.activity().series()).as("activity series").isEqualTo(ref.activity().series());
        assertThat(ev.activity()).as("activity").isEqualTo(ref.activity());

        // A cheap recording (a sink only) changes nothing either.
        List<String> streamed = new ArrayList<>();
        Run cheap = EVENT.run(net, stimulus, stop, Recording.none().withSink((t, i) -> streamed.add(t + ":" + i)),
                spec.seed());
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < ref.raster().size(); k++) {
            expected.add(ref.raster().step(k) + ":" + ref.raster().neuron(k));
        }
        assertThat(streamed).as("streamed spikes").isEqualTo(expected);
        assertThat(cheap.finalPotentials()).as("final potentials, cheap recording").isEqualTo(ref.finalPotentials());
        assertThat(cheap.stopReason()).as("stop reason, cheap recording").isEqualTo(ref.stopReason());
        assertThat(cheap.activity().series()).isNull();
        assertThat(cheap.activity().neuronUpdates()).as("neuron updates, cheap recording")
                .isEqualTo(ref.activity().neuronUpdates());
        assertThat(cheap.activity().synapticEvents()).as("synaptic events, cheap recording")
                .isEqualTo(ref.activity().synapticEvents());
        assertThat(cheap.activity().activeSteps()).as("active steps, cheap recording")
                .isEqualTo(ref.activity().activeSteps());
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<NetSpec> networks() {
        Arbitrary<Integer> delays = Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.integers().between(1, 4)),
                Tuple.of(40, Arbitraries.integers().between(1, 64)),
                Tuple.of(4, Arbitraries.integers().between(65, 5_000)),
                Tuple.of(1, Arbitraries.integers().between(90_000, 110_000)));
        Arbitrary<Long> maxSteps = Arbitraries.frequencyOf(
                Tuple.of(60, Arbitraries.longs().between(1, 300)),
                Tuple.of(30, Arbitraries.longs().between(1, 3_000)),
                Tuple.of(8, Arbitraries.longs().between(3_000, 12_000)),
                Tuple.of(1, Arbitraries.longs().between(100_000, 130_000)));
        return Arbitraries.integers().between(1, 60)
                .flatMap(n -> specs(n, 3 * n, delays, maxSteps, Arbitraries.longs().between(0, 40)));
    }

    @Provide
    Arbitrary<NetSpec> sparseInTime() {
        RandomDistribution uniform = RandomDistribution.uniform();
        Arbitrary<Integer> delays = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(1, 8)),
                Tuple.of(6, Arbitraries.integers().between(500, 20_000).withDistribution(uniform)),
                Tuple.of(2, Arbitraries.integers().between(20_000, 100_000).withDistribution(uniform)));
        Arbitrary<Long> maxSteps = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(1, 50_000).withDistribution(uniform)),
                Tuple.of(7, Arbitraries.longs().between(50_000, 300_000).withDistribution(uniform)));
        return Arbitraries.integers().between(1, 8)
                .flatMap(n -> specs(n, 2 * n, delays, maxSteps,
                        Arbitraries.longs().between(0, 100_000).withDistribution(uniform)));
    }

    private static Arbitrary<NetSpec> specs(int n, int maxSynapses, Arbitrary<Integer> delays, Arbitrary<Long> maxSteps,
                                            Arbitrary<Long> stimulusSteps) {
        Arbitrary<Integer> ids = Arbitraries.integers().between(0, n - 1);
        Arbitrary<List<NeuronType>> types = neuronTypes().list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<int[]> typeOf = Arbitraries.integers().between(0, 5).array(int[].class).ofSize(n);
        Arbitrary<List<Syn>> synapses = Combinators.combine(ids, ids, weights(), delays).as(Syn::new)
                .list().ofMaxSize(maxSynapses);
        Arbitrary<Integer> currents = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(-10, 20)),
                Tuple.of(1, Arbitraries.integers()));
        Arbitrary<Boolean> forced = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(2, false));
        Arbitrary<List<Stim>> stimulus = Combinators.combine(ids, stimulusSteps, forced, currents)
                .as(Stim::new).list().ofMinSize(1).ofMaxSize(16);
        Arbitrary<int[]> watched = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(new int[0])),
                Tuple.of(1, ids.array(int[].class).ofMinSize(1).ofMaxSize(3)));
        Arbitrary<boolean[]> flags = Arbitraries.of(true, false).array(boolean[].class).ofSize(2);
        return Combinators.combine(types, typeOf, synapses, stimulus, maxSteps, watched, flags, Arbitraries.longs())
                .as((t, to, sy, st, max, w, f, seed) -> new NetSpec(t, to, sy, st, max, f[0], w, f[1], seed));
    }

    private static Arbitrary<Integer> weights() {
        // at most 180 synapses of |w| <= 2^22 each: a total incoming |weight| below 2^30
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.integers().between(-5, 10)),
                Tuple.of(3, Arbitraries.integers().between(-100, 100)),
                Tuple.of(1, Arbitraries.integers().between(-(1 << 22), 1 << 22)));
    }

    static Arbitrary<NeuronType> neuronTypes() {
        Arbitrary<Integer> bits = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(4, 8)),
                Tuple.of(3, Arbitraries.just(32)),
                Tuple.of(2, Arbitraries.integers().between(4, 32)));
        return bits.flatMap(b -> {
            int max = (int) ((1L << (b - 1)) - 1);
            int min = (int) -(1L << (b - 1));
            Arbitrary<Integer> threshold = Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.integers().between(1, Math.min(max, 4))),
                    Tuple.of(3, Arbitraries.integers().between(1, Math.min(max, 12))),
                    Tuple.of(1, Arbitraries.integers().between(1, max)));
            Arbitrary<Reset> reset = Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.just(Reset.hard())),
                    Tuple.of(3, Arbitraries.just(Reset.soft())),
                    Tuple.of(2, Arbitraries.integers().between(Math.max(min, -5), Math.min(max, 5)).map(Reset::hard)));
            Arbitrary<Leak> leak = Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.just(Leak.none())),
                    Tuple.of(2, Arbitraries.just(Leak.full())),
                    Tuple.of(2, Arbitraries.integers().between(1, 4).map(Leak::shift)),
                    Tuple.of(1, Arbitraries.integers().between(1, 31).map(Leak::shift)),
                    Tuple.of(2, Arbitraries.integers().between(1, 5).map(Leak::linear)),
                    Tuple.of(1, Arbitraries.integers().between(1, 1_000_000).map(Leak::linear)));
            Arbitrary<Integer> bias = Arbitraries.frequencyOf(
                    Tuple.of(5, Arbitraries.just(0)),
                    Tuple.of(3, Arbitraries.integers().between(-3, 3)),
                    Tuple.of(2, Arbitraries.integers().between(1, 3)),
                    Tuple.of(1, Arbitraries.integers().between(-1000, 1000)));
            Arbitrary<Integer> refractory = Arbitraries.frequencyOf(
                    Tuple.of(5, Arbitraries.just(0)),
                    Tuple.of(3, Arbitraries.integers().between(1, 6)),
                    Tuple.of(2, Arbitraries.just(NeuronType.FIRE_ONCE)));
            Arbitrary<Integer> chance = Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.just(NeuronType.ALWAYS)),
                    Tuple.of(1, Arbitraries.just(0)),
                    Tuple.of(1, Arbitraries.just(NeuronType.ALWAYS / 2)),
                    Tuple.of(2, Arbitraries.integers().between(1, NeuronType.ALWAYS - 1)));
            return Combinators.combine(threshold, reset, leak, bias, refractory, chance)
                    .as((th, r, l, bi, rf, c) -> new NeuronType(th, r, l, bi, rf, c, b));
        });
    }
}
