package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress on stderr when stderr is not a terminal (as under the tests): lines of real work with
 * rising percentages, never on stdout; {@code --progress} and {@code --no-progress}; and the
 * {@code wrote PATH (SIZE)} lines once each file is in place.
 */
class ProgressCliTest {

    private static final String ROME = SharedGraphs.path("road/rome99.gr");
    private static final Pattern PERCENT = Pattern.compile("spikegraph: simulate (\\d+)% \\(walkers ended ([0-9,]+) of 400,000; step ");

    /** The percentages of the simulate lines, in order. */
    private static List<Integer> percentages(Cli.Result r) {
        List<Integer> out = new ArrayList<>();
        for (String line : r.err().lines().toList()) {
            Matcher m = PERCENT.matcher(line);
            if (m.lookingAt()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    @Test
    void aPipedLongRunPrintsLinesOfWalkersEndedWithRisingPercentagesAndStdoutStaysJson() {
        Cli.Result r = Cli.run("solve", "randomwalk", "--graph", ROME, "--walkers", "400000", "--steps", "12", "--json",
                "--progress-interval", "25");
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.json().path("problem").asText()).isEqualTo("randomwalk"); // stdout is the JSON object alone
        assertThat(r.out()).doesNotContain("spikegraph:");
        List<Integer> p = percentages(r);
        assertThat(p).as("%s", r).hasSizeGreaterThanOrEqualTo(2);
        assertThat(p).as("rising: %s", r).isSorted();
        assertThat(p.get(p.size() - 1)).as("%s", r).isGreaterThan(p.get(0));
        assertThat(r.err().lines()).as("%s", r).allSatisfy(l -> assertThat(Progress.LINE.matcher(l).matches()).as(l).isTrue());
    }

    @Test
    void progressForcesALastLineEvenForAShortRunAndNoProgressPrintsNothing() {
        Cli.Result forced = Cli.run("solve", "sssp", "--graph", ROME, "--source", "1", "--json", "--progress");
        assertThat(forced.code()).as("%s", forced).isZero();
        forced.json();
        List<String> lines = forced.err().lines().toList();
        assertThat(lines).as("%s", forced).isNotEmpty();
        // the sssp wavefront counts the vertices it reached, against those reachable from the source
        assertThat(lines.get(lines.size() - 1)).as("%s", forced).matches("spikegraph: simulate 100% \\(vertices reached ([0-9,]+) of \\1; "
                + "step [0-9,]+ of [0-9,]+\\), [0-9.]+ s");

        Cli.Result off = Cli.run("solve", "randomwalk", "--graph", ROME, "--walkers", "100000", "--steps", "8", "--json",
                "--no-progress", "--progress-interval", "1");
        assertThat(off.code()).as("%s", off).isZero();
        assertThat(off.err()).as("%s", off).isEmpty();
        off.json();
    }

    @Test
    void progressAndNoProgressTogetherAreRefused() {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", ROME, "--progress", "--no-progress"), "--progress", "--no-progress");
        Cli.badInput(Cli.run("compare", "--graph", ROME, "--progress", "--no-progress", "--out", "/nonexistent/x"),
                "--progress", "--no-progress");
    }

    @Test
    void solveCountsTheCpuBaselinesRunsThenTheChips() {
        Cli.Result solve = Cli.run("solve", "bfs", "--graph", ROME, "--source", "1", "--hardware", "loihi,truenorth",
                "--cpu-warmup", "1", "--cpu-repetitions", "2", "--json", "--progress", "--progress-interval", "1");
        assertThat(solve.code()).as("%s", solve).isZero();
        solve.json();
        List<String> lines = solve.err().lines().toList();
        // 1 source x 2 baselines x (1 check + 1 warm-up + 2 timed) = 8 runs, timed before the chips are projected
        List<Integer> runs = new ArrayList<>();
        Pattern cpu = Pattern.compile("spikegraph: time the CPU baselines \\d+% \\(run (\\d) of 8\\), .*");
        for (String l : lines) {
            Matcher m = cpu.matcher(l);
            if (m.matches()) {
                runs.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(runs).as("%s", solve).isNotEmpty().isSorted();
        int lastCpu = java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("time the CPU baselines"))
                .max().orElseThrow(); // by position: the same line may be printed twice
        assertThat(lines.subList(lastCpu + 1, lines.size())).as("%s", solve)
                .allSatisfy(l -> assertThat(l).startsWith("spikegraph: project "));
        assertThat(lines.get(lines.size() - 1)).as("%s", solve).startsWith("spikegraph: project 100% (chip 2 of 2), ");
    }

    @Test
    void comparePrintsRunsDoneOfSourcesTimesMethodsTimesRuns(@TempDir Path dir) {
        Cli.Result r = Cli.run("compare", "--graph", ROME, "--problem", "bfs", "--source-count", "2", "--warmup", "1",
                "--repetitions", "2", "--hardware", "none", "--no-pictures", "--out", dir.toString(), "--progress");
        assertThat(r.code()).as("%s", r).isZero();
        List<String> progress = r.err().lines().filter(l -> !l.startsWith("wrote ")).toList();
        // 2 sources x 4 methods (jgrapht, spiking, spiking in lanes, primitive) x (1 check + 1 warm-up + 2 timed) = 32 runs
        assertThat(progress.get(progress.size() - 1)).as("%s", r).startsWith("spikegraph: compare 100% (" + ROME + ": run 32 of 32)");
        assertThat(r.out()).doesNotContain("spikegraph:");
    }

    @Test
    void wroteLinesNameEachFileWithItsSizeOnceInPlace(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("answer.tsv");
        Path raster = dir.resolve("raster.svg");
        Cli.Result solve = Cli.ok("solve", "bfs", "--graph", ROME, "--source", "1", "--output", out.toString(), "--raster",
                raster.toString(), "--json");
        solve.json();
        assertThat(Cli.wrote(solve)).containsExactly(raster.toString(), out.toString());
        assertThat(Cli.wroteSizes(solve)).containsExactly(Outputs.size(Files.size(raster)), Outputs.size(Files.size(out)));

        Path graph = dir.resolve("g.gr");
        Cli.Result generate = Cli.ok("generate", "grid", "--rows", "30", "--cols", "40", "--out", graph.toString());
        assertThat(Cli.wrote(generate)).containsExactly(graph.toString());
        assertThat(Cli.wroteSizes(generate)).containsExactly(Outputs.size(Files.size(graph)));

        Path results = dir.resolve("results");
        Cli.Result compare = Cli.ok("compare", "--graph", graph.toString(), "--problem", "bfs", "--sources", "1", "--warmup", "0",
                "--repetitions", "1", "--hardware", "none", "--no-pictures", "--out", results.toString());
        List<Path> files = List.of(results.resolve("compare.csv"), results.resolve("compare.json"), results.resolve("compare.md"));
        assertThat(Cli.wrote(compare)).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        List<String> sizes = new ArrayList<>();
        for (Path f : files) {
            sizes.add(Outputs.size(Files.size(f)));
        }
        assertThat(Cli.wroteSizes(compare)).containsExactlyElementsOf(sizes);

        Path circuit = dir.resolve("circuit.json");
        Cli.Result export = Cli.ok("export", "--to", "json", "bfs", "--graph", graph.toString(), "--out", circuit.toString());
        assertThat(Cli.wrote(export)).containsExactly(circuit.toString());
        assertThat(Cli.wroteSizes(export)).containsExactly(Outputs.size(Files.size(circuit)));
    }

    @Test
    void sizesReadAsPeopleReadThem() {
        assertThat(Outputs.size(0)).isEqualTo("0 B");
        assertThat(Outputs.size(999)).isEqualTo("999 B");
        assertThat(Outputs.size(1000)).isEqualTo("1.00 kB");
        assertThat(Outputs.size(12_345)).isEqualTo("12.3 kB");
        assertThat(Outputs.size(999_499)).isEqualTo("999 kB");
        assertThat(Outputs.size(999_999)).isEqualTo("1.00 MB");
        assertThat(Outputs.size(4_560_000_000L)).isEqualTo("4.56 GB");
    }

    @Test
    void linesSayPhasePercentDetailAndElapsedTime() {
        assertThat(Progress.text(new Progress.Status("simulate", 31_002, 75_509, "step 31,002 of 75,509"), 12_300))
                .isEqualTo("spikegraph: simulate 41% (step 31,002 of 75,509), 12 s");
        assertThat(Progress.text(new Progress.Status("validate", 0, 0, ""), 400)).isEqualTo("spikegraph: validate, 0.4 s");
        assertThat(Progress.text(new Progress.Status("x", 5, 4, "over"), 125_000)).isEqualTo("spikegraph: x 100% (over), 2 min 05 s");
        for (String l : List.of("spikegraph: simulate 41% (step 31,002 of 75,509), 12 s", "spikegraph: validate, 0.4 s",
                "spikegraph: x 100% (over), 2 min 05 s")) {
            assertThat(Progress.LINE.matcher(l).matches()).as(l).isTrue();
        }
        assertThat(Progress.LINE.matcher("spikegraph: rome99.gr: line 3: bad arc").matches()).isFalse();
    }
}
