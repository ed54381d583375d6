package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve components} and {@code solve dag-longest} on real graphs, checked against JGraphT. */
class ComponentsCliTest {

    private static final String EMAIL = "snap/email-Eu-core.txt";

    @Test
    void strongComponentsOfEmailEuCoreAgreeWithJGraphT(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scc.tsv");
        JsonNode j = Cli.ok("solve", "components", "--graph", SharedGraphs.path(EMAIL), "--strong", "--validate", "--json",
                "--output", out.toString()).json();
        assertThat(j.path("problem").asText()).isEqualTo("scc");
        assertThat(j.path("summary").path("components").asInt()).isEqualTo(203);
        assertThat(j.path("summary").path("runs").asInt()).isEqualTo(203);
        assertThat(j.path("summary").path("largest").asInt()).isPositive();
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
        assertThat(j.path("validation").path("against").asText()).contains("Kosaraju");
        JsonNode a = j.path("activity");
        assertThat(a.path("runs").asInt()).isEqualTo(203);
        assertThat(a.path("neurons").asLong()).isEqualTo(2 * j.path("graph").path("vertices").asLong());
        assertThat(a.path("spikes").asLong()).isPositive();
        assertThat(a.path("synapticEvents").asLong()).isPositive();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("#");
        assertThat(lines).hasSize(1 + j.path("graph").path("vertices").asInt());
    }

    @Test
    void weakComponentsOfEmailEuCoreAndTheTable() {
        JsonNode j = Cli.ok("solve", "components", "--graph", SharedGraphs.path(EMAIL), "--weak", "--validate", "--json").json();
        assertThat(j.path("summary").path("components").asInt()).isEqualTo(20);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
        String table = Cli.ok("solve", "components", "--graph", SharedGraphs.path(EMAIL), "--weak").out();
        assertThat(table).contains("20 runs").contains("components");
    }

    @Test
    void aDirectedGraphNeedsWeakOrStrong() {
        Cli.badInput(Cli.run("solve", "components", "--graph", SharedGraphs.path(EMAIL)), "--weak", "--strong");
    }

    @Test
    void dagLongestOnEmailEuCoreNamesACycleAndAgreesWithJGraphT(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("longest.tsv");
        JsonNode j = Cli.ok("solve", "dag-longest", "--graph", SharedGraphs.path(EMAIL), "--validate", "--json",
                "--output", out.toString()).json();
        assertThat(j.path("problem").asText()).isEqualTo("dag-longest");
        JsonNode cycle = j.path("summary").path("cycle");
        assertThat(cycle.isArray()).isTrue();
        assertThat(cycle.size()).isPositive();
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
        assertThat(j.path("activity").path("runs").asInt()).isEqualTo(1);
        assertThat(Files.readAllLines(out)).anyMatch(l -> l.endsWith("\tcycle\t-"));
    }

    @Test
    void dagLongestOnAGeneratedDag(@TempDir Path dir) throws Exception {
        Path g = dir.resolve("dag.txt");
        // 1 -> 2 (3), 1 -> 3 (1), 3 -> 2 (5), 2 -> 4 (2): longest path 1-3-2-4 = 8
        Files.writeString(g, "1 2 3\n1 3 1\n3 2 5\n2 4 2\n");
        JsonNode j = Cli.ok("solve", "dag-longest", "--graph", g.toString(), "--validate", "--json").json();
        assertThat(j.path("summary").path("longestPath").asLong()).isEqualTo(8);
        assertThat(j.path("summary").path("sinks").asInt()).isEqualTo(1);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void dagLongestRefusesAnUndirectedGraph() {
        Cli.badInput(Cli.run("solve", "dag-longest", "--graph", SharedGraphs.path(EMAIL), "--undirected"), "directed");
    }
}
