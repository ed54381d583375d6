package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;

/**
 * {@code --target} prints the path as the file's ids; a vertex without a distance says why: "not
 * reached" before the run stopped, "beyond k", or "unreachable" (no path at all, decided from the graph).
 */
class PointToPointCliTest {

    /** 1 -> 2 -> 3 -> 4 -> 5 -> 7, a heavier shortcut 1 -> 3, and 6 -> 1 (6 is unreachable from 1). */
    private static final String GRAPH = "p sp 7 7\na 1 2 1\na 2 3 1\na 1 3 5\na 3 4 1\na 4 5 10\na 6 1 1\na 5 7 1\n";

    @TempDir
    Path dir;

    private String graph() throws IOException {
        return Files.writeString(dir.resolve("g.gr"), GRAPH).toString();
    }

    @Test
    void theTargetsPathAndWhyTheOtherVerticesHaveNoDistance() throws IOException {
        Path out = dir.resolve("p2p.tsv");
        JsonNode j = Cli.ok("solve", "sssp", "--graph", graph(), "--source", "1", "--target", "3", "--validate", "--json",
                "--output", out.toString()).json();
        JsonNode s = j.path("summary");
        assertThat(s.path("targetDistance").asLong()).isEqualTo(2);
        assertThat(s.path("pathArcs").asInt()).isEqualTo(2);
        assertThat(s.path("path").toString()).isEqualTo("[1,2,3]");
        assertThat(s.path("reached").asInt()).isEqualTo(3);
        assertThat(s.path("notReached").asInt()).as("4, 5, 7: reachable, but after the stop").isEqualTo(3);
        assertThat(s.path("unreachable").asInt()).as("6").isEqualTo(1);
        assertThat(s.has("reachable")).isFalse();
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
        long lastStep = j.path("activity").path("stepsSpanned").asLong() - 1;
        assertThat(Files.readAllLines(out)).containsExactly("# vertex\tdistance\tpredecessor",
                "1\t0\t-", "2\t1\t1", "3\t2\t2",
                "4\tnot reached (the run stopped at step " + lastStep + ")\t-",
                "5\tnot reached (the run stopped at step " + lastStep + ")\t-",
                "6\tunreachable\t-",
                "7\tnot reached (the run stopped at step " + lastStep + ")\t-");
        assertThat(lastStep).as("the target spiked at its distance").isEqualTo(2);
    }

    @Test
    void theTablePrintsThePathWithArrows() throws IOException {
        String table = Cli.ok("solve", "sssp", "--graph", graph(), "--source", "1", "--target", "7").out();
        assertThat(table).containsPattern("\\n  path +1 -> 2 -> 3 -> 4 -> 5 -> 7\\n");
        assertThat(table).containsPattern("\\n  targetDistance +14\\n");
        assertThat(table).containsPattern("\\n  notReached +0\\n");
    }

    @Test
    void anUnreachableTargetHasNoPath() throws IOException {
        JsonNode s = Cli.ok("solve", "sssp", "--graph", graph(), "--source", "1", "--target", "6", "--json").json().path("summary");
        assertThat(s.path("targetDistance").asText()).isEqualTo("unreachable");
        assertThat(s.has("path")).isFalse();
        assertThat(s.path("notReached").asInt()).as("the run went on to quiescence").isZero();
        assertThat(s.path("unreachable").asInt()).isEqualTo(1);
    }

    @Test
    void thePathOnRome99IsARealPathOfTheTargetDistance() {
        String rome = SharedGraphs.path("road/rome99.gr");
        JsonNode s = Cli.ok("solve", "sssp", "--graph", rome, "--source", "1", "--target", "3353", "--json").json().path("summary");
        List<Long> ids = new ArrayList<>();
        s.path("path").forEach(id -> ids.add(id.asLong()));
        assertThat(ids).hasSize(s.path("pathArcs").asInt() + 1);
        assertThat(ids.get(0)).isEqualTo(1);
        assertThat(ids.get(ids.size() - 1)).isEqualTo(3353);
        CsrGraph g = GraphLoader.load(Path.of(rome)).graph();
        long weight = 0;
        for (int i = 0; i + 1 < ids.size(); i++) {
            int u = g.indexOf(ids.get(i));
            int v = g.indexOf(ids.get(i + 1));
            double lightest = Double.POSITIVE_INFINITY;
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                lightest = g.target(a) == v ? Math.min(lightest, g.weight(a)) : lightest;
            }
            assertThat(lightest).as("arc %d -> %d", ids.get(i), ids.get(i + 1)).isFinite();
            weight += (long) lightest;
        }
        assertThat(weight).isEqualTo(s.path("targetDistance").asLong());
        assertThat(s.path("reached").asInt() + s.path("notReached").asInt() + s.path("unreachable").asInt()).isEqualTo(3353);
    }

    @Test
    void khopMarksVerticesBeyondK() throws IOException {
        Path out = dir.resolve("khop.tsv");
        JsonNode s = Cli.ok("solve", "khop", "--graph", graph(), "--source", "1", "-k", "1", "--json", "--output", out.toString())
                .json().path("summary");
        assertThat(s.path("reached").asInt()).isEqualTo(3);
        assertThat(s.path("beyondK").asInt()).isEqualTo(3);
        assertThat(s.path("unreachable").asInt()).isEqualTo(1);
        assertThat(Files.readAllLines(out)).containsExactly("# vertex\tdistance\tpredecessor",
                "1\t0\t-", "2\t1\t1", "3\t1\t1", "4\tbeyond k = 1\t-", "5\tbeyond k = 1\t-", "6\tunreachable\t-",
                "7\tbeyond k = 1\t-");
    }

    @Test
    void hopBoundedMarksVerticesBeyondK() throws IOException {
        Path out = dir.resolve("hb.tsv");
        // within 2 arcs, 4 is reached only over the heavy shortcut: 1 -> 3 -> 4 weighs 6
        Cli.ok("solve", "hop-bounded", "--graph", graph(), "--source", "1", "-k", "2", "--output", out.toString());
        assertThat(Files.readAllLines(out)).containsExactly("# vertex\tdistance\tarcs",
                "1\t0\t0", "2\t1\t1", "3\t2\t2", "4\t6\t2", "5\tbeyond k = 2\t-", "6\tunreachable\t-", "7\tbeyond k = 2\t-");
    }

    @Test
    void aKhopRunCutShortByTheStepLimitIsAnErrorNotAPartialAnswer() throws IOException {
        Cli.badInput(Cli.run("solve", "khop", "--graph", graph(), "--source", "1", "-k", "3", "--max-steps", "2"),
                "still moving after 2 steps", "--max-steps");
    }

    @Test
    void resolutionValidationSaysExactOrWithinTheBound() throws IOException {
        String onGrid = Files.writeString(dir.resolve("grid.txt"), "1 2 0.5\n2 3 1.5\n1 3 2.5\n3 4 0.25\n").toString();
        assertThat(Cli.ok("solve", "sssp", "--graph", onGrid, "--source", "1", "--resolution", "0.25", "--validate").out())
                .contains("validation: agrees with JGraphT DijkstraShortestPath: exact at resolution 0.25 (");
        String rounded = Files.writeString(dir.resolve("rounded.txt"), "1 2 0.6\n2 3 0.6\n1 3 1.4\n").toString();
        JsonNode v = Cli.ok("solve", "sssp", "--graph", rounded, "--source", "1", "--resolution", "1", "--validate", "--json")
                .json().path("validation");
        assertThat(v.path("agrees").asBoolean()).isTrue();
        assertThat(v.path("against").asText())
                .isEqualTo("JGraphT DijkstraShortestPath: within the stated bound ±1.2 at resolution 1 (largest error 0.2)");
    }
}
