package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where outputs go: FIFOs, devices and stdout are written in place (and stay what they were), a
 * symbolic link is followed and its target replaced, a failing or stopped command leaves every
 * output as it was (checksums), and each output written is announced on stderr.
 */
class OutputTargetsTest {

    @TempDir
    Path dir;

    private static String rome() {
        return SharedGraphs.path("road/rome99.gr");
    }

    /** File name to SHA-256 of everything in the folder (folders and links marked as such). */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(p -> !p.equals(folder)).toList()) {
                String key = folder.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    m.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    m.put(key, "folder");
                } else if (Files.isRegularFile(p)) {
                    m.put(key, sha256(Files.readAllBytes(p)));
                } else {
                    m.put(key, "special");
                }
            }
        }
        return m;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static Path mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        return p;
    }

    private static boolean isFifoOrDevice(Path p) throws IOException {
        return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = mkfifo(dir.resolve("answer.fifo"));
        CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(fifo), StandardCharsets.UTF_8))) {
                return r.lines().toList();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = Cli.ok("solve", "bfs", "--graph", rome(), "--source", "1", "--output", fifo.toString());
        List<String> lines = reader.get(60, TimeUnit.SECONDS);
        assertThat(lines).hasSize(3354).contains("1\t0\t-");
        assertThat(isFifoOrDevice(fifo)).isTrue();
        assertThat(Cli.wrote(r)).containsExactly(fifo.toString());
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("answer.fifo");
        }
    }

    @Test
    void devNullStaysACharacterDevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && isFifoOrDevice(devNull), "no /dev/null device");
        Cli.Result r = Cli.ok("solve", "bfs", "--graph", rome(), "--output", "/dev/null", "--json");
        assertThat(r.json().path("summary").path("reachable").asInt()).isEqualTo(3353);
        assertThat(isFifoOrDevice(devNull)).as("/dev/null is still a device").isTrue();
        Process stat = new ProcessBuilder("stat", "-c", "%F", "/dev/null").start();
        String type = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (stat.waitFor() == 0) {
            assertThat(type).isEqualTo("character special file");
        }
        assertThat(Cli.wrote(r)).containsExactly("/dev/null");
        try (Stream<Path> s = Files.list(Path.of("/dev"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".null."));
        }
    }

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetReplacedWhole() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path target = Files.writeString(real.resolve("answer.tsv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.tsv"), Path.of("real/answer.tsv"));
        Cli.ok("solve", "bfs", "--graph", rome(), "--output", link.toString());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real/answer.tsv"));
        assertThat(Files.readAllLines(target)).hasSize(3354);
        assertThat(snapshot(dir).keySet()).containsExactly("link.tsv", "real", "real/answer.tsv");
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.tsv"), Path.of("made.tsv"));
        Cli.ok("solve", "bfs", "--graph", rome(), "--output", link.toString());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(dir.resolve("made.tsv"))).hasSize(3354);
    }

    @Test
    void aLinkLoopIsRefusedBeforeWork() throws IOException {
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        Map<String, String> before = snapshot(dir);
        Cli.badInput(Cli.run("solve", "bfs", "--graph", rome(), "--output", a.toString()), "--output", "a.tsv",
                "symbolic links");
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void dashIsStdout() {
        Cli.Result r = Cli.ok("solve", "bfs", "--graph", rome(), "--output", "-");
        assertThat(r.out()).startsWith("# vertex\tdistance\tpredecessor\n1\t0\t-\n").contains("bfs on");
        assertThat(Cli.wrote(r)).containsExactly("stdout");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", rome(), "--output", "-", "--json"), "--output -", "--json");
    }

    @Test
    void wroteLinesGoToStderrOnePerOutputNeverToStdout() {
        Path out = dir.resolve("a.tsv");
        Path png = dir.resolve("r.png");
        Cli.Result r = Cli.ok("solve", "bfs", "--graph", rome(), "--output", out.toString(), "--raster", png.toString(), "--json");
        assertThat(Cli.wrote(r)).containsExactly(png.toString(), out.toString());
        assertThat(r.out()).doesNotContain("wrote");
        assertThat(r.json().path("problem").asText()).isEqualTo("bfs");
    }

    @Test
    void anUnwritableOutputIsRefusedBeforeAnyOtherOutputChanges() throws IOException {
        Path png = Files.writeString(dir.resolve("r.png"), "an older picture");
        Map<String, String> before = snapshot(dir);
        Cli.Result r = Cli.badInput(Cli.run("solve", "bfs", "--graph", rome(), "--raster", png.toString(),
                "--output", "/proc/x.tsv"), "--output /proc/x.tsv");
        assertThat(r.err()).doesNotContain(".tmp");
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aDeviceThatFailsToTakeTheOutputLeavesTheFilesAsTheyWere() throws IOException {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.exists(devFull) && isFifoOrDevice(devFull), "no /dev/full device");
        Files.writeString(dir.resolve("r.png"), "old picture");
        Map<String, String> before = snapshot(dir);
        Cli.Result r = Cli.badInput(Cli.run("solve", "bfs", "--graph", rome(), "--raster", dir.resolve("r.png").toString(),
                "--output", "/dev/full"), "--output /dev/full", "no space left on device");
        assertThat(r.err()).doesNotContain(".tmp");
        assertThat(snapshot(dir)).as("written through before any rename: the picture is not replaced").isEqualTo(before);
        assertThat(isFifoOrDevice(devFull)).isTrue();
    }

    @Test
    void aRunFailingAfterTheWorkLeavesEveryOutputAsItWas() throws IOException {
        Files.writeString(dir.resolve("r.png"), "old picture");
        Files.writeString(dir.resolve("a.tsv"), "old answer");
        Map<String, String> before = snapshot(dir);
        Cli.badInput(Cli.run("solve", "sssp", "--graph", rome(), "--max-steps", "10", "--raster",
                dir.resolve("r.png").toString(), "--output", dir.resolve("a.tsv").toString()), "--max-steps");
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void outputsInNewFoldersLeaveNoFoldersWhenTheRunFails() throws IOException {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", rome(), "--max-steps", "10",
                "--output", dir.resolve("new/deeper/a.tsv").toString()), "--max-steps");
        assertThat(snapshot(dir)).isEmpty();
    }

    @Test
    void generateKeepsTheGraphWhenItsCoordinatesCannotBeWritten() throws IOException {
        Files.writeString(dir.resolve("g.gr"), "p sp 1 0\n");
        Files.createDirectory(dir.resolve("g.co"));
        Map<String, String> before = snapshot(dir);
        Cli.badInput(Cli.run("generate", "road", "--n", "100", "--out", dir.resolve("g.gr").toString()), "g.co", "folder");
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void generateWritesGraphAndCoordinatesTogether() throws IOException {
        Files.writeString(dir.resolve("g.gr"), "p sp 1 0\n");
        Cli.Result r = Cli.ok("generate", "road", "--n", "100", "--out", dir.resolve("g.gr").toString());
        assertThat(Cli.wrote(r)).containsExactly(dir.resolve("g.gr").toString(), dir.resolve("g.co").toString());
        assertThat(Files.readString(dir.resolve("g.gr"))).contains("p sp 100 ");
        assertThat(Files.readString(dir.resolve("g.co"))).contains("p aux sp co 100");
    }

    @Test
    void twoOutputsOntoOneFileAreRefused() throws IOException {
        Path out = dir.resolve("same.svg");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", rome(), "--raster", out.toString(), "--output", out.toString()),
                "--output", "same file as --raster");
        assertThat(snapshot(dir)).isEmpty();
    }

    @Test
    void stoppingAGenerationWithSigtermLeavesNothingBehind() throws Exception {
        Path out = Files.writeString(dir.resolve("g.gr"), "p sp 1 0\n");
        Map<String, String> before = snapshot(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.spikegraph.bench.cli.SpikegraphCommand", "generate", "gnp", "--n", "44000", "--p", "0.0001",
                "--out", out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // wait until the temporary file is reserved: the command is generating
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && snapshot(dir).size() == before.size() && p.isAlive()) {
                Thread.sleep(50);
            }
            assumeTrue(p.isAlive(), "the generation ended before it could be stopped");
            assertThat(snapshot(dir).keySet()).anyMatch(n -> n.startsWith(".g.gr.") && n.endsWith(".tmp"));
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).isNotZero();
        assertThat(snapshot(dir)).isEqualTo(before);
    }
}
