package org.spikegraph.hardware.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.hardware.ChipRun;
import org.spikegraph.hardware.Projector;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
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

/**
 * The cheapest exact delay strategy per chip, by the chip's own cost. On rome99 SSSP from vertex 1: on Loihi it is
 * counter relays with at most 12,500 neurons, and every strategy on every chip decodes to the same distances.
 */
class DelayStrategiesTest {

    static CsrGraph graph;
    static Circuit<ShortestPaths> circuit;

    @BeforeAll
    static void load() {
        Path file = null;
        for (String p : new String[] {"../shared/data/road/rome99.gr", "../../shared/data/road/rome99.gr",
            "/work/shared/data/road/rome99.gr"}) {
            if (Files.isRegularFile(Path.of(p))) {
                file = Path.of(p);
                break;
            }
        }
        Assumptions.assumeTrue(file != null, "rome99.gr not found");
        graph = GraphLoader.load(file).graph();
        circuit = new ShortestPathCompiler(graph).singleSource(graph.indexOf(1));
    }

    private static ChipRun<ShortestPaths> onChip(String chip, DelayStrategy strategy) {
        return Projector.project(circuit, Profiles.byName(chip), strategy, 0);
    }

    @Test
    void onLoihiTheCheapestIsCounterRelaysWithAtMost12500NeuronsAndTheSameAnswer() {
        ChipRun<ShortestPaths> best = onChip("loihi", DelayStrategy.CHEAPEST);

        assertThat(best.strategy()).isEqualTo(DelayStrategy.COUNTERS);
        assertThat(best.projection().neurons()).isLessThanOrEqualTo(12_500);
        assertThat(best.agrees(circuit.run(new org.spikegraph.substrate.engine.EventEngine(), 0).answer(),
                (a, b) -> java.util.stream.IntStream.range(0, graph.vertexCount())
                        .allMatch(v -> a.reached(v) == b.reached(v) && (!a.reached(v) || a.distance(v) == b.distance(v))))).isTrue();
        ShortestPaths sp = best.answer();
        assertThat(sp.reachedCount()).isEqualTo(3353);
        assertThat(sp.sumDistance()).isEqualTo(116_006_476L);
        assertThat(sp.maxDistance()).isEqualTo(69_102);
        assertThat(sp.distance(graph.indexOf(3353))).isEqualTo(30_305);
    }

    /** Prints the table of docs/hardware.md (neurons, synapses, time, energy per strategy and chip). */
    @Test
    void everyStrategyOnEveryChipDecodesTheSameAndTheCheapestCostsLeast() {
        ShortestPaths want = circuit.run(new org.spikegraph.substrate.engine.EventEngine(), 0).answer();
        for (HardwareProfile chip : Profiles.all()) {
            List<Projector.Option<ShortestPaths>> options = Projector.options(Program.of(circuit), chip, 0);
            Projector.Option<ShortestPaths> best = Projector.cheapest(options);
            assertThat(Projector.project(circuit, chip, DelayStrategy.CHEAPEST, 0).strategy()).isEqualTo(best.strategy());
            for (Projector.Option<ShortestPaths> o : options) {
                if (!o.applies()) {
                    System.out.printf("rome99 %-10s %-12s refused: %s%n", chip.name(), o.strategy(), o.refusal());
                    continue;
                }
                Projection p = o.run().projection();
                System.out.printf("rome99 %-10s %-12s %,9d neurons %,9d synapses %,8d steps %.4g s [%.4g, %.4g] %.4g J "
                        + "[%.4g, %.4g] %,.0f %s%s%n", chip.name(), o.strategy(), p.neurons(), p.synapses(), p.stepsSpanned(),
                        p.seconds(), p.secondsLow(), p.secondsHigh(), p.joules(), p.joulesLow(), p.joulesHigh(), o.cost(),
                        DelayStrategies.measure(chip), o == best ? "  <- cheapest" : "");
                ShortestPaths got = o.run().answer();
                assertThat(got.sumDistance()).as("%s %s", chip.name(), o.strategy()).isEqualTo(want.sumDistance());
                assertThat(got.reachedCount()).isEqualTo(want.reachedCount());
                assertThat(best.cost()).isLessThanOrEqualTo(o.cost());
                assertThat(o.cost()).isEqualTo(DelayStrategies.cost(chip, p));
                if (!chip.name().equals("loihi")) {
                    // figures a profile does not have are said to be missing, on every strategy
                    assertThat(p.assumptions()).anyMatch(a -> a.contains("not published") && a.contains("counted as 0"));
                }
            }
        }
    }

    @Test
    void theDecidingCostFollowsWhatTheChipPays() {
        assertThat(DelayStrategies.paysIdleUpdates(Profiles.byName("loihi"))).isTrue();
        assertThat(DelayStrategies.paysIdleUpdates(Profiles.byName("spinnaker"))).isTrue();
        assertThat(DelayStrategies.paysIdleUpdates(Profiles.byName("spinnaker2"))).isTrue();
        // Loihi 2: all-in energy per synaptic event, but every idle neuron lengthens the step (2.65 ns, assumed)
        assertThat(DelayStrategies.paysIdleUpdates(Profiles.byName("loihi2"))).isTrue();
        assertThat(DelayStrategies.paysIdleUpdates(Profiles.byName("truenorth"))).isFalse();
        assertThat(DelayStrategies.measure(Profiles.byName("truenorth"))).isEqualTo("synaptic events");
    }

    @Test
    void aSourceThatSpikesTwiceLeavesCountersOutWithTheirReason() {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.builder().potentialBits(16).build(), 2);
        Network net = b.synapse(0, 1, 1, 200).build();
        Stimulus stim = Stimulus.builder().spike(0, 0).spike(0, 1).build();
        Circuit<Run> c = new Circuit<>("twice", net, stim, StopCondition.afterSteps(300), Recording.none(), run -> run);
        List<Projector.Option<Run>> options = Projector.options(Program.of(c), Profiles.byName("loihi"), 0);

        assertThat(options).extracting(Projector.Option::strategy).containsExactlyElementsOf(DelayStrategy.constructions());
        assertThat(options.get(2).applies()).isFalse();
        assertThat(options.get(2).refusal()).contains("neuron 0 ").contains("can spike more than once");
        Projector.Option<Run> best = Projector.cheapest(options);
        // 200 / 62: 3 relays either way for one synapse; equal neuron-steps, so the joules (then the order) decide
        assertThat(best.strategy()).isIn(DelayStrategy.RELAY_CHAINS, DelayStrategy.TAPPED_LINES);
        assertThat(best.run().projection().neurons()).isEqualTo(5);
        assertThatThrownBy(() -> Projector.cheapest(List.of(options.get(2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COUNTERS: counter relays need");
    }
}
