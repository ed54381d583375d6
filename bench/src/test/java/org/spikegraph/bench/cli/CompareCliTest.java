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
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.bench.compare.ComparisonWriter;
import org.spikegraph.bench.compare.Problem;
import org.spikegraph.bench.compare.Problems;
import org.spikegraph.bench.compare.WithBrokenMethod;
import picocli.CommandLine;

/**
 * {@code spikegraph compare}: the table, CSV, JSON, markdown and pictures on real and generated graphs;
 * a deliberately wrong method makes it exit 3 before any time is printed or written; bad input exits 2
 * before any work, writing nothing.
 */
class CompareCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void comparesEveryMethodAndChipOnARealRoadNetwork() throws IOException {
        String rome = SharedGraphs.path("road/rome99.gr");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.ok("compare", "--graph", rome, "--problem", "sssp", "--source-count", "2", "--warmup", "1",
                "--repetitions", "2", "--hardware", "loihi,spinnaker2", "--out", out.toString());
        assertThat(r.out()).contains("every answer checked against JGraphT DijkstraShortestPath before its time was kept")
                .contains("rome99.gr (3,353 vertices, 8,870 arcs)");
        JsonNode j = JSON.readTree(out.resolve("compare.json").toFile());
        assertThat(j.path("command").asText()).startsWith("spikegraph compare --graph");
        assertThat(j.path("machine").path("cores").asInt()).isPositive();
        List<String> methods = new ArrayList<>();
        CsrGraph g = GraphLoader.load(Path.of(rome)).graph();
        for (JsonNode row : j.path("rows")) {
            methods.add(row.path("method").asText());
            assertThat(row.path("sources").asInt()).isEqualTo(2);
            double median = row.path("medianMs").asDouble();
            assertThat(median).isBetween(row.path("minMs").asDouble(), row.path("maxMs").asDouble());
            assertThat(row.path("q1Ms").asDouble()).isBetween(row.path("minMs").asDouble(), median);
            assertThat(row.path("q3Ms").asDouble()).isBetween(median, row.path("maxMs").asDouble());
            assertThat(row.path("joules").asDouble()).isPositive();
            if (row.path("kind").asText().equals("measured")) {
                assertThat(row.path("runsPerSource").asInt()).isEqualTo(2);
                assertThat(row.path("warmup").asInt()).isEqualTo(1);
            }
            if (row.path("method").asText().equals("spiking")) {
                // one spike per vertex reached: at most every vertex, and the wavefront goes somewhere
                assertThat(row.path("spikes").asDouble()).isBetween(2.0, (double) g.vertexCount());
            }
        }
        assertThat(methods).containsExactly("jgrapht", "spiking", "primitive", "spiking, lanes", "loihi", "spinnaker2");
        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        assertThat(csv).hasSize(1 + 6);
        assertThat(csv.get(0)).isEqualTo(ComparisonWriter.CSV_HEADER);
        int columns = ComparisonWriter.CSV_HEADER.split(",").length;
        for (String line : csv.subList(1, csv.size())) {
            assertThat(line.replaceAll("\"[^\"]*\"", "q").split(",", -1)).hasSize(columns);
        }
        assertThat(Files.readString(out.resolve("compare.md"))).contains("rome99.gr (3,353 v) | spiking | measured |");
        for (String f : List.of("raster-rome99.png", "raster-rome99.svg")) {
            assertThat(Files.size(out.resolve(f))).as(f).isPositive();
        }
        assertThat(out.resolve("wavefront-rome99.png")).as("rome99 has no coordinates").doesNotExist();
        // one 'wrote' line per file on stderr, none on stdout, and no temporary file left in --out
        assertThat(Cli.wrote(r)).containsExactly(out.resolve("compare.csv").toString(), out.resolve("compare.json").toString(),
                out.resolve("compare.md").toString(), out.resolve("raster-rome99.png").toString(),
                out.resolve("raster-rome99.svg").toString());
        assertThat(r.out()).doesNotContain("wrote");
        try (java.util.stream.Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void drawsTheWavefrontWhenTheGraphHasCoordinatesAndComparesBfs() throws IOException {
        Path road = dir.resolve("road.gr");
        Cli.ok("generate", "road", "--n", "2000", "--out", road.toString());
        Path out = dir.resolve("out");
        Cli.ok("compare", "--graph", road.toString(), "--problem", "bfs", "--source-count", "1", "--warmup", "0",
                "--repetitions", "1", "--hardware", "none", "--out", out.toString());
        for (String f : List.of("wavefront-road.png", "wavefront-road.svg", "raster-road.png", "raster-road.svg")) {
            assertThat(Files.size(out.resolve(f))).as(f).isPositive();
        }
        JsonNode j = JSON.readTree(out.resolve("compare.json").toFile());
        assertThat(j.path("checkedAgainst").asText()).isEqualTo("JGraphT BFSShortestPath");
        assertThat(j.path("rows")).extracting(n -> n.path("method").asText())
                .containsExactly("jgrapht", "spiking", "primitive", "spiking, lanes");
    }

    /** Spikes grow linearly with the size of road-like graphs (one per reached vertex): the fit says so. */
    @Test
    void sweepFitsGrowthExponentsAndDrawsScalingCurves() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.ok("compare", "--sweep", "--min-vertices", "1000", "--max-vertices", "10000", "--source-count", "1",
                "--warmup", "0", "--repetitions", "1", "--hardware", "spinnaker2", "--out", out.toString());
        assertThat(r.out()).contains("growth exponents");
        JsonNode j = JSON.readTree(out.resolve("compare.json").toFile());
        double spikesExponent = Double.NaN;
        for (JsonNode f : j.path("fits")) {
            if (f.path("method").asText().equals("spiking") && f.path("quantity").asText().equals("spikes")) {
                spikesExponent = f.path("exponent").asDouble();
                assertThat(f.path("points").asInt()).isEqualTo(3);
            }
        }
        assertThat(spikesExponent).isBetween(0.9, 1.1);
        assertThat(j.path("fits")).anyMatch(f -> f.path("method").asText().equals("primitive")
                && f.path("quantity").asText().equals("timeMs"));
        for (String q : List.of("timeMs", "spikes", "synapticEvents", "joules")) {
            assertThat(Files.size(out.resolve("scaling-" + q + ".png"))).isPositive();
            assertThat(Files.size(out.resolve("scaling-" + q + ".svg"))).isPositive();
        }
    }

    @Test
    void comparesComponentsAndProjectsTheirRunsOneByOne() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.ok("compare", "--graph", SharedGraphs.path("snap/email-Eu-core.txt"), "--problem", "components",
                "--weak", "--source-count", "1", "--warmup", "0", "--repetitions", "2", "--hardware", "loihi", "--out", out.toString());
        assertThat(r.out()).contains("checked against JGraphT ConnectivityInspector")
                .contains("loihi       projected").doesNotContain("not projected")
                .contains("up to 20 runs, summed"); // email-Eu-core has 20 weak components
        JsonNode j = JSON.readTree(out.resolve("compare.json").toFile());
        assertThat(j.path("rows")).extracting(n -> n.path("method").asText())
                .containsExactly("jgrapht", "spiking", "primitive", "loihi");
        assertThat(out.resolve("raster-email-Eu-core.png")).as("host-driven: no single run to draw").doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongMethodExits3BeforeAnyTimeIsPrintedOrWritten() {
        CommandLine cl = SpikegraphCommand.commandLine();
        CompareCommand compare = cl.getSubcommands().get("compare").getCommand();
        compare.problems = (name, graph) -> new WithBrokenMethod((Problem<long[]>) Problems.of(name, graph), 0);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run(cl, "compare", "--graph", SharedGraphs.path("road/rome99.gr"), "--source-count", "2",
                "--out", out.toString());
        assertThat(r.code()).as("%s", r).isEqualTo(ExitCodes.MISMATCH);
        assertThat(r.out()).as("no table, no time").isEmpty();
        assertThat(r.err()).startsWith("spikegraph: broken disagrees with JGraphT DijkstraShortestPath")
                .contains("1 of 3353 vertices differ");
        assertThat(out).as("nothing written").doesNotExist();
        Cli.noStackTrace(r);
    }

    @Test
    void badInputExits2BeforeAnyWorkAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");
        String rome = SharedGraphs.path("road/rome99.gr");
        String o = out.toString();
        Cli.badInput(Cli.run("compare", "--out", o), "--graph FILE... or --sweep");
        Cli.badInput(Cli.run("compare", "--graph", rome, "--problem", "tsp", "--out", o), "--problem must be one of sssp, bfs");
        Cli.badInput(Cli.run("compare", "--graph", rome, "--source-count", "0", "--out", o), "--source-count 0: must be >= 1");
        Cli.badInput(Cli.run("compare", "--graph", rome, "--repetitions", "0", "--out", o), "--repetitions");
        Cli.badInput(Cli.run("compare", "--graph", rome, "--source-count", "5000", "--out", o), "rome99.gr", "between 1 and 3353");
        Cli.badInput(Cli.run("compare", "--graph", rome, "--hardware", "abacus", "--out", o), "--hardware");
        Cli.badInput(Cli.run("compare", "--sweep", "--max-vertices", "20000000", "--out", o), "--max-vertices");
        Cli.badInput(Cli.run("compare", "--graph", dir.resolve("missing.gr").toString(), "--out", o), "missing.gr");
        Path bad = Files.writeString(dir.resolve("bad.gr"), "p sp 2 1\na 1 2 -4\n");
        Cli.badInput(Cli.run("compare", "--graph", bad.toString(), "--source-count", "1", "--out", o), "bad.gr");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli.badInput(Cli.run("compare", "--graph", rome, "--out", file.toString()), "is a file, not a directory");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPictureThatCannotBeWrittenLeavesNoOtherOutputBehind() throws IOException {
        Path out = dir.resolve("blocked");
        Files.createDirectories(out.resolve("raster-rome99.png")); // a folder where a picture goes
        Cli.Result r = Cli.run("compare", "--graph", SharedGraphs.path("road/rome99.gr"), "--problem", "bfs", "--source-count", "1",
                "--warmup", "0", "--repetitions", "1", "--hardware", "none", "--out", out.toString());
        Cli.badInput(r, "raster-rome99.png");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("raster-rome99.png");
        }
    }

    @Test
    void twoGraphsThatWouldDrawOverEachOtherAreRefused() throws IOException {
        Path copy = dir.resolve("other").resolve("rome99.gr");
        Files.createDirectories(copy.getParent());
        Files.copy(Path.of(SharedGraphs.path("road/rome99.gr")), copy);
        Cli.badInput(Cli.run("compare", "--graph", SharedGraphs.path("road/rome99.gr"), "--graph", copy.toString(),
                "--problem", "bfs", "--out", dir.resolve("o").toString()), "both be drawn as raster-rome99");
        Cli.badInput(Cli.run("compare", "--graph", SharedGraphs.path("road/rome99.gr"), "--cpu-watts", "Infinity"),
                "--cpu-watts");
    }
}
