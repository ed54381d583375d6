package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code spikegraph generate}: every kind into several formats in a temp folder, then {@code info}
 * on the result and {@code solve bfs --validate} on it; GraphML, CSV and JSON are thereby written and
 * read back through the command line.
 */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // kind options,                           file,         vertices, arcs as read back (-1: do not check)
            "grid --rows 5 --cols 6,                   grid.graphml, 30,       98",
            "grid --rows 4 --cols 4 --weights 1..5,    grid.gml,     16,       48",
            "grid --rows 3 --cols 3,                   grid.csv,     9,        -1",
            "gnp --n 50 --p 0.1 --directed --weights 1..9, gnp.csv,  50,       -1",
            "gnp --n 40 --p 0.2,                       gnp.json,     40,       -1",
            "gnp --n 40 --p 0.2 --directed,            gnp.graphml,  40,       -1",
            "ba --n 60 --m 2,                          ba.json,      60,       -1",
            "ba --n 40 --m 3 --weights 2..7,           ba.dot,       40,       -1",
            "ba --n 40,                                ba.mtx,       40,       -1",
            "road --n 80 --neighbours 3,               road.gr,      80,       -1",
            "road --n 60,                              road.graphml, 60,       -1",
            "road --n 60,                              road.csv,     60,       -1",
            "road --n 60,                              road.gr.gz,   60,       -1",
            "gnp --n 30 --p 0.3 --seed 7,              gnp.edges,    -1,       -1"})
    void generateThenInfoThenSolve(String kindAndOptions, String file, int vertices, int arcs) {
        Path out = dir.resolve(file);
        String[] gen = Stream.concat(Stream.of("generate"), Stream.concat(Stream.of(kindAndOptions.trim().split("\\s+")),
                Stream.of("--out", out.toString()))).toArray(String[]::new);
        Cli.Result g = Cli.ok(gen);
        assertThat(g.out()).startsWith("generated ");
        assertThat(Cli.wrote(g)).first().isEqualTo(out.toString());
        assertThat(out).isRegularFile();

        JsonNode info = Cli.ok("info", "--graph", out.toString(), "--json").json();
        if (vertices >= 0) {
            assertThat(info.path("statistics").path("vertices").asInt()).isEqualTo(vertices);
            assertThat(g.out()).contains(vertices + " vertices");
        }
        if (arcs >= 0) {
            assertThat(info.path("statistics").path("arcs").asInt()).isEqualTo(arcs);
        }

        JsonNode bfs = Cli.ok("solve", "bfs", "--graph", out.toString(), "--validate", "--json").json();
        assertThat(bfs.path("validation").path("agrees").asBoolean()).isTrue();
        assertThat(bfs.path("summary").path("reachable").asInt()).isPositive();

        // no temp files left beside the output
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).allSatisfy(n -> assertThat(n).doesNotStartWith("."));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSameGraphInEveryFormatGivesTheSameBfsAnswer() {
        JsonNode first = null;
        for (String ext : new String[] {"gr", "graphml", "gml", "dot", "mtx"}) {
            Path out = dir.resolve("grid." + ext);
            Cli.ok("generate", "grid", "--rows", "6", "--cols", "7", "--weights", "1..9", "--seed", "3", "--out", out.toString());
            JsonNode j = Cli.ok("solve", "sssp", "--graph", out.toString(), "--validate", "--json").json();
            assertThat(j.path("validation").path("agrees").asBoolean()).as(ext).isTrue();
            assertThat(j.path("graph").path("vertices").asInt()).as(ext).isEqualTo(42);
            assertThat(j.path("summary").path("reachable").asInt()).as(ext).isEqualTo(42);
            if (first == null) {
                first = j.path("summary");
            } else {
                assertThat(j.path("summary")).as(ext).isEqualTo(first);
            }
        }
    }

    @Test
    void csvAndJsonRoundTripAWeightedDirectedGraph() {
        Path csv = dir.resolve("g.csv");
        Path json = dir.resolve("g.json");
        Path gr = dir.resolve("g.gr");
        for (Path p : new Path[] {csv, json, gr}) {
            Cli.ok("generate", "gnp", "--n", "60", "--p", "0.08", "--directed", "--weights", "1..20", "--seed", "5", "--out", p.toString());
        }
        JsonNode ref = Cli.ok("info", "--graph", gr.toString(), "--json").json().path("statistics");
        for (Path p : new Path[] {csv, json}) {
            JsonNode s = Cli.ok("info", "--graph", p.toString(), "--json").json().path("statistics");
            assertThat(s.path("arcs")).as("%s", p).isEqualTo(ref.path("arcs"));
            assertThat(s.path("minWeight")).as("%s", p).isEqualTo(ref.path("minWeight"));
            assertThat(s.path("maxWeight")).as("%s", p).isEqualTo(ref.path("maxWeight"));
            assertThat(s.path("directed").asBoolean()).as("%s", p).isTrue();
        }
        // vertex ids are kept (CSV and JSON write original ids; DIMACS numbers 1..n; gnp ids start at 1 or 0)
        JsonNode a = Cli.ok("solve", "sssp", "--graph", gr.toString(), "--source", "1", "--validate", "--json").json();
        JsonNode b = Cli.ok("solve", "sssp", "--graph", json.toString(), "--validate", "--json").json();
        assertThat(a.path("validation").path("agrees").asBoolean()).isTrue();
        assertThat(b.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void roadWritesCoordinatesBesideADimacsFile() {
        Path gr = dir.resolve("city.gr");
        Cli.Result r = Cli.ok("generate", "road", "--n", "100", "--neighbours", "3", "--out", gr.toString());
        assertThat(r.out()).contains("with coordinates");
        assertThat(Cli.wrote(r)).containsExactly(gr.toString(), dir.resolve("city.co").toString());
        assertThat(dir.resolve("city.co")).isRegularFile();
        JsonNode info = Cli.ok("info", "--graph", gr.toString(), "--json").json();
        assertThat(info.path("coordinates").asBoolean()).isTrue();
        assertThat(info.path("statistics").path("integralWeights").asBoolean()).isTrue();
        assertThat(info.path("statistics").path("minWeight").asDouble()).isGreaterThanOrEqualTo(1);
        JsonNode sssp = Cli.ok("solve", "sssp", "--graph", gr.toString(), "--validate", "--json").json();
        assertThat(sssp.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void formatOptionWhenTheNameHasNoExtension() {
        Path out = dir.resolve("noext");
        Cli.ok("generate", "grid", "--rows", "3", "--cols", "3", "--out", out.toString(), "--format", "gml");
        assertThat(Cli.ok("info", "--graph", out.toString(), "--format", "gml", "--json").json()
                .path("statistics").path("vertices").asInt()).isEqualTo(9);
    }

    @Test
    void sameSeedSameGraph() throws IOException {
        Path a = dir.resolve("a.gr");
        Path b = dir.resolve("b.gr");
        Cli.ok("generate", "gnp", "--n", "100", "--p", "0.05", "--seed", "11", "--out", a.toString());
        Cli.ok("generate", "gnp", "--n", "100", "--p", "0.05", "--seed", "11", "--out", b.toString());
        assertThat(Files.readAllLines(a)).isEqualTo(Files.readAllLines(b));
    }

    @Test
    void badGenerateInputExits2() {
        String out = dir.resolve("x.gr").toString();
        Cli.badInput(Cli.run("generate", "star", "--out", out), "unknown kind 'star'");
        Cli.badInput(Cli.run("generate", "gnp", "--out", dir.resolve("x.bogus").toString()), "--output x.bogus", "--format");
        Cli.badInput(Cli.run("generate", "gnp", "--out", out, "--format", "bogus"), "--format", "bogus");
        Cli.badInput(Cli.run("generate", "gnp", "--n", "-3", "--out", out), "--n -3: must be >= 1");
        Cli.badInput(Cli.run("generate", "gnp", "--p", "2", "--out", out), "--p 2: must be a probability in [0, 1]");
        Cli.badInput(Cli.run("generate", "grid", "--rows", "0", "--out", out), "rows");
        Cli.badInput(Cli.run("generate", "gnp", "--weights", "5..1", "--out", out), "5..1");
        Cli.Result noOut = Cli.run("generate", "grid");
        assertThat(noOut.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noOut.err()).contains("--out");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
