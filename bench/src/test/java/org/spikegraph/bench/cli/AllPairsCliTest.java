package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-sources problems on real graphs through the command line: {@code diameter} (eccentricity's
 * alias: radius, diameter, centre) on rome99 and CA-GrQc agrees with JGraphT's GraphMeasurer, closeness
 * on rome99 and email-Eu-core with JGraphT's centralities, all in lanes of the lane engine by default;
 * the answer and the output do not depend on --threads; apsp streams one row per reachable ordered
 * pair (equal to JGraphT's distances), samples sources with --sources-limit and reports its rate, and
 * refuses before any work an output that cannot fit on the disk or lanes that cannot fit in the heap.
 */
class AllPairsCliTest {

    @Test
    void diameterOnRome99AgreesWithGraphMeasurerInLanes() {
        JsonNode j = Cli.ok("solve", "diameter", "--graph", SharedGraphs.path("road/rome99.gr"), "--validate",
                "--json", "--threads", "2").json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        assertThat(j.path("validation").path("against").asText()).contains("GraphMeasurer");
        assertThat(j.path("activity").path("lanes").asInt()).isEqualTo(64);
        assertThat(j.path("activity").path("threads").asInt()).isEqualTo(2);
        assertThat(j.path("validation").path("compared").asLong()).isEqualTo(3353 + 3);
        assertThat(j.path("activity").path("runs").asLong()).isEqualTo(3353);
        assertThat(j.path("summary").path("diameter").isNumber()).as("%s", j).isTrue();
        assertThat(j.path("summary").path("radius").asLong()).isLessThanOrEqualTo(j.path("summary").path("diameter").asLong());
    }

    @Test
    void hopClosenessOnRome99AgreesWithJGraphT() {
        JsonNode j = Cli.ok("solve", "closeness", "--graph", SharedGraphs.path("road/rome99.gr"), "--hops", "--validate",
                "--json").json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        assertThat(j.path("validation").path("compared").asLong()).isEqualTo(2 * 3353);
        assertThat(j.path("parameters").path("distances").asText()).isEqualTo("hops");
    }

    @Test
    void diameterOnCaGrQcAgreesWithGraphMeasurer() {
        JsonNode j = Cli.ok("solve", "diameter", "--graph", SharedGraphs.path("snap/CA-GrQc.txt"), "--validate",
                "--json").json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        assertThat(j.path("validation").path("compared").asLong()).isEqualTo(5242 + 3);
        // CA-GrQc is not connected: every eccentricity, the radius and the diameter are infinite, as GraphMeasurer says
        assertThat(j.path("summary").path("diameter").asText()).isEqualTo("infinite");
    }

    @Test
    void closenessOnEmailEuCoreAgreesWithJGraphT() {
        JsonNode j = Cli.ok("solve", "closeness", "--graph", SharedGraphs.path("snap/email-Eu-core.txt"), "--validate",
                "--json").json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        assertThat(j.path("validation").path("compared").asLong()).isEqualTo(2 * 1005);
        assertThat(j.path("activity").path("runs").asLong()).isEqualTo(1005);
    }

    @Test
    void oneThreadAndThreeGiveTheSameAnswerAndOutput(@TempDir Path dir) throws IOException {
        String g = SharedGraphs.path("snap/email-Eu-core.txt");
        for (String problem : List.of("closeness", "apsp")) {
            JsonNode[] reports = new JsonNode[2];
            String[] files = new String[2];
            int i = 0;
            for (String threads : List.of("1", "3")) {
                Path out = dir.resolve(problem + threads + ".tsv");
                reports[i] = Cli.ok("solve", problem, "--graph", g, "--hops", "--threads", threads, "--json", "--output",
                        out.toString()).json();
                files[i++] = Files.readString(out);
            }
            assertThat(files[1]).as(problem).isEqualTo(files[0]);
            assertThat(reports[1].path("summary")).as(problem).isEqualTo(reports[0].path("summary"));
            ObjectNode a = reports[0].path("activity").deepCopy();
            ObjectNode b = reports[1].path("activity").deepCopy();
            assertThat(a.remove("threads").asInt()).isEqualTo(1);
            assertThat(b.remove("threads").asInt()).isEqualTo(3);
            assertThat(b).as(problem + ": the summed activity of the runs").isEqualTo(a);
        }
    }

    @Test
    void theReferenceEngineRunsTheSourcesOneAtATime() {
        JsonNode j = Cli.ok("solve", "closeness", "--graph", SharedGraphs.path("social/karate.gml"), "--engine",
                "reference", "--json").json();
        assertThat(j.path("activity").path("engine").asText()).isEqualTo("reference");
        assertThat(j.path("activity").has("lanes")).isFalse();
        assertThat(j.path("activity").path("runs").asInt()).isEqualTo(34);
    }

    @Test
    void apspStreamsEveryReachablePairEqualToJGraphT(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("pairs.tsv");
        String file = SharedGraphs.path("social/lesmis.edges");
        JsonNode j = Cli.ok("solve", "apsp", "--graph", file, "--validate", "--json", "--output", out.toString()).json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        List<String> lines = Files.readAllLines(out);
        long n = j.path("graph").path("vertices").asLong();
        assertThat(j.path("summary").path("pairs").asLong()).isEqualTo(n * n);
        assertThat(lines.get(0)).isEqualTo("# source\ttarget\tdistance");
        assertThat(lines).hasSize((int) (1 + n + j.path("summary").path("reachablePairs").asLong()));
        // every row against JGraphT's Dijkstra on the same graph, and every reachable pair has its row
        CsrGraph g = GraphLoader.load(Path.of(file)).graph();
        Graph<Integer, DefaultWeightedEdge> jg = JGraphTGraphs.of(g);
        DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(jg);
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < g.vertexCount(); v++) {
            index.put(g.name(v), v);
        }
        long expectedRows = 0;
        for (int s = 0; s < g.vertexCount(); s++) {
            var paths = dijkstra.getPaths(s);
            for (int t = 0; t < g.vertexCount(); t++) {
                expectedRows += Double.isInfinite(paths.getWeight(t)) ? 0 : 1;
            }
        }
        assertThat(lines).hasSize((int) (1 + expectedRows));
        String previous = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            int s = index.get(f[0]);
            int t = index.get(f[1]);
            assertThat(Long.parseLong(f[2])).as(line).isEqualTo((long) dijkstra.getPathWeight(s, t));
            if (previous != null) {
                assertThat(index.get(previous)).as("rows in source order").isLessThanOrEqualTo(s);
            }
            previous = f[0];
        }
    }

    @Test
    void apspSamplesSourcesAndReportsItsRate() {
        Cli.Result r = Cli.ok("solve", "apsp", "--hops", "--graph", SharedGraphs.path("road/rome99.gr"), "--sources-limit",
                "100", "--hardware", "loihi");
        assertThat(r.out()).contains("sourcesLimit", "vertex pairs per second", "extrapolated, not measured",
                "(100 of 3,353 sources run)", "costed as 100 separate runs", "loihi       projected rate:");
    }

    @Test
    void everyAllSourcesProjectionSaysItCostsSeparateRuns() {
        for (String problem : List.of("closeness", "eccentricity", "apsp")) {
            Cli.Result r = Cli.ok("solve", problem, "--graph", SharedGraphs.path("social/karate.gml"), "--hardware", "loihi");
            assertThat(r.out()).as(problem).contains("costed as 34 separate runs of the network");
        }
    }

    @Test
    void apspRefusesRomeRoadsRowsThatCannotFitOnTheDiskBeforeAnyWork(@TempDir Path dir) {
        Path out = dir.resolve("pairs.tsv");
        Cli.badInput(Cli.run("solve", "apsp", "--graph", SharedGraphs.path("road/rome-roads.gr"), "--hops", "--output",
                out.toString()), "--output " + out, "the rows may take up to", "lower --sources-limit");
        assertThat(out).doesNotExist();
    }

    @Test
    void lanesThatCannotFitInTheHeapAreRefusedBeforeAnyWork() {
        Cli.badInput(Cli.run("solve", "closeness", "--graph", SharedGraphs.path("road/rome-roads.gr"), "--threads",
                "100000"), "rome-roads.gr", "lane engine's batches", "lower --threads");
    }
}
