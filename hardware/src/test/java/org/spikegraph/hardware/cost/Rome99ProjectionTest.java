package org.spikegraph.hardware.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.hardware.legalize.ChipLimits;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;

/**
 * SSSP on rome99 from vertex 0, unlegalized: its delays (arc lengths up to 12,711 m) exceed every
 * fixed-delay chip, so it is projected on SpiNNaker 2 (no published delay limit) and on a SpiNNaker
 * what-if with unlimited delays; Loihi, Loihi 2, TrueNorth and SpiNNaker refuse it until it is legalized.
 */
class Rome99ProjectionTest {

    private static final Path ROME = Path.of("../../shared/data/road/rome99.gr");

    @Test
    void projectsOnTheProfilesWhoseLimitsItMeets() {
        Path file = Files.exists(ROME) ? ROME : Path.of("/work/shared/data/road/rome99.gr");
        Assumptions.assumeTrue(Files.exists(file), "rome99.gr not found");
        Circuit<ShortestPaths> c = new ShortestPathCompiler(GraphLoader.load(file).graph()).singleSource(0);
        HardwareProfile spinnakerUnlimited = Profiles.byName("spinnaker")
                .withLimits("spinnaker-unlimited-delays", new ChipLimits(ChipLimits.NONE, ChipLimits.NONE, ChipLimits.NONE, 16, 32, false),
                        "what-if: unlimited delays (delay extensions); not a real SpiNNaker limit");
        for (HardwareProfile p : new HardwareProfile[] {Profiles.byName("spinnaker2"), spinnakerUnlimited}) {
            Projection pr = new CostModel(p).project(c.network(), c.stimulus(), c.stop(), 1);
            assertThat(pr.stepsSpanned()).isGreaterThanOrEqualTo(69_102);
            assertThat(pr.neurons()).isEqualTo(c.network().neuronCount());
            assertThat(pr.cores()).isGreaterThanOrEqualTo((c.network().neuronCount() + 254) / 255);
            // fixed 1 ms tick: at least one tick per spanned step
            assertThat(pr.seconds()).isGreaterThanOrEqualTo(pr.stepsSpanned() * 1e-3 * (1 - 1e-12));
            assertThat(pr.joules()).isPositive();
            assertThat(pr.breakdown().get("count.synapticEvents")).isPositive();
            assertThat(pr.assumptions()).isNotEmpty();
        }
        for (String chip : new String[] {"loihi", "loihi2", "truenorth", "spinnaker"}) {
            assertThatThrownBy(() -> new CostModel(Profiles.byName(chip)).project(c.network(), c.stimulus(), c.stop(), 1))
                    .as(chip).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legalize it first");
        }
    }
}
