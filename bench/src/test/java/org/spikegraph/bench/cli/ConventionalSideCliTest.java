package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.spikegraph.bench.compare.Harness;
import org.junit.jupiter.api.Test;

/**
 * The CPU side of {@code project} and {@code solve --hardware}: the problem's own baselines, warmed
 * and repeated as {@code compare} does, the headline being the fastest median and its energy that
 * median at the stated power.
 */
class ConventionalSideCliTest {

    private static final String ROME = SharedGraphs.path("road/rome99.gr");

    @Test
    void projectTimesEveryBaselineWarmAndRepeatedAndHeadlinesTheFastestMedian() {
        JsonNode cpu = Cli.ok("project", "bfs", "--graph", ROME, "--source", "1", "--cpu-warmup", "2",
                "--cpu-repetitions", "7", "--cpu-watts", "20", "--json").json().path("cpu");
        assertThat(cpu.path("warmup").asInt()).isEqualTo(2);
        assertThat(cpu.path("repetitions").asInt()).isEqualTo(7);
        List<String> names = new ArrayList<>();
        double fastest = Double.MAX_VALUE;
        String fastestName = null;
        for (JsonNode b : cpu.path("baselines")) {
            names.add(b.path("name").asText());
            assertThat(b.path("repetitions").asInt()).isEqualTo(7);
            assertThat(b.path("warmup").asInt()).isEqualTo(2);
            double median = b.path("medianMs").asDouble();
            assertThat(b.path("minMs").asDouble()).isPositive().isLessThanOrEqualTo(b.path("q1Ms").asDouble());
            assertThat(b.path("q1Ms").asDouble()).isLessThanOrEqualTo(median);
            assertThat(median).isLessThanOrEqualTo(b.path("q3Ms").asDouble());
            assertThat(b.path("q3Ms").asDouble()).isLessThanOrEqualTo(b.path("maxMs").asDouble());
            assertThat(b.path("joules").asDouble()).isCloseTo(median / 1e3 * 20, within(1e-12));
            assertThat(b.path("measures").asText()).isNotEmpty();
            if (median < fastest) {
                fastest = median;
                fastestName = b.path("name").asText();
            }
        }
        assertThat(names).containsExactly("jgrapht", "primitive");
        assertThat(cpu.path("baseline").asText()).isEqualTo(fastestName);
        assertThat(cpu.path("medianMs").asDouble()).isEqualTo(fastest);
        assertThat(cpu.path("seconds").asDouble()).isCloseTo(fastest / 1e3, within(1e-12));
        assertThat(cpu.path("joules").asDouble()).isCloseTo(fastest / 1e3 * 20, within(1e-12));
        assertThat(cpu.path("energyBasis").asText()).contains("20 W per core", "median of 7 warm runs", fastestName);
    }

    @Test
    void khopIsSetAgainstTheKHopPrimitiveNotOnlyAFullSearch() {
        JsonNode cpu = Cli.ok("solve", "khop", "--graph", ROME, "--source", "1", "-k", "3", "--hardware", "loihi",
                "--cpu-warmup", "0", "--cpu-repetitions", "3", "--json").json().path("cpu");
        JsonNode primitive = cpu.path("baselines").get(1);
        assertThat(primitive.path("name").asText()).isEqualTo("primitive");
        assertThat(primitive.path("measures").asText()).contains("k-hop");
        assertThat(cpu.path("medianMs").asDouble()).isEqualTo(Math.min(cpu.path("baselines").get(0).path("medianMs").asDouble(),
                primitive.path("medianMs").asDouble()));
    }

    @Test
    void theTableNamesEachBaselineAndTheEnergyBasis() {
        String out = Cli.ok("project", "sssp", "--graph", ROME, "--source", "1", "--cpu-repetitions", "5").out();
        assertThat(out).contains("median [q1 .. q3] of 5 timed runs after " + Harness.Settings.WARMUP + " warm-up runs", "jgrapht", "primitive",
                "cpu energy: 15 W per core");
    }

    @Test
    void noRepetitionsIsRefused() {
        Cli.Result r = Cli.run("project", "bfs", "--graph", ROME, "--cpu-repetitions", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--cpu-repetitions");
    }
}
