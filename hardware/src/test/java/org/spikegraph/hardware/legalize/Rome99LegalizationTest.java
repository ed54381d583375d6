package org.spikegraph.hardware.legalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.hardware.placement.Legality;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.engine.EventEngine;

/**
 * SSSP from vertex 1 of the shared rome99 road network (3,353 vertices, 8,870 arcs, lengths up to 12,711 m),
 * legalized for TrueNorth- (with and without its one-axon rule) and Loihi-like limits with the delay
 * strategies (counter relays too, the sources being fire-once latches): the long delays become relays (and, with one axon, neurons with several delays or shared
 * targets get splitter relays), the decoded answer is unchanged (sum of distances 116,006,476, maximum 69,102, as in the algorithms
 * module's reference). Skipped when the shared data is absent.
 */
class Rome99LegalizationTest {

    private static final String[] ROOTS = {"../shared/data", "../../shared/data"};

    static CsrGraph graph;
    static Circuit<ShortestPaths> circuit;

    @BeforeAll
    static void load() {
        Path file = null;
        for (String root : ROOTS) {
            Path p = Path.of(root, "road", "rome99.gr");
            if (Files.isRegularFile(p)) {
                file = p;
                break;
            }
        }
        assumeTrue(file != null, "shared data road/rome99.gr not found under ../shared/data or ../../shared/data");
        graph = GraphLoader.load(file).graph();
        circuit = new ShortestPathCompiler(graph).singleSource(graph.indexOf(1));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"TRUENORTH, RELAY_CHAINS", "TRUENORTH, TAPPED_LINES", "TRUENORTH_ONE_AXON, RELAY_CHAINS",
        "TRUENORTH_ONE_AXON, TAPPED_LINES", "TRUENORTH_ONE_AXON, COUNTERS", "LOIHI, RELAY_CHAINS", "LOIHI, TAPPED_LINES",
        "LOIHI, COUNTERS"})
    void ssspFrom1IsUnchangedAfterLegalization(Chips chip, DelayStrategy strategy) {
        Legalized l = Legalizer.legalize(circuit.network(), chip.limits, strategy);
        System.out.printf("rome99 %s %s: %d neurons, %d synapses (%s)%n", chip, strategy, l.network().neuronCount(),
                l.network().synapseCount(), l.description());

        assertThat(l.originalNeurons()).isEqualTo(3353);
        assertThat(l.network().neuronCount()).isGreaterThan(3353);
        assertThat(l.network().maxDelay()).isLessThanOrEqualTo(chip.limits.maxDelay());
        Checks.assertWithinLimits(l.network(), chip.limits);

        Circuit<ShortestPaths> legal = new Circuit<>(circuit.problem(), l.network(), circuit.stimulus(), circuit.stop(),
                circuit.recording(), circuit.decoder());
        Outcome<ShortestPaths> out = legal.run(new EventEngine(), 0);
        assertThat(out.answer().reachedCount()).isEqualTo(3353);
        assertThat(out.answer().sumDistance()).isEqualTo(116_006_476L);
        assertThat(out.answer().maxDistance()).isEqualTo(69_102);
        assertThat(out.answer().distance(graph.indexOf(3353))).isEqualTo(30_305);
        assertThat(out.run().stepsSpanned()).isGreaterThanOrEqualTo(69_102);
        if (chip.limits.oneAxon()) {
            Legality.require(l.network(), Profiles.byName("truenorth"));
            Placement p = Placement.place(l.network(), Profiles.byName("truenorth"));
            System.out.printf("rome99 %s %s: %d cores, %d chips%n", chip, strategy, p.cores(), p.chips());
            assertThat(p.chips()).isEqualTo(1);
        }
    }
}
