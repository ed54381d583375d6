package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input through the command line: exit 2, one line on stderr naming the file, the
 * line (where there is one) and the reason, nothing on stdout, no stack trace unless {@code --verbose}.
 */
class BadInputCliTest {

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    @Test
    void missingFile() {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", dir.resolve("nope.gr").toString()), "nope.gr", "no such file");
        Cli.badInput(Cli.run("info", "--graph", dir.resolve("nope.txt").toString()), "nope.txt", "no such file");
    }

    @Test
    void directoryInsteadOfFile() throws IOException {
        Path d = Files.createDirectory(dir.resolve("graph.gr"));
        Cli.badInput(Cli.run("solve", "sssp", "--graph", d.toString()), "graph.gr", "directory");
    }

    @Test
    void emptyFiles() throws IOException {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", file("empty.gr", "")), "empty.gr:0: empty file");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", file("empty.txt", "")), "empty.txt:0: empty file");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", file("empty.mtx", "")), "empty.mtx:0: empty file");
        Cli.badInput(Cli.run("info", "--graph", file("empty.graphml", "")), "empty.graphml:0: empty file");
        Cli.badInput(Cli.run("info", "--graph", file("empty.json", "  \n")), "empty.json", "empty file");
    }

    @Test
    void truncatedLine() throws IOException {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", file("t.gr", "p sp 3 2\na 1 2 5\na 2 3\n")),
                "t.gr:3: truncated line: expected 'a <from> <to> <weight>'");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", file("t.txt", "# x\n1 2\n3\n")),
                "t.txt:3: truncated line");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", file("t.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 1\n1 2\n")),
                "t.mtx:3: truncated line");
    }

    @Test
    void nonNumericToken() throws IOException {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", file("n.gr", "p sp 3 2\na 1 2 5\na 2 x 3\n")),
                "n.gr:3: not a number: \"x\"");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", file("n.txt", "1 2\n2 three\n")), "n.txt:2:", "not a number", "three");
    }

    @Test
    void vertexIdOutOfRange() throws IOException {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", file("r.gr", "p sp 3 2\na 1 2 5\na 2 9001 3\n")),
                "r.gr:3: arc to vertex 9001 but p line declares 3 vertices");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", file("r.mtx", "%%MatrixMarket matrix coordinate pattern general\n3 3 1\n4 1\n")),
                "r.mtx:3:", "row 4");
    }

    @Test
    void arcCountDiffersFromHeader() throws IOException {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", file("c.gr", "p sp 3 3\na 1 2 5\na 2 3 1\n")),
                "c.gr:1: p line declares 3 arcs but the file has 2");
    }

    @Test
    void negativeWeightForSsspNamesTheArc() throws IOException {
        String g = file("neg.gr", "p sp 3 2\na 1 2 5\na 2 3 -4\n");
        Cli.badInput(Cli.run("solve", "sssp", "--graph", g), "neg.gr", "arc 2 -> 3", "-4", "negative", "Bellman-Ford");
        Cli.badInput(Cli.run("solve", "multi-source", "--graph", g, "--sources", "1"), "neg.gr", "arc 2 -> 3", "negative");
        // hop counts ignore weights: bfs on the same file is fine
        assertThat(Cli.ok("solve", "bfs", "--graph", g, "--json").json().path("summary").path("reachable").asInt()).isEqualTo(3);
    }

    @Test
    void negativeWeightInAnEdgeListWithIds() throws IOException {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", file("neg.txt", "10 20 1.5\n20 30 -2\n"), "--source", "10"),
                "neg.txt", "arc 20 -> 30", "negative");
    }

    @Test
    void unknownSourceVertex() {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "99999"),
                "--source '99999'", "not a vertex of rome99.gr", "ids 1 .. 3353");
        // SNAP ids are arbitrary: 0 is not one of Wiki-Vote's; the hint gives the smallest and largest, not file order
        Cli.badInput(Cli.run("solve", "bfs", "--graph", SharedGraphs.path("snap/Wiki-Vote.txt"), "--source", "0"),
                "--source '0'", "not a vertex of Wiki-Vote.txt", "ids 3 .. 8297 (7115 of them");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", SharedGraphs.path("snap/Wiki-Vote.txt"), "--source", "abc"),
                "--source 'abc'", "not a vertex of Wiki-Vote.txt");
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1", "--target", "0"),
                "--target '0'", "not a vertex");
        Cli.badInput(Cli.run("solve", "multi-source", "--graph", SharedGraphs.path("road/rome99.gr"), "--sources", "1,4000"),
                "--sources '4000'", "not a vertex");
        Cli.badInput(Cli.run("solve", "hop-bounded", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "-1", "-k", "2"),
                "--source '-1'", "not a vertex");
    }

    @Test
    void wrongFormatName() {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--format", "bogus"),
                "--format", "unknown graph format 'bogus'", "dimacs");
        Cli.badInput(Cli.run("info", "--graph", SharedGraphs.path("road/rome99.gr"), "--format", "png"), "--format", "png");
    }

    @Test
    void formatThatDoesNotMatchTheContentSaysWhatItLooksLike() {
        Cli.Result r = Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--format", "edge-list");
        Cli.badInput(r, "rome99.gr:1:", "not a number", "looks like dimacs", "--format");
        Cli.badInput(Cli.run("info", "--graph", SharedGraphs.path("matrix/chesapeake.mtx"), "--format", "dimacs"),
                "chesapeake.mtx:1:", "looks like matrix-market");
        Cli.badInput(Cli.run("info", "--graph", SharedGraphs.path("social/karate.gml"), "--format", "graphml"), "karate.gml:1:");
    }

    @Test
    void unknownExtension() throws IOException {
        Cli.badInput(Cli.run("info", "--graph", file("graph.xyz", "1 2\n")), "graph.xyz", "cannot tell the graph format", "--format");
        // ... and --format fixes it
        assertThat(Cli.ok("info", "--graph", dir.resolve("graph.xyz").toString(), "--format", "edge-list").out()).contains("vertices");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = 0x01; // not gzip magic, a control byte
        for (String name : new String[] {"junk.gr", "junk.txt", "junk.mtx", "junk.graphml", "junk.json", "junk.dot"}) {
            Path p = Files.write(dir.resolve(name), junk);
            Cli.badInput(Cli.run("solve", "bfs", "--graph", p.toString()), name);
        }
    }

    @Test
    void corruptGzip() throws IOException {
        Path p = Files.write(dir.resolve("bad.gr.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Cli.badInput(Cli.run("solve", "sssp", "--graph", p.toString()), "bad.gr.gz");
    }

    @Test
    void graphmlWithAnExternalEntityIsRefusedAndTheSecretNeverShows() throws IOException {
        String secret = "TOP-SECRET-" + Long.toHexString(new Random().nextLong());
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        String uri = secretFile.toUri().toString();
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"" + uri + "\">]>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "  <graph id=\"G\" edgedefault=\"directed\">\n"
                + "    <node id=\"&xxe;\"/><node id=\"2\"/>\n"
                + "    <edge source=\"&xxe;\" target=\"2\"/>\n"
                + "  </graph>\n"
                + "</graphml>\n";
        String g = file("xxe.graphml", xxe);
        for (String[] args : new String[][] {
                {"solve", "sssp", "--graph", g},
                {"info", "--graph", g},
                {"info", "--graph", g, "--json"},
                {"solve", "bfs", "--graph", g, "--verbose"}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.code()).as("%s", r).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.out() + r.err()).as("%s", r).doesNotContain(secret);
            assertThat(r.err()).contains("xxe.graphml:").contains("DOCTYPE");
        }
        Cli.badInput(Cli.run("info", "--graph", g), "xxe.graphml:2:", "refused");
    }

    @Test
    void graphmlWithAParameterEntityIsRefused() throws IOException {
        String secret = "PARAM-SECRET-" + Long.toHexString(new Random().nextLong());
        Path secretFile = Files.writeString(dir.resolve("p.txt"), secret);
        String g = file("pe.graphml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"" + secretFile.toUri()
                + "\"> %p;]><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph id=\"G\" edgedefault=\"directed\">"
                + "<node id=\"1\"/></graph></graphml>\n");
        Cli.Result r = Cli.badInput(Cli.run("info", "--graph", g), "pe.graphml:1:");
        assertThat(r.out() + r.err()).doesNotContain(secret);
    }

    @Test
    void graphmlXIncludeIsNotFollowed() throws IOException {
        String secret = "XI-SECRET-" + Long.toHexString(new Random().nextLong());
        Path secretFile = Files.writeString(dir.resolve("xi.txt"), secret);
        String g = file("xi.graphml", "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xmlns:xi=\"http://www.w3.org/2001/XInclude\"><graph id=\"G\" edgedefault=\"directed\">"
                + "<node id=\"1\"><xi:include href=\"" + secretFile.toUri() + "\" parse=\"text\"/></node><node id=\"2\"/>"
                + "<edge source=\"1\" target=\"2\"/></graph></graphml>\n");
        Cli.Result r = Cli.run("info", "--graph", g, "--json");
        assertThat(r.out() + r.err()).doesNotContain(secret);
    }

    @Test
    void rasterWithABadExtension() {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--raster", dir.resolve("r.jpg").toString()),
                "r.jpg", ".png or .svg");
        assertThat(dir.resolve("r.jpg")).doesNotExist();
    }

    @Test
    void referenceEngineOnATooBigGraphIsRefusedBeforeWorkStarts() {
        String roads = SharedGraphs.path("road/rome-roads.gr");
        Cli.badInput(Cli.run("solve", "sssp", "--graph", roads, "--engine", "reference"),
                "reference engine", "--engine event", "--max-steps");
    }

    @Test
    void tooFewMaxStepsNamesTheOption() {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--max-steps", "10"),
                "--max-steps", "10 steps");
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--max-steps", "0"),
                "--max-steps 0: must be >= 1");
    }

    @Test
    void badProblemOptions() {
        String g = SharedGraphs.path("road/rome99.gr");
        Cli.badInput(Cli.run("solve", "khop", "--graph", g, "-k", "-1"), "-k/--hops -1: must be >= 0");
        Cli.badInput(Cli.run("solve", "sssp", "--graph", g, "--paths", "bogus"), "--paths", "host or circuit");
    }

    @Test
    void picocliUsageErrorsExit2() {
        for (String[] args : new String[][] {
                {"solve", "sssp", "--bogus"},
                {"solve", "bogus"},
                {"solve", "sssp", "--source", "abc"},
                {"solve", "sssp", "--engine", "bogus"},
                {"solve", "khop"},
                {"bogus"}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.code()).as("%s", r).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.out()).as("%s", r).isEmpty();
            assertThat(r.err()).as("%s", r).isNotBlank();
            Cli.noStackTrace(r);
        }
        assertThat(Cli.run("solve", "khop").err()).contains("--hops");
        assertThat(Cli.run("solve", "sssp", "--source", "abc").err()).contains("--source").contains("abc");
        // one line naming the option and the help, not the whole usage
        Cli.Result typed = Cli.run("solve", "khop", "-k", "abc");
        assertThat(typed.err().strip().lines()).hasSize(1);
        assertThat(typed.err()).contains("--hops abc", "not a whole number", "spikegraph solve khop --help").doesNotContain("Usage:");
    }

    @Test
    void verbosePrintsTheStackTrace() throws IOException {
        String g = file("t.gr", "p sp 3 2\na 1 2 5\na 2 3\n");
        Cli.Result r = Cli.run("solve", "sssp", "--graph", g, "--verbose");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("spikegraph: t.gr:3: truncated line")
                .contains("GraphParseException")
                .contains("\tat ");
        Cli.Result info = Cli.run("info", "--graph", dir.resolve("missing.gr").toString(), "--verbose");
        assertThat(info.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(info.err()).contains("\tat ");
    }
}
