package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output} (the full per-vertex answer) and {@code --raster} (PNG/SVG): written whole, or not at all. */
class OutputFilesTest {

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void outputHoldsOneLinePerVertexOfRome99() throws IOException {
        Path out = dir.resolve("answer.tsv");
        Cli.ok("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1", "--output", out.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3353 + 1);
        assertThat(lines.get(0)).startsWith("#").contains("vertex").contains("distance");
        assertThat(lines).contains("1\t0\t-");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("3353\t30305\t"));
        // every vertex once, reachable, in file order
        for (int v = 1; v <= 3353; v++) {
            assertThat(lines.get(v)).startsWith(v + "\t");
            assertThat(lines.get(v)).doesNotContain("unreachable");
        }
        long sum = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split("\t")[1])).sum();
        assertThat(sum).isEqualTo(116_006_476L);
        assertThat(names(dir)).containsExactly("answer.tsv");
    }

    @Test
    void outputOfTheBundledGraphAndInANewFolder() throws IOException {
        Path out = dir.resolve("sub/dir/answer.tsv");
        Cli.ok("solve", "sssp", "--output", out.toString(), "--json");
        assertThat(Files.readAllLines(out)).hasSize(3354).contains("1\t0\t-");
    }

    @Test
    void outputMarksUnreachableVertices() throws IOException {
        Path g = Files.writeString(dir.resolve("g.txt"), "1 2\n2 3\n4 5\n");
        Path out = dir.resolve("bfs.tsv");
        Cli.ok("solve", "bfs", "--graph", g.toString(), "--source", "1", "--output", out.toString());
        assertThat(Files.readAllLines(out)).containsExactly("# vertex\tdistance\tpredecessor",
                "1\t0\t-", "2\t1\t1", "3\t2\t2", "4\tunreachable\t-", "5\tunreachable\t-");
    }

    @Test
    void multiSourceOutputNamesTheNearestSource() throws IOException {
        Path g = Files.writeString(dir.resolve("line.txt"), "1 2\n2 3\n3 4\n4 5\n5 4\n4 3\n3 2\n2 1\n");
        Path out = dir.resolve("ms.tsv");
        Cli.ok("solve", "multi-source", "--graph", g.toString(), "--sources", "1,5", "--output", out.toString());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).contains("nearestSource");
        assertThat(lines).contains("1\t0\t-\t1", "2\t1\t1\t1", "4\t1\t5\t5", "5\t0\t-\t5");
        assertThat(lines.get(3)).startsWith("3\t2\t");
    }

    @Test
    void hopBoundedOutputHasTheArcCount() throws IOException {
        Path out = dir.resolve("hb.tsv");
        Cli.ok("solve", "hop-bounded", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1", "-k", "2",
                "--output", out.toString());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3354);
        assertThat(lines.get(0)).contains("arcs");
        assertThat(lines.get(1)).isEqualTo("1\t0\t0");
        assertThat(lines.stream().skip(1).filter(l -> !l.endsWith("\t-")))
                .allSatisfy(l -> assertThat(Integer.parseInt(l.split("\t")[2])).isBetween(0, 2));
    }

    @Test
    void failingRunLeavesNoOutputFileAndNoTempFiles() throws IOException {
        Path out = dir.resolve("answer.tsv");
        Path raster = dir.resolve("r.png");
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--max-steps", "10",
                "--output", out.toString(), "--raster", raster.toString()), "--max-steps");
        Path bad = Files.writeString(dir.resolve("bad.gr"), "p sp 2 1\na 1 x 1\n");
        Cli.badInput(Cli.run("solve", "sssp", "--graph", bad.toString(), "--output", out.toString()), "bad.gr:2:");
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "0",
                "--output", out.toString()), "--source '0'");
        assertThat(names(dir)).containsExactly("bad.gr");
    }

    @Test
    void aFailingRunKeepsAnOlderOutputFileAsItWas() throws IOException {
        Path out = Files.writeString(dir.resolve("answer.tsv"), "old\n");
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--max-steps", "10",
                "--output", out.toString()), "--max-steps");
        assertThat(out).hasContent("old");
        assertThat(names(dir)).containsExactly("answer.tsv");
    }

    @Test
    void rasterFailureAfterTheRunLeavesNoOutputFile() throws IOException {
        Path notADir = Files.writeString(dir.resolve("plain.txt"), "x");
        Path out = dir.resolve("answer.tsv");
        Cli.Result r = Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--output", out.toString(),
                "--raster", notADir.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out).doesNotExist();
    }

    @Test
    void rasterFolderErrorSaysWhatIsWrong() throws IOException {
        Path notADir = Files.writeString(dir.resolve("plain.txt"), "x");
        Cli.Result r = Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"),
                "--raster", notADir.resolve("x.png").toString());
        Cli.badInput(r, "--raster");
        assertThat(r.err()).containsAnyOf("not a directory", "Not a directory", "is a file");
    }

    @Test
    void outputNamingAFolderSaysSo() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("answers"));
        Cli.Result r = Cli.run("solve", "bfs", "--graph", SharedGraphs.path("road/rome99.gr"), "--output", folder.toString());
        Cli.badInput(r, "--output", "answers");
        assertThat(r.err()).doesNotContain(".tmp");
    }

    @Test
    void outputNamingAFolderFailsCleanlyAndLeavesNoTempFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("answers"));
        Cli.badInput(Cli.run("solve", "bfs", "--graph", SharedGraphs.path("road/rome99.gr"), "--output", folder.toString()),
                "answers");
        assertThat(names(dir)).containsExactly("answers");
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void outputFileHasTheUsualPermissions() throws IOException {
        Path out = dir.resolve("answer.tsv");
        Cli.ok("solve", "bfs", "--graph", SharedGraphs.path("road/rome99.gr"), "--output", out.toString());
        Path plain = Files.createFile(dir.resolve("plain.txt")); // what the umask gives an ordinary new file
        Set<PosixFilePermission> expected = Files.getFileAttributeView(plain, PosixFileAttributeView.class).readAttributes().permissions();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(expected);
    }

    @Test
    void rasterPng() throws IOException {
        Path png = dir.resolve("raster.png");
        Cli.ok("solve", "bfs", "--graph", SharedGraphs.path("road/rome99.gr"), "--source", "1", "--raster", png.toString());
        byte[] b = Files.readAllBytes(png);
        assertThat(b.length).isGreaterThan(1000);
        assertThat(new byte[] {b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]})
                .containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(names(dir)).containsExactly("raster.png");
    }

    @Test
    void rasterSvg() throws IOException {
        Path svg = dir.resolve("raster.svg");
        Cli.ok("solve", "sssp", "--graph", SharedGraphs.path("social/karate.gml"), "--raster", svg.toString(), "--json");
        String s = Files.readString(svg);
        assertThat(s).isNotBlank();
        assertThat(s.startsWith("<?xml") || s.contains("<svg")).as(s.substring(0, Math.min(200, s.length()))).isTrue();
        assertThat(names(dir)).containsExactly("raster.svg");
    }

    @Test
    void rasterAndOutputTogether() throws IOException {
        Path png = dir.resolve("r.PNG");
        Path out = dir.resolve("a.tsv");
        Cli.ok("solve", "khop", "--graph", SharedGraphs.path("road/rome99.gr"), "-k", "5", "--raster", png.toString(),
                "--output", out.toString());
        assertThat(Files.size(png)).isPositive();
        assertThat(Files.readAllLines(out)).hasSize(3354);
    }
}
