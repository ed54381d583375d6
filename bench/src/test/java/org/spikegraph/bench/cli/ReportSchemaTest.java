package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.bench.report.Report;

/**
 * The published JSON contract, docs/schema/report-v2.json: every spec's {@code solve NAME --json}
 * report (plain, with the check, chip projections and the CPU side, and with the whole answer under
 * {@code --full}) validates against it with a JSON Schema validator, and reports in the old shapes
 * (version 1's {@code conventionalMs}, string lists, {@code top1..}) do not.
 */
class ReportSchemaTest {

    /** The schema, from the bench module directory where Maven runs the tests. */
    private static final Path SCHEMA_FILE = Path.of("../docs/schema/report-v2.json");

    private static Schema schema;

    @BeforeAll
    static void setUp() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA_FILE)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
    }

    static Stream<String> names() {
        return SpecCases.names();
    }

    private static String[] args(String name, String... more) {
        return SpecCases.args(List.of("solve"), name, more).toArray(String[]::new);
    }

    private static List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    @ParameterizedTest(name = "solve {0} --json")
    @MethodSource("names")
    void everySolveReportFollowsTheSchema(String name) {
        String json = Cli.ok(args(name, "--json")).out();
        assertThat(errors(json)).as("%s", json).isEmpty();
        assertThat(json).contains("\"schema\" : \"" + Report.SCHEMA + "\"");
    }

    @ParameterizedTest(name = "solve {0} --validate --hardware --json")
    @MethodSource("names")
    void everyFullReportFollowsTheSchema(String name) {
        String json = Cli.ok(args(name, "--validate", "--hardware", "loihi,truenorth", "--cpu-warmup", "0",
                "--cpu-repetitions", "2", "--json")).out();
        assertThat(errors(json)).as("%s", json).isEmpty();
        assertThat(json).contains("\"validation\"", "\"projections\"", "\"baselines\"");
    }

    @ParameterizedTest(name = "solve {0} --json --full")
    @MethodSource("names")
    void everyWholeAnswerFollowsTheSchema(String name) {
        Cli.Result r = Cli.ok(args(name, "--json", "--full"));
        String json = r.out();
        assertThat(errors(json)).as("%s", json).isEmpty();
        JsonNode answer = r.json().path("answer");
        assertThat(answer.isObject()).as("%s", json).isTrue();
        answer.fields().forEachRemaining(table -> {
            if (table.getKey().equals("distances")) {
                return;
            }
            assertThat(table.getValue().size()).as("%s has columns", table.getKey()).isPositive();
            int rows = table.getValue().elements().next().size();
            table.getValue().forEach(column -> assertThat(column.size()).as("%s: columns of one length", table.getKey())
                    .isEqualTo(rows));
        });
        // a broken answer is caught: an object where a column holds scalars
        String firstTable = answer.fieldNames().next();
        String firstColumn = answer.path(firstTable).fieldNames().next();
        assertThat(errors(json.replaceFirst("\"" + firstColumn + "\" : \\[", "\"" + firstColumn + "\" : [ { }, ")))
                .isNotEmpty();
    }

    @Test
    void theLargestComponentsReportsFollowTheSchema() {
        for (List<String> more : List.of(List.of("--largest-component"), List.<String>of())) {
            List<String> a = new java.util.ArrayList<>(List.of("solve", "diameter", "--graph", LargestComponentCliTest.file(),
                    "--validate", "--hardware", "loihi", "--cpu-warmup", "0", "--cpu-repetitions", "1", "--json", "--full"));
            a.addAll(more);
            String json = Cli.ok(a.toArray(String[]::new)).out();
            assertThat(errors(json)).as("%s", json).isEmpty();
            assertThat(json).contains("\"note\"");
            // the summary's added fields are typed: a component size that is not a number is caught
            assertThat(errors(json.replaceFirst("\"(componentVertices|largestComponent)\" : [0-9]+", "\"$1\" : \"six\"")))
                    .isNotEmpty();
        }
    }

    @Test
    void theAnswerIsThereOnlyWithFull() {
        JsonNode plain = Cli.ok(args("kcore", "--json")).json();
        assertThat(plain.has("answer")).isFalse();
        JsonNode full = Cli.ok(args("kcore", "--json", "--full")).json();
        assertThat(full.path("answer").path("vertices").path("coreness").size()).isEqualTo(full.path("graph").path("vertices").asInt());
        assertThat(errors(full.toString().replace("\"coreness\":[", "\"coreness\":[-1,"))).isNotEmpty();
    }

    @Test
    void projectWithEveryDelayStrategyFollowsTheSchema() {
        String json = Cli.ok("project", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1",
                "--hardware", "loihi,truenorth", "--delays", "cheapest", "--cpu-warmup", "0", "--cpu-repetitions", "2",
                "--json").out();
        assertThat(errors(json)).as("%s", json).isEmpty();
        assertThat(json).contains("\"strategies\"", "\"delayStrategy\"");
        assertThat(errors(json.replaceFirst("\"strategy\" : \"chains\"", "\"strategy\" : \"ramps\""))).isNotEmpty();
        assertThat(errors(json.replaceFirst("\"delayStrategy\" : \"[a-z]+\",", ""))).isNotEmpty();
    }

    @Test
    void vertexSetsAndRankingsAreArrays() {
        String multi = Cli.ok(args("multi-source", "--json")).out();
        assertThat(multi).containsPattern("\"sources\" : \\[ 1, 1000, 2000 \\]");
        String pagerank = Cli.ok(args("pagerank", "--json")).out();
        assertThat(pagerank).contains("\"top\" : [").doesNotContain("\"top1\"");
    }

    @Test
    void theOldShapesAndAMissingVersionAreRejected() {
        String good = Cli.ok(args("multi-source", "--json")).out();
        assertThat(errors(good)).isEmpty();
        assertThat(errors(good.replaceFirst("\"sources\" : \\[ 1, 1000, 2000 \\]", "\"sources\" : \"[1, 1000, 2000]\"")))
                .isNotEmpty();
        assertThat(errors(good.replaceFirst("\"schema\" : \"[^\"]*\",", ""))).isNotEmpty();
        assertThat(errors(good.replaceFirst("\"summary\" : \\{", "\"summary\" : { \"top1\" : 1,"))).isNotEmpty();
        assertThat(errors(good.replaceFirst("\"spikes\" : \\d+", "\"spikes\" : -1"))).isNotEmpty();
        assertThat(good).contains("\"referenceMs\"").doesNotContain("conventionalMs");
        assertThat(errors(good.replace("\"referenceMs\"", "\"conventionalMs\""))).isNotEmpty();
        assertThat(errors(good.replace("\"spikegraph-report/2\"", "\"spikegraph-report/1\""))).isNotEmpty();
    }
}
