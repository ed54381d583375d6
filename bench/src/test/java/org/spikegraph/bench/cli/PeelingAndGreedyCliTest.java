package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code solve kcore|mis|coloring} on the shared real graphs with {@code --validate --json --output
 * --hardware}, and {@code compare --problem kcore}: the figures the algorithms' real-graph tests
 * found, checked against JGraphT, written per vertex, and projected onto a chip with the same answer.
 */
class PeelingAndGreedyCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void kcoreOfEmailEuCore() throws IOException {
        Path out = dir.resolve("coreness.tsv");
        JsonNode j = solve("kcore", "snap/email-Eu-core.txt", out);
        assertThat(j.path("summary").path("degeneracy").asInt()).isEqualTo(34);
        assertThat(j.path("validation").path("against").asText()).isEqualTo("JGraphT Coreness");
        assertThat(j.path("validation").path("compared").asInt()).isEqualTo(j.path("graph").path("vertices").asInt());
        assertThat(j.path("activity").path("runs").asInt()).isEqualTo(35);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("# vertex\tcoreness");
        assertThat(lines.stream().skip(1).mapToInt(l -> Integer.parseInt(l.split("\t")[1])).max().orElseThrow()).isEqualTo(34);
        long inMaxCore = lines.stream().skip(1).filter(l -> l.endsWith("\t34")).count();
        assertThat(inMaxCore).isEqualTo(j.path("summary").path("maxCoreVertices").asLong());
    }

    @Test
    void misOfCaGrQc() throws IOException {
        Path out = dir.resolve("mis.tsv");
        JsonNode j = solve("mis", "snap/CA-GrQc.txt", out);
        assertThat(j.path("summary").path("size").asInt()).isEqualTo(2453);
        assertThat(j.path("validation").path("against").asText()).contains("independence and maximality")
                .contains("JGraphT GreedyColoring");
        assertThat(j.path("activity").path("runs").asInt()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("# vertex\tin_set");
        assertThat(lines.stream().skip(1).filter(l -> l.endsWith("\t1")).count()).isEqualTo(2453);
    }

    @Test
    void coloringOfRome99() throws IOException {
        Path out = dir.resolve("colours.tsv");
        JsonNode j = solve("coloring", "road/rome99.gr", out);
        assertThat(j.path("summary").path("colours").asInt()).isEqualTo(4);
        assertThat(j.path("validation").path("against").asText()).contains("a proper colouring");
        assertThat(j.path("activity").path("runs").asInt()).isEqualTo(4);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1 + 3353);
        assertThat(lines.get(0)).isEqualTo("# vertex\tcolour");
        assertThat(lines.stream().skip(1).map(l -> l.split("\t")[1]).distinct().sorted()).containsExactly("0", "1", "2", "3");
    }

    @Test
    void compareKcoreChecksEveryMethodAgainstJGraphT() throws IOException {
        Path out = dir.resolve("compare");
        Cli.Result r = Cli.ok("compare", "--graph", SharedGraphs.path("road/rome99.gr"), "--problem", "kcore", "--source-count", "1",
                "--warmup", "0", "--repetitions", "1", "--hardware", "loihi", "--out", out.toString());
        assertThat(r.out()).contains("every answer checked against JGraphT Coreness before its time was kept");
        JsonNode j = JSON.readTree(out.resolve("compare.json").toFile());
        List<String> methods = new ArrayList<>();
        for (JsonNode row : j.path("rows")) {
            methods.add(row.path("method").asText());
            assertThat(row.path("joules").asDouble()).as("%s", row).isPositive();
            if (row.path("method").asText().equals("spiking")) {
                // every vertex spikes when it is peeled, and the peeled ones again at each later run
                assertThat(row.path("spikes").asDouble()).isGreaterThanOrEqualTo(3353);
            }
        }
        assertThat(methods).containsExactly("jgrapht", "spiking", "primitive", "loihi");
    }

    /**
     * The inhibited latches fit every chip but TrueNorth, whose one axon per neuron and fan-in of 256
     * would need relays that inhibition (weight -1) cannot pass exactly: it is refused with a reason,
     * never projected with another answer.
     */
    @Test
    void projectMisPutsTheLatchesOnEveryChipThatCanHoldThem() {
        for (String graph : new String[] {"road/rome99.gr", "snap/email-Eu-core.txt"}) {
            JsonNode j = Cli.ok("project", "mis", "--graph", SharedGraphs.path(graph), "--json").json();
            assertThat(j.path("projections")).hasSize(5).allSatisfy(p -> {
                if (p.path("hardware").asText().equals("truenorth")) {
                    assertThat(p.path("error").asText()).as("%s", p).isNotBlank();
                    assertThat(p.path("answerUnchanged").isMissingNode()).isTrue();
                } else {
                    assertThat(p.path("answerUnchanged").asBoolean()).as("%s", p).isTrue();
                    assertThat(p.path("seconds").asDouble()).isPositive();
                }
            });
        }
    }

    @Test
    void theNewProblemsAreListedUnderSolveProjectAndCompare() {
        for (String command : new String[] {"solve", "project"}) {
            assertThat(Cli.ok(command, "--help").out()).contains("kcore").contains("mis").contains("coloring");
        }
        Cli.badInput(Cli.run("compare", "--graph", SharedGraphs.path("road/rome99.gr"), "--problem", "nothing"),
                "kcore, mis, coloring");
    }

    /** {@code solve PROBLEM} with every output option; the common checks. */
    private static JsonNode solve(String problem, String graph, Path out) throws IOException {
        JsonNode j = Cli.ok("solve", problem, "--graph", SharedGraphs.path(graph), "--validate", "--json",
                "--output", out.toString(), "--hardware", "loihi").json();
        assertThat(j.path("problem").asText()).isEqualTo(problem);
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j.path("validation")).isTrue();
        assertThat(j.path("validation").path("mismatches").asInt()).isZero();
        assertThat(j.path("activity").path("spikes").asLong()).isPositive();
        assertThat(j.path("projections")).hasSize(1);
        JsonNode p = j.path("projections").get(0);
        assertThat(p.path("hardware").asText()).isEqualTo("loihi");
        assertThat(p.path("answerUnchanged").asBoolean()).as("%s", p).isTrue();
        assertThat(p.path("seconds").asDouble()).isPositive();
        assertThat(Files.readAllLines(out)).hasSize(1 + j.path("graph").path("vertices").asInt());
        return j;
    }
}
