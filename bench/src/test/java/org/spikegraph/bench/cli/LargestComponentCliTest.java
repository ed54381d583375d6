package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code solve diameter --largest-component} on a small CA-GrQc-like file (SNAP edge list, each pair both
 * ways, sparse ids): a path of six 101-205-307-412-518-623, a triangle 9001-9002-9003, and vertex 77 with one
 * arc into the path (weakly, not strongly, connected to it). The largest strongly connected component is the
 * path: radius 3 (at 307 and 412), diameter 5. Checked in the table, {@code --json}, {@code --json --full},
 * {@code --output} and {@code --hardware}; without the option the report says the graph is not strongly
 * connected and names the option.
 */
class LargestComponentCliTest {

    private static final List<String> PATH = List.of("101", "205", "307", "412", "518", "623");

    static String file() {
        try {
            return Path.of(LargestComponentCliTest.class.getResource("two-components.txt").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLargestComponentIsThePathAndAgreesWithGraphMeasurer() {
        JsonNode j = Cli.ok("solve", "diameter", "--graph", file(), "--largest-component", "--validate", "--json").json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        assertThat(j.path("validation").path("against").asText()).contains("GraphMeasurer", "largest strongly connected");
        assertThat(j.path("validation").path("compared").asInt()).isEqualTo(6 + 3);
        JsonNode s = j.path("summary");
        assertThat(s.path("radius").asInt()).isEqualTo(3);
        assertThat(s.path("diameter").asInt()).isEqualTo(5);
        assertThat(s.path("centreSize").asInt()).isEqualTo(2);
        assertThat(s.path("centreVertex").asText()).isIn("307", "412");
        assertThat(s.path("component").asText()).isEqualTo("largest strongly connected");
        assertThat(s.path("componentVertices").asInt()).isEqualTo(6);
        assertThat(s.path("componentArcs").asInt()).isEqualTo(10);
        assertThat(s.path("components").asInt()).isEqualTo(3); // the path, the triangle, 77 alone
        assertThat(s.path("note").asText()).contains("6 of the graph's 10 vertices", "vertex ids are the file's");
        assertThat(j.path("graph").path("vertices").asInt()).isEqualTo(10);
        assertThat(j.path("activity").path("runs").asInt()).isEqualTo(6);
    }

    @Test
    void withoutTheOptionTheReportSaysTheGraphIsNotConnectedAndNamesIt() {
        JsonNode j = Cli.ok("solve", "diameter", "--graph", file(), "--validate", "--json").json();
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
        assertThat(j.path("summary").path("diameter").asText()).isEqualTo("infinite");
        assertThat(j.path("summary").path("note").asText()).contains("not strongly connected", "--largest-component");
        assertThat(j.path("summary").path("largestComponent").asInt()).isEqualTo(6);
        String table = Cli.ok("solve", "diameter", "--graph", file()).out();
        assertThat(table).contains("--largest-component");
    }

    @Test
    void outputAndFullAnswerHoldTheComponentWithTheFilesIds(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("ecc.tsv");
        Cli.Result r = Cli.ok("solve", "diameter", "--graph", file(), "--largest-component", "--output", out.toString(),
                "--json", "--full");
        List<String> ids = new ArrayList<>();
        List<Long> eccentricities = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            if (!line.startsWith("#")) {
                String[] f = line.split("\t");
                ids.add(f[0]);
                eccentricities.add(Long.parseLong(f[1]));
            }
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(PATH);
        // on a path of six the eccentricity of the i-th vertex is max(i, 5 - i)
        for (int i = 0; i < ids.size(); i++) {
            int at = PATH.indexOf(ids.get(i));
            assertThat(eccentricities.get(i)).as(ids.get(i)).isEqualTo(Math.max(at, 5 - at));
        }
        JsonNode vertices = r.json().path("answer").path("vertices");
        List<String> jsonIds = new ArrayList<>();
        vertices.path("id").forEach(id -> jsonIds.add(id.asText()));
        assertThat(jsonIds).isEqualTo(ids);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(vertices.path("eccentricity").get(i).asLong()).isEqualTo(eccentricities.get(i));
        }
    }

    @Test
    void onAChipTheComponentsRunsKeepTheAnswer() {
        JsonNode j = Cli.ok("solve", "diameter", "--graph", file(), "--largest-component", "--hardware", "loihi",
                "--cpu-warmup", "0", "--cpu-repetitions", "1", "--json").json();
        JsonNode loihi = j.path("projections").get(0);
        assertThat(loihi.path("hardware").asText()).isEqualTo("loihi");
        assertThat(loihi.path("answerUnchanged").asBoolean()).as("%s", loihi).isTrue();
        assertThat(j.path("cpu").path("seconds").asDouble()).isPositive();
        assertThat(j.path("summary").path("diameter").asInt()).isEqualTo(5);
    }

    @Test
    void closenessOnTheComponentIsPositiveWhereOnTheWholeGraphItIsZero() {
        JsonNode whole = Cli.ok("solve", "closeness", "--graph", file(), "--validate", "--json").json();
        assertThat(whole.path("validation").path("agrees").asBoolean()).isTrue();
        assertThat(whole.path("summary").path("meanCloseness").asDouble()).isZero(); // no vertex reaches all
        assertThat(whole.path("summary").path("note").asText()).contains("closeness 0", "--largest-component");
        JsonNode j = Cli.ok("solve", "closeness", "--graph", file(), "--largest-component", "--validate", "--json").json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        assertThat(j.path("validation").path("compared").asInt()).isEqualTo(2 * 6);
        assertThat(j.path("summary").path("componentVertices").asInt()).isEqualTo(6);
        // the path's middle: distances 2+1+1+2+3 = 9 from 307 (and from 412), closeness (6 - 1) / 9
        assertThat(j.path("summary").path("maxCloseness").asDouble()).isEqualTo(5.0 / 9);
        assertThat(j.path("summary").path("maxClosenessVertex").asText()).isIn("307", "412");
    }
}
