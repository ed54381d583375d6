package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spikegraph.bench.compare.Harness;

/**
 * {@code solve --hardware}, {@code project} and {@code compare} measure the conventional side with one
 * measurement: the problem's baselines through the {@link Harness} (check, warm-up, timed runs) from the
 * same source. With the harness's clock fixed to advance 1 ms per read, each command reports the same
 * baselines, in the same order, described the same, from the same source, with the same warm-up and
 * repetitions, and every figure exactly 1 ms: a command timing its own way (another clock, other runs)
 * would show here.
 */
class ConventionalAgreementTest {

    private static final String ROME = SharedGraphs.path("road/rome99.gr");
    private static final long STEP_NANOS = 1_000_000;

    /** One baseline as a command reported it. */
    private record Figures(String measures, Object source, int warmup, int repetitions, double median, double min, double max) {}

    private static Map<String, Figures> cpuOf(JsonNode report) {
        JsonNode cpu = report.path("cpu");
        Map<String, Figures> out = new LinkedHashMap<>();
        for (JsonNode b : cpu.path("baselines")) {
            out.put(b.path("name").asText(), new Figures(b.path("measures").asText(), report.path("source").asText(),
                    b.path("warmup").asInt(), b.path("repetitions").asInt(), b.path("medianMs").asDouble(),
                    b.path("minMs").asDouble(), b.path("maxMs").asDouble()));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sssp", "bfs"})
    void theThreeCommandsReportOneMeasurementOfTheSameBaselinesFromTheSameSource(String problem, @TempDir Path dir) {
        AtomicLong now = new AtomicLong();
        List<Cli.Result> results = new ArrayList<>();
        Harness.withClock(() -> now.addAndGet(STEP_NANOS), () -> {
            results.add(Cli.ok("compare", "--graph", ROME, "--problem", problem, "--sources", "1", "--seed", "4", "--warmup", "2",
                    "--repetitions", "4", "--hardware", "none", "--no-pictures", "--out", dir.toString()));
            JsonNode compared = json(dir.resolve("compare.json"));
            String source = compared.path("rows").get(0).path("sourceIds").get(0).asText();
            results.add(Cli.ok("solve", problem, "--graph", ROME, "--source", source, "--hardware", "loihi", "--cpu-warmup", "2",
                    "--cpu-repetitions", "4", "--json"));
            results.add(Cli.ok("project", problem, "--graph", ROME, "--source", source, "--cpu-warmup", "2",
                    "--cpu-repetitions", "4", "--json"));
        });
        JsonNode compared = json(dir.resolve("compare.json"));
        Map<String, Figures> fromCompare = new LinkedHashMap<>();
        for (JsonNode row : compared.path("rows")) {
            if (row.path("kind").asText().equals("measured") && !row.path("method").asText().startsWith("spiking")) { // the conventional rows only
                assertThat(row.path("sources").asInt()).isEqualTo(1);
                fromCompare.put(row.path("method").asText(), new Figures(row.path("measures").asText(),
                        row.path("sourceIds").get(0).asText(), row.path("warmup").asInt(), row.path("runsPerSource").asInt(),
                        row.path("medianMs").asDouble(), row.path("minMs").asDouble(), row.path("maxMs").asDouble()));
            }
        }
        Map<String, Figures> fromSolve = cpuOf(results.get(1).json());
        Map<String, Figures> fromProject = cpuOf(results.get(2).json());

        assertThat(fromCompare.keySet()).containsExactly("jgrapht", "primitive");
        assertThat(fromSolve).isEqualTo(fromCompare);
        assertThat(fromProject).isEqualTo(fromCompare);
        assertThat(fromCompare.values()).allSatisfy(f -> {
            assertThat(f.warmup()).isEqualTo(2);
            assertThat(f.repetitions()).isEqualTo(4);
            assertThat(List.of(f.median(), f.min(), f.max())).containsOnly(STEP_NANOS / 1e6);
        });
    }

    private static JsonNode json(Path file) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
