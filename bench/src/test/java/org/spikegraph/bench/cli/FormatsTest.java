package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every input format on the shared real files: {@code info} reports the documented sizes, and
 * {@code solve bfs --validate} agrees with JGraphT on them (reference BFS figures from
 * shared/data/README.md where it gives them).
 */
class FormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file,                   format,         vertices, arcs,   directed
            "road/rome99.gr,           dimacs,         3353,     8870,   true",
            "snap/email-Eu-core.txt,   edge-list,      1005,     25571,  true",
            "snap/Wiki-Vote.txt,       edge-list,      7115,     103689, true",
            "snap/CA-GrQc.txt,         edge-list,      5242,     28980,  true",
            "matrix/chesapeake.mtx,    matrix-market,  39,       340,    false",
            "social/karate.gml,        gml,            34,       156,    false",
            "social/miserables.dot,    dot,            77,       254,    true",
            "social/lesmis.edges,      edge-list,      77,       254,    true"})
    void infoOnEachRealFile(String file, String format, int vertices, int arcs, boolean directed) {
        JsonNode j = Cli.ok("info", "--graph", SharedGraphs.path(file), "--json").json();
        assertThat(j.path("format").asText()).isEqualTo(format);
        JsonNode s = j.path("statistics");
        assertThat(s.path("vertices").asInt()).isEqualTo(vertices);
        assertThat(s.path("arcs").asInt()).isEqualTo(arcs);
        assertThat(s.path("directed").asBoolean()).isEqualTo(directed);

        Cli.Result table = Cli.ok("info", "--graph", SharedGraphs.path(file));
        assertThat(table.out()).contains(String.format(java.util.Locale.ROOT, "vertices            %,d", vertices))
                .contains(format).contains(directed ? "directed" : "undirected");
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            // file,                   source, reachable, sumHops, maxHops (README reference answers)
            "road/rome99.gr,           1,      3353,      92781,   47",
            "snap/email-Eu-core.txt,   0,      965,       2275,    4",
            "snap/Wiki-Vote.txt,       3,      2316,      6975,    5",
            "snap/CA-GrQc.txt,         13291,  4158,      29582,   12"})
    void bfsOnRealFilesMatchesTheReferenceAnswers(String file, long source, int reachable, long sumHops, long maxHops) {
        JsonNode j = Cli.ok("solve", "bfs", "--graph", SharedGraphs.path(file), "--source", Long.toString(source),
                "--validate", "--json").json();
        assertThat(j.path("summary").path("reachable").asInt()).isEqualTo(reachable);
        assertThat(j.path("summary").path("sumHops").asLong()).isEqualTo(sumHops);
        assertThat(j.path("summary").path("maxHops").asLong()).isEqualTo(maxHops);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file,                  source, undirected, reachable
            "matrix/chesapeake.mtx,   1,      false,      39",
            "social/karate.gml,       1,      false,      34",
            "social/miserables.dot,   0,      true,       77",
            "social/lesmis.edges,     0,      true,       77"})
    void smallFilesSolveAndValidate(String file, long source, boolean undirected, int reachable) {
        String[] base = {"solve", "sssp", "--graph", SharedGraphs.path(file), "--source", Long.toString(source), "--validate", "--json"};
        String[] args = undirected ? append(base, "--undirected") : base;
        JsonNode j = Cli.ok(args).json();
        assertThat(j.path("summary").path("reachable").asInt()).isEqualTo(reachable);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
        assertThat(j.path("validation").path("mismatches").asLong()).isZero();
    }

    @Test
    void lesmisWeightsAreUsedBySssp() {
        JsonNode info = Cli.ok("info", "--graph", SharedGraphs.path("social/lesmis.edges"), "--json").json();
        assertThat(info.path("statistics").path("weighted").asBoolean()).isTrue();
        JsonNode sssp = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path("social/lesmis.edges"), "--undirected",
                "--source", "0", "--validate", "--json").json();
        JsonNode bfs = Cli.ok("solve", "bfs", "--graph", SharedGraphs.path("social/lesmis.edges"), "--undirected",
                "--source", "0", "--json").json();
        assertThat(sssp.path("validation").path("against").asText()).contains("Dijkstra");
        assertThat(sssp.path("summary").path("sumDistance").asLong()).isGreaterThan(bfs.path("summary").path("sumHops").asLong());
    }

    @Test
    void undirectedFlagDoublesTheArcsOfADirectedEdgeList() {
        JsonNode j = Cli.ok("info", "--graph", SharedGraphs.path("social/lesmis.edges"), "--undirected", "--json").json();
        assertThat(j.path("statistics").path("directed").asBoolean()).isFalse();
        assertThat(j.path("statistics").path("arcs").asInt()).isEqualTo(508);
        assertThat(j.path("statistics").path("edges").asInt()).isEqualTo(254);
    }

    @Test
    void formatOptionOverridesTheExtension() throws IOException {
        Path copy = Files.copy(Path.of(SharedGraphs.path("road/rome99.gr")), dir.resolve("rome.data"));
        JsonNode j = Cli.ok("solve", "sssp", "--graph", copy.toString(), "--format", "dimacs", "--source", "1", "--json").json();
        assertThat(j.path("summary").path("sumDistance").asLong()).isEqualTo(116_006_476L);
        assertThat(Cli.ok("info", "--graph", copy.toString(), "--format", "gr", "--json").json().path("format").asText())
                .isEqualTo("dimacs");
    }

    @Test
    void gzipInputIsReadTransparently() throws IOException {
        Path gz = dir.resolve("rome99.gr.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(Path.of(SharedGraphs.path("road/rome99.gr")), out);
        }
        JsonNode j = Cli.ok("solve", "sssp", "--graph", gz.toString(), "--source", "1", "--validate", "--json").json();
        assertThat(j.path("graph").path("format").asText()).isEqualTo("dimacs");
        assertThat(j.path("summary").path("sumDistance").asLong()).isEqualTo(116_006_476L);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void dimacsWithCoordinatesSiblingReportsThem() {
        JsonNode j = Cli.ok("info", "--graph", SharedGraphs.path("road/rome-roads.gr"), "--json").json();
        assertThat(j.path("statistics").path("vertices").asInt()).isEqualTo(234_496);
        assertThat(j.path("statistics").path("arcs").asInt()).isEqualTo(516_386);
        assertThat(j.path("statistics").path("components").asInt()).isEqualTo(174);
        assertThat(j.path("coordinates").asBoolean()).isTrue();
    }

    private static String[] append(String[] a, String... more) {
        String[] r = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, r, a.length, more.length);
        return r;
    }
}
