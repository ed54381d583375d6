package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The published JSON contract, docs/schema/report-v1.json: every spec's {@code solve NAME --json}
 * report (plain, and with the check, chip projections and the CPU side) validates against it with
 * a JSON Schema validator, and reports in the old shapes do not.
 */
class ReportSchemaTest {

    /** The schema, from the bench module directory where Maven runs the tests. */
    private static final Path SCHEMA_FILE = Path.of("../docs/schema/report-v1.json");

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
    }
}
