package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve mst} and {@code solve maxflow} on real graphs: answers, JSON fields, activity over several runs, outputs. */
class MstFlowCliTest {

    private static final String ROME99 = "road/rome99.gr";

    @Test
    void mstOnRome99AgreesWithKruskalAndReportsEveryRun(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("tree.tsv");
        JsonNode j = Cli.ok("solve", "mst", "--graph", SharedGraphs.path(ROME99), "--validate", "--json",
                "--output", out.toString()).json();
        assertThat(j.path("problem").asText()).isEqualTo("mst");
        JsonNode s = j.path("summary");
        assertThat(s.path("weight").isIntegralNumber()).isTrue();
        assertThat(s.path("weight").asLong()).isEqualTo(1_186_386L);
        assertThat(s.path("edges").asInt()).isEqualTo(3_352);
        assertThat(s.path("components").asInt()).isEqualTo(1);
        int runs = s.path("runs").asInt();
        assertThat(runs).isBetween(2, 12);
        JsonNode v = j.path("validation");
        assertThat(v.path("against").asText()).contains("Kruskal");
        assertThat(v.path("agrees").asBoolean()).isTrue();
        JsonNode a = j.path("activity");
        assertThat(a.path("runs").asInt()).isEqualTo(runs);
        assertThat(a.path("spikes").asLong()).isGreaterThan(3353L * runs);
        assertThat(a.path("synapticEvents").asLong()).isPositive();
        assertThat(a.path("stepsSpanned").asLong()).isPositive();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1 + 3_352);
        long total = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split("\t")[2])).sum();
        assertThat(total).isEqualTo(1_186_386L);
    }

    @Test
    void maxflowOnRome99AgreesWithJGraphTAndWritesTheFlow(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("flow.tsv");
        JsonNode j = Cli.ok("solve", "maxflow", "--graph", SharedGraphs.path(ROME99), "--source", "1", "--sink", "3353",
                "--validate", "--json", "--output", out.toString()).json();
        assertThat(j.path("problem").asText()).isEqualTo("maxflow");
        assertThat(j.path("source").asLong()).isEqualTo(1);
        JsonNode s = j.path("summary");
        assertThat(s.path("value").asLong()).isEqualTo(368);
        assertThat(s.path("cutEdges").asInt()).isPositive();
        int runs = s.path("runs").asInt();
        assertThat(runs).isEqualTo(s.path("augmentingPaths").asInt() + 1);
        JsonNode v = j.path("validation");
        assertThat(v.path("against").asText()).contains("EdmondsKarpMFImpl");
        assertThat(v.path("agrees").asBoolean()).isTrue();
        assertThat(j.path("activity").path("runs").asInt()).isEqualTo(runs);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1 + 8870);
        long cut = lines.stream().skip(1).map(l -> l.split("\t")).filter(f -> f[4].equals("cut"))
                .mapToLong(f -> Long.parseLong(f[2])).sum();
        assertThat(cut).isEqualTo(368);
    }

    @Test
    void hostDrivenProblemsAreProjectedRunByRunWithTheSameAnswer() {
        for (List<String> problem : List.of(List.of("maxflow", "--source", "1", "--sink", "3353"), List.of("mst"))) {
            List<String> args = new java.util.ArrayList<>(List.of("solve"));
            args.addAll(problem);
            args.addAll(List.of("--graph", SharedGraphs.path(ROME99), "--hardware", "loihi,spinnaker2", "--json"));
            JsonNode j = Cli.ok(args.toArray(String[]::new)).json();
            int runs = j.path("summary").path("runs").asInt();
            assertThat(runs).as("%s", problem).isGreaterThan(1);
            assertThat(j.path("projections")).hasSize(2).allSatisfy(p -> {
                assertThat(p.path("answerUnchanged").asBoolean()).as("%s on %s", problem, p.path("hardware").asText()).isTrue();
                assertThat(p.path("seconds").asDouble()).isPositive();
                assertThat(p.path("assumptions").get(0).asText()).startsWith(runs + " runs, driven by the host");
            });
        }
    }

    @Test
    void maxflowOnEmailEuCoreTable() {
        Cli.Result r = Cli.ok("solve", "maxflow", "--graph", SharedGraphs.path("snap/email-Eu-core.txt"),
                "--source", "160", "--sink", "121", "--validate");
        assertThat(r.out()).contains("156").contains("agrees");
    }

    @Test
    void maxflowRefusesTheSameSourceAndSink() {
        Cli.badInput(Cli.run("solve", "maxflow", "--graph", SharedGraphs.path(ROME99), "--source", "1", "--sink", "1"),
                "--source and --sink must differ");
    }

    @Test
    void bothAreListedUnderSolveAndProject() {
        assertThat(Cli.ok("solve", "--help").out()).contains("mst").contains("maxflow");
        assertThat(Cli.ok("project", "--help").out()).contains("mst").contains("maxflow");
    }
}
