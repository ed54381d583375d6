package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --delays} on solve and project, and {@code project}'s table of every delay strategy per chip. */
class DelayStrategiesCliTest {

    private static final long ROME99_SUM = 116_006_476L;

    @Test
    void projectListsEveryStrategyOnEveryChipAndTheCheapestOnLoihiIsSmallAndExact() {
        JsonNode report = Cli.ok("project", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1", "--json").json();
        assertThat(report.path("summary").path("sumDistance").asLong()).isEqualTo(ROME99_SUM);
        JsonNode projections = report.path("projections");
        assertThat(projections.size()).isEqualTo(5);
        for (JsonNode chip : projections) {
            JsonNode strategies = chip.path("strategies");
            List<String> names = new ArrayList<>();
            int cheapest = 0;
            for (JsonNode s : strategies) {
                names.add(s.path("strategy").asText());
                cheapest += s.path("cheapest").asBoolean() ? 1 : 0;
                if (!s.has("refusal")) {
                    assertThat(s.path("costMeasure").asText()).isIn("neuron-steps", "synaptic events");
                    assertThat(s.path("cost").asDouble()).isPositive();
                    assertThat(s.path("seconds").asDouble()).isPositive();
                    assertThat(s.path("joules").asDouble()).isPositive();
                }
            }
            assertThat(names).as(chip.path("hardware").asText()).containsExactly("chains", "taps", "counters");
            assertThat(cheapest).as(chip.path("hardware").asText()).isEqualTo(1);
            // the default strategy is taps, and the chip's headline is its taps row
            assertThat(chip.path("delayStrategy").asText()).isEqualTo("taps");
            assertThat(chip.path("neuronsAfterLegalization").asInt()).isEqualTo(strategies.get(1).path("neurons").asInt());
        }
        JsonNode loihi = projections.get(0);
        assertThat(loihi.path("hardware").asText()).isEqualTo("loihi");
        JsonNode best = null;
        for (JsonNode s : loihi.path("strategies")) {
            if (s.path("cheapest").asBoolean()) {
                best = s;
            } else if (!s.has("refusal")) {
                assertThat(s.path("cost").asDouble()).isGreaterThanOrEqualTo(loihi.path("strategies").findValues("cost").stream()
                        .mapToDouble(JsonNode::asDouble).min().orElseThrow());
            }
        }
        assertThat(best).isNotNull();
        assertThat(best.has("refusal")).isFalse();
        assertThat(best.path("neurons").asInt()).isLessThanOrEqualTo(12_500);
        assertThat(best.path("answerUnchanged").asBoolean()).isTrue();
        assertThat(best.path("costMeasure").asText()).isEqualTo("neuron-steps");
    }

    @Test
    void projectTableMarksTheCheapestStrategy() {
        Cli.Result r = Cli.ok("project", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1",
                "--hardware", "loihi");
        List<String> rows = r.out().lines().filter(l -> l.startsWith("  loihi ")).toList();
        assertThat(rows).hasSize(4); // the headline row and one per construction
        assertThat(rows.get(0)).contains(" taps ");
        assertThat(rows.subList(1, 4)).allSatisfy(l -> assertThat(l).contains("neuron-steps").contains("unchanged"));
        assertThat(rows.subList(1, 4).stream().filter(l -> l.contains("*")).count()).isEqualTo(1);
        assertThat(r.out()).contains("delay strategies per chip");
    }

    @Test
    void delaysCheapestOnSolveNamesTheConstructionItUsed() {
        JsonNode cheapest = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1",
                "--hardware", "loihi", "--delays", "cheapest", "--json").json().path("projections").get(0);
        JsonNode chains = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1",
                "--hardware", "loihi", "--delays", "chains", "--json").json().path("projections").get(0);
        assertThat(cheapest.path("delayStrategy").asText()).isIn("chains", "taps", "counters");
        assertThat(chains.path("delayStrategy").asText()).isEqualTo("chains");
        assertThat(cheapest.path("answerUnchanged").asBoolean()).isTrue();
        assertThat(chains.path("answerUnchanged").asBoolean()).isTrue();
        assertThat(cheapest.path("neuronsAfterLegalization").asInt()).isLessThan(chains.path("neuronsAfterLegalization").asInt());
        assertThat(cheapest.has("strategies")).isFalse(); // only project lists every strategy
    }

    @Test
    void anUnknownDelayStrategyIsBadInput() {
        Cli.Result r = Cli.run("solve", "sssp", "--delays", "ramps");
        assertThat(r.code()).as("%s", r).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--delays").contains("chains").contains("cheapest");
    }
}
