package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.hardware.profile.Profiles;

/**
 * {@code hardware --json} and {@code compare --json} print objects that validate against the repo's
 * schema, docs/schema/report-v2.json, as its {@code $defs/hardwareListing} and {@code $defs/comparison}
 * (the same file as the solve report); broken copies do not.
 */
class CompareHardwareJsonSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("../docs/schema/report-v2.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The schema file with its root replaced by a reference to one of its definitions. */
    private static Schema definition(String name) throws IOException {
        ObjectNode file = (ObjectNode) JSON.readTree(SCHEMA_FILE.toFile());
        ObjectNode root = JSON.createObjectNode();
        root.set("$schema", file.get("$schema"));
        root.set("$id", file.get("$id"));
        root.put("$ref", "#/$defs/" + name);
        root.set("$defs", file.get("$defs"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root.toString(), InputFormat.JSON);
    }

    private static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    @Test
    void hardwareJsonFollowsTheSchemaAndHoldsEveryFigureOfTheList() throws IOException {
        Schema schema = definition("hardwareListing");
        String json = Cli.ok("hardware", "--json").out();
        assertThat(errors(schema, json)).as("%s", json).isEmpty();
        JsonNode listing = JSON.readTree(json);
        assertThat(listing.path("schema").asText()).isEqualTo(HardwareCommand.SCHEMA);
        assertThat(listing.path("profiles").size()).isEqualTo(Profiles.all().size());
        String list = Cli.ok("hardware").out();
        for (JsonNode p : listing.path("profiles")) {
            assertThat(list).contains(p.path("name").asText() + ": " + p.path("title").asText());
            for (JsonNode f : p.path("figures")) {
                assertThat(list).contains("  " + f.path("name").asText() + " = ");
            }
        }
        JsonNode loihi = JSON.readTree(Cli.ok("hardware", "loihi", "--json").out()).path("profiles");
        assertThat(loihi.size()).isOne();
        assertThat(errors(schema, json.replaceFirst("\"assumed\" : (true|false)", "\"assumed\" : \"no\""))).isNotEmpty();
        assertThat(errors(schema, json.replaceFirst("\"schema\" : \"[^\"]*\",", ""))).isNotEmpty();
        assertThat(errors(schema, json.replaceFirst("\"source\" : \"[^\"]*\"", "\"source\" : \"\""))).isNotEmpty();
    }

    @Test
    void compareJsonFollowsTheSchemaAndIsCompareJson(@TempDir Path dir) throws IOException {
        Schema schema = definition("comparison");
        Path out = dir.resolve("cmp");
        Cli.Result r = Cli.ok("compare", "--graph", SharedGraphs.path("road/rome99.gr"), "--problem", "sssp", "--sources", "1,7",
                "--warmup", "0", "--repetitions", "2", "--hardware", "loihi,truenorth", "--no-pictures", "--json",
                "--output", out.toString());
        assertThat(errors(schema, r.out())).as("%s", r.out()).isEmpty();
        JsonNode printed = JSON.readTree(r.out());
        JsonNode written = JSON.readTree(out.resolve("compare.json").toFile());
        assertThat(printed).as("stdout holds what compare.json holds").isEqualTo(written);
        assertThat(printed.path("rows").size()).isGreaterThanOrEqualTo(5);
        assertThat(errors(schema, r.out().replaceFirst("\"kind\" : \"measured\"", "\"kind\" : \"guessed\""))).isNotEmpty();
        assertThat(errors(schema, r.out().replaceFirst("\"medianMs\" : [0-9.Ee-]+", "\"medianMs\" : -1"))).isNotEmpty();
        assertThat(errors(schema, r.out().replaceFirst("\"schema\" : \"[^\"]*\"", "\"schema\" : \"spikegraph-compare/0\"")))
                .isNotEmpty();
    }

    @Test
    void aSweepComparisonFollowsTheSchema(@TempDir Path dir) throws IOException {
        Schema schema = definition("comparison");
        String json = Cli.ok("compare", "--sweep", "--min-vertices", "100", "--max-vertices", "1000", "--source-count", "1",
                "--warmup", "0", "--repetitions", "1", "--hardware", "spinnaker2", "--no-pictures", "--json",
                "--output", dir.resolve("sweep").toString()).out();
        assertThat(errors(schema, json)).as("%s", json).isEmpty();
        JsonNode c = JSON.readTree(json);
        assertThat(c.path("fits").size()).isPositive();
        assertThat(c.path("coincident").size()).isPositive();
    }
}
