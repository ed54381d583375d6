package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --hardware}, {@code spikegraph hardware} and {@code spikegraph project}. */
class HardwareCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rome99OnLoihiLegalizesTheLongDelaysAndKeepsTheAnswer() throws Exception {
        Cli.Result r = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1",
                "--hardware", "loihi,spinnaker2", "--json");
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("summary").path("sumDistance").asLong()).isEqualTo(116_006_476L);
        JsonNode loihi = report.path("projections").get(0);
        assertThat(loihi.path("hardware").asText()).isEqualTo("loihi");
        // rome99's arcs are up to 12,711 steps long; Loihi's 62-step limit needs relays.
        assertThat(loihi.path("neuronsAfterLegalization").asInt()).isGreaterThan(3_353);
        assertThat(loihi.path("stepsSpanned").asLong()).isGreaterThanOrEqualTo(69_102);
        assertThat(loihi.path("answerUnchanged").asBoolean()).isTrue();
        // Loihi carries two cost sets: the projection is a band.
        assertThat(loihi.path("secondsHigh").asDouble()).isGreaterThanOrEqualTo(loihi.path("secondsLow").asDouble());
        assertThat(loihi.path("seconds").asDouble()).isPositive();
        assertThat(loihi.path("joules").asDouble()).isPositive();
        assertThat(loihi.path("cores").asInt()).isPositive();
        assertThat(loihi.path("chips").asInt()).isPositive();
        assertThat(loihi.path("synapsesAfterLegalization").asLong()).isGreaterThan(8_870);
        assertThat(loihi.path("breakdown").size()).isPositive();
        assertThat(loihi.path("assumptions").size()).isPositive();
        JsonNode spinnaker2 = report.path("projections").get(1);
        assertThat(spinnaker2.path("hardware").asText()).isEqualTo("spinnaker2");
        assertThat(spinnaker2.path("answerUnchanged").asBoolean()).isTrue();
        assertThat(report.path("cpu").path("seconds").asDouble()).isPositive();
        assertThat(report.path("cpu").path("method").asText()).isNotEmpty();
    }

    @Test
    void rome99OnTrueNorthGetsSplittersForOneAxonAndKeepsTheAnswer() throws Exception {
        Cli.Result r = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--hardware", "truenorth", "--json");
        JsonNode p = JSON.readTree(r.out()).path("projections").get(0);
        assertThat(p.path("hardware").asText()).isEqualTo("truenorth");
        assertThat(p.has("error")).isFalse();
        assertThat(p.path("answerUnchanged").asBoolean()).isTrue();
        assertThat(p.path("neuronsAfterLegalization").asInt()).isGreaterThan(3_353);
        assertThat(p.path("seconds").asDouble()).isPositive();
    }

    @Test
    void aChipTheCircuitCannotBeLegalizedForIsReportedNotFatal(@TempDir Path dir) throws Exception {
        // a star of 300 unit arcs: 300 delay-1 synapses out of one neuron, above TrueNorth's fan-out 256,
        // and a relay tree would lengthen them
        StringBuilder gr = new StringBuilder("p sp 301 300\n");
        for (int v = 2; v <= 301; v++) {
            gr.append("a 1 ").append(v).append(" 1\n");
        }
        Path star = dir.resolve("star.gr");
        Files.writeString(star, gr);
        Cli.Result r = Cli.ok("solve", "sssp", "--graph", star.toString(), "--source", "1", "--hardware", "truenorth", "--json");
        JsonNode p = JSON.readTree(r.out()).path("projections").get(0);
        assertThat(p.path("hardware").asText()).isEqualTo("truenorth");
        assertThat(p.path("error").asText()).contains("fan-out limit 256").contains("delay 1");
        assertThat(p.has("seconds")).isFalse();
    }

    @Test
    void unknownChipIsBadInput() {
        Cli.badInput(Cli.run("solve", "sssp", "--hardware", "loihi3"), "--hardware", "loihi3", "loihi2");
    }

    @Test
    void hardwareListsEveryProfileWithSources() {
        Cli.Result r = Cli.ok("hardware");
        for (String chip : new String[] {"loihi", "loihi2", "truenorth", "spinnaker", "spinnaker2"}) {
            assertThat(r.out()).contains(chip + ": ");
        }
        assertThat(r.out()).contains("Davies").contains("not published");
    }

    @Test
    void projectShowsEveryChipBesideTheCpu() {
        Cli.Result r = Cli.ok("project", "bfs", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1");
        assertThat(r.out()).contains("hardware projection");
        for (String chip : new String[] {"loihi", "loihi2", "truenorth", "spinnaker", "spinnaker2", "cpu"}) {
            assertThat(r.out()).containsPattern("(?m)^  " + chip + " ");
        }
    }

    /** The help names every chip profile; whole figures print as integers, fractions as they are. */
    @org.junit.jupiter.api.Test
    void hardwareListsEveryChipAndPrintsIntegersAsIntegers() {
        String help = Cli.ok("hardware", "--help").out();
        for (org.spikegraph.hardware.profile.HardwareProfile p : org.spikegraph.hardware.profile.Profiles.all()) {
            assertThat(help).contains(p.name());
        }
        String loihi = Cli.ok("hardware", "loihi").out();
        assertThat(loihi).contains("limits.maxFanIn = 4096 synapses").contains("core.neurons = 1024 neurons")
                .contains("time.synop = 3.5E-9 s").doesNotContain("4096.0");
    }
}
