package org.spikegraph.substrate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.testing.NetSpec.Stim;
import org.spikegraph.substrate.testing.NetSpec.Syn;

/** The shrinker on planted failures: the result still fails and nothing more can be removed or lowered. */
class NetSpecShrinkerTest {

    /** The planted failure: a synapse of delay &gt; 100 from a neuron of threshold 3. */
    private static final Predicate<NetSpec> PLANTED = spec -> spec.synapses().stream()
            .anyMatch(s -> s.delay() > 100 && spec.types().get(spec.typeOf()[s.source()]).threshold() == 3);

    /** A random network that has the planted failure, drawn from the seed. */
    private static NetSpec plantedFailure(long seed) {
        Dice dice = new Dice(seed);
        while (true) {
            NetSpec spec = RandomNetworks.networks(dice);
            if (PLANTED.test(spec) && spec.neuronCount() >= 3) {
                return spec;
            }
        }
    }

    @Seeded(25)
    void shrinksAPlantedFailureToItsMinimum(long seed) {
        NetSpec failing = plantedFailure(seed);
        NetSpec shrunk = NetSpecShrinker.shrink(failing, PLANTED);

        assertThat(PLANTED.test(shrunk)).as("still fails").isTrue();
        assertThat(shrunk.synapses()).hasSize(1);
        Syn syn = shrunk.synapses().get(0);
        assertThat(syn.delay()).as("delay lowered to the smallest that fails").isEqualTo(101);
        assertThat(shrunk.neuronCount()).as("the synapse's ends only").isEqualTo(syn.source() == syn.target() ? 1 : 2);
        assertThat(shrunk.types()).as("only the types in use").hasSizeLessThanOrEqualTo(shrunk.neuronCount());
        assertThat(shrunk.stimulus()).isEmpty();
        assertThat(shrunk.watched()).isEmpty();
        assertThat(shrunk.maxSteps()).isEqualTo(1);
        assertThat(shrunk.quiescent()).isFalse();
        assertThat(shrunk.seed()).isZero();
        assertThat(NetSpecShrinker.shrink(shrunk, PLANTED)).as("a fixed point").isEqualTo(shrunk);
    }

    @Test
    void keepsWhatTheFailureNeedsAndRenumbersNeurons() {
        // Fails when neuron 2 (of threshold 7) is forced to spike at a step >= 50 and watched.
        NeuronType plain = NeuronType.integrateAndFire(1);
        NeuronType seven = NeuronType.integrateAndFire(7);
        NetSpec spec = new NetSpec(List.of(plain, seven), new int[] {0, 0, 1, 0},
                List.of(new Syn(0, 2, 1, 3), new Syn(3, 1, 2, 9), new Syn(2, 3, 4, 5)),
                List.of(new Stim(0, 4, true, 0), new Stim(2, 80, true, 0), new Stim(3, 60, false, 5)),
                500, true, new int[] {2, 3}, true, 99);
        Predicate<NetSpec> fails = s -> s.stimulus().stream().anyMatch(st -> st.forced() && st.step() >= 50
                && s.types().get(s.typeOf()[st.neuron()]).threshold() == 7
                && java.util.Arrays.stream(s.watched()).anyMatch(w -> w == st.neuron()));

        NetSpec shrunk = NetSpecShrinker.shrink(spec, fails);

        assertThat(shrunk.neuronCount()).isEqualTo(1);
        assertThat(shrunk.types()).containsExactly(seven);
        assertThat(shrunk.stimulus()).containsExactly(new Stim(0, 50, true, 0));
        assertThat(shrunk.watched()).containsExactly(0);
        assertThat(shrunk.synapses()).isEmpty();
        assertThat(shrunk.maxSteps()).isEqualTo(1);
    }

    @Test
    void droppingANeuronRenumbersTheRest() {
        NeuronType a = NeuronType.integrateAndFire(1);
        NeuronType b = NeuronType.integrateAndFire(2);
        NetSpec spec = new NetSpec(List.of(a, b), new int[] {0, 1, 0}, List.of(new Syn(0, 2, 5, 1),
                new Syn(2, 1, 6, 2), new Syn(1, 0, 7, 3)), List.of(new Stim(2, 3, true, 0), new Stim(1, 4, false, 8)),
                10, false, new int[] {1, 2}, false, 1);

        NetSpec without1 = NetSpecShrinker.withoutNeuron(spec, 1);

        assertThat(without1.typeOf()).containsExactly(0, 0);
        assertThat(without1.synapses()).containsExactly(new Syn(0, 1, 5, 1));
        assertThat(without1.stimulus()).containsExactly(new Stim(1, 3, true, 0));
        assertThat(without1.watched()).containsExactly(1);
    }

    @Test
    void refusesASpecThatDoesNotFail() {
        NetSpec spec = RandomNetworks.networks(new Dice(3));
        assertThatThrownBy(() -> NetSpecShrinker.shrink(spec, s -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fail");
    }

    @Test
    void aFailingCheckReportsTheShrunkSpecAsJavaSource() {
        NetSpec failing = plantedFailure(7);
        Throwable thrown = catchThrowable(() -> NetSpecShrinker.check(failing, s -> {
            if (PLANTED.test(s)) {
                throw new AssertionError("planted: " + s.neuronCount() + " neurons");
            }
        }));

        NetSpec shrunk = NetSpecShrinker.shrink(failing, PLANTED);
        assertThat(thrown).isInstanceOf(AssertionError.class)
                .hasMessageContaining("planted: " + failing.neuronCount() + " neurons")
                .hasMessageContaining("shrunk counterexample (fails with java.lang.AssertionError: planted: "
                        + shrunk.neuronCount() + " neurons)")
                .hasMessageContaining(shrunk.toString())
                .hasMessageContaining("b.synapse(")
                .hasCauseInstanceOf(AssertionError.class);
        NetSpecShrinker.check(failing, s -> {}); // a passing check throws nothing
    }
}
