package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.bench.problem.NeighboursSpec;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.problem.ProblemSpecs;
import org.spikegraph.hardware.profile.Profiles;

/**
 * Every problem spec on the class path is reachable as {@code solve NAME}, {@code project NAME} and
 * {@code compare --problem NAME} on a real graph, and its answer agrees with its reference in all
 * three (solve's {@code --validate}, every chip's legal network, compare's check before timing). The
 * test-only {@link NeighboursSpec}, registered only in the test class path's services file, is among
 * them: a spec alone adds a problem to all three.
 */
class ProblemSpecsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> names() {
        return SpecCases.names();
    }

    private static List<String> args(String command, String name, String... more) {
        return SpecCases.args(List.of(command), name, more);
    }

    private static String graph(String name) {
        return SpecCases.graph(name);
    }

    @ParameterizedTest(name = "solve {0}")
    @MethodSource("names")
    void solveAgreesWithTheReference(String name) {
        JsonNode j = Cli.ok(args("solve", name, "--validate", "--json").toArray(String[]::new)).json();
        assertThat(j.path("problem").asText()).isEqualTo(name);
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        assertThat(j.path("validation").path("compared").asLong()).isPositive();
        assertThat(j.path("activity").path("spikes").asLong()).isPositive();
    }

    @ParameterizedTest(name = "project {0}")
    @MethodSource("names")
    void projectKeepsTheAnswerOnEveryChipThatHoldsIt(String name) {
        JsonNode j = Cli.ok(args("project", name, "--json").toArray(String[]::new)).json();
        JsonNode projections = j.path("projections");
        assertThat(projections.size()).isEqualTo(Profiles.all().size());
        int projected = 0;
        for (JsonNode p : projections) {
            if (!p.has("error")) {
                assertThat(p.path("answerUnchanged").asBoolean()).as("%s", p).isTrue();
                assertThat(p.path("seconds").asDouble()).isPositive();
                projected++;
            }
        }
        assertThat(projected).as("at least one chip holds %s", name).isPositive();
        assertThat(j.path("cpu").path("algorithm").asText()).isNotEmpty();
    }

    @ParameterizedTest(name = "compare --problem {0}")
    @MethodSource("names")
    void compareChecksEveryMethodBeforeTimingIt(String name, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("compare", "--graph", graph(name), "--problem", name, "--source-count", "1",
                "--warmup", "0", "--repetitions", "1", "--hardware", "loihi", "--no-pictures", "--output", out.toString()));
        if (name.equals("components")) {
            args.add("--weak"); // rome99 is directed: compare asks, as solve does
        }
        Cli.Result r = Cli.ok(args.toArray(String[]::new));
        JsonNode j = JSON.readTree(out.resolve("compare.json").toFile());
        List<String> methods = new ArrayList<>();
        for (JsonNode row : j.path("rows")) {
            methods.add(row.path("method").asText());
        }
        assertThat(methods).as("%s", r).contains("spiking", "loihi").hasSizeGreaterThanOrEqualTo(4);
        assertThat(j.path("problem").asText()).isEqualTo(name);
        assertThat(r.out()).contains("all agree");
    }

    @Test
    void everySpecIsListedUnderSolveProjectAndCompare() {
        String solve = Cli.ok("solve", "--help").out();
        String project = Cli.ok("project", "--help").out();
        Cli.Result compare = Cli.run("compare", "--graph", SharedGraphs.path("road/rome99.gr"), "--problem", "none-such");
        for (var spec : ProblemSpecs.all()) { // a name, then its aliases after commas ("  eccentricity, diameter  ...")
            String listed = "  " + String.join(", ", java.util.stream.Stream.concat(java.util.stream.Stream.of(spec.name()),
                    spec.aliases().stream()).toList()) + " ";
            assertThat(solve).contains(listed);
            assertThat(project).contains(listed);
        }
        assertThat(ProblemSpecs.named("diameter")).get().extracting(s -> s.name()).isEqualTo("eccentricity");
        Cli.badInput(compare, "--problem must be one of ", "eccentricity (alias diameter)", "got 'none-such'");
        String compareHelp = Cli.ok("compare", "--help").out().replaceAll("\\s+", " ");
        for (var spec : ProblemSpecs.all()) { // compare's help and error list every name and alias too
            assertThat(compare.err()).contains(spec.name());
            String listed = String.join(", ", java.util.stream.Stream.concat(java.util.stream.Stream.of(spec.name()),
                    spec.aliases().stream()).toList());
            assertThat(compareHelp).containsPattern(" " + java.util.regex.Pattern.quote(listed) + "[, ]");
            for (String alias : spec.aliases()) {
                assertThat(compare.err()).contains(spec.name() + " (alias " + alias);
            }
        }
    }

    @Test
    void compareTakesAnAliasAsItsProblem(@TempDir Path out) {
        JsonNode j = Cli.ok("compare", "--graph", SharedGraphs.path("snap/email-Eu-core.txt"), "--problem", "diameter",
                "--source-count", "1", "--warmup", "0", "--repetitions", "1", "--hardware", "none", "--out", out.toString(),
                "--json").json();
        assertThat(j.toString()).contains("eccentricity");
    }

    @Test
    void theBenchsOwnSpecsComeFirstInTheirServicesFilesOrderThenTheTestOnlySpec() throws IOException {
        List<String> own = null;
        String file = "META-INF/services/" + ProblemSpec.class.getName();
        for (java.net.URL url : java.util.Collections.list(ProblemSpec.class.getClassLoader().getResources(file))) {
            if (!url.toString().contains("test-classes")) {
                try (java.io.InputStream in = url.openStream()) {
                    own = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                }
            }
        }
        assertThat(own).as("the bench's own services file").isNotNull().contains(
                "org.spikegraph.bench.problem.SsspSpec", "org.spikegraph.bench.problem.PageRankSpec");
        List<String> expected = new ArrayList<>(own);
        expected.add(NeighboursSpec.class.getName());
        assertThat(ProblemSpecs.all()).extracting(s -> s.getClass().getName()).containsExactlyElementsOf(expected);
        assertThat(ProblemSpecs.names()).doesNotHaveDuplicates().endsWith(NeighboursSpec.NAME);
        assertThat(ProblemSpecs.named(NeighboursSpec.NAME)).get().isInstanceOf(NeighboursSpec.class);
    }

    @Test
    void theTestOnlySpecAnswersFromItsOwnParameters() throws IOException {
        String rome = SharedGraphs.path("road/rome99.gr");
        CsrGraph g = GraphLoader.load(Path.of(rome)).graph();
        int v = g.find("1000");
        long distinct = java.util.stream.IntStream.range(g.outStart(v), g.outEnd(v)).map(g::target).filter(t -> t != v)
                .distinct().count();
        JsonNode j = Cli.ok("solve", NeighboursSpec.NAME, "--graph", rome, "--source", "1000", "--validate", "--json").json();
        assertThat(j.path("source").asLong()).isEqualTo(1000);
        assertThat(j.path("summary").path("neighbours").asLong()).isEqualTo(distinct);
        Cli.badInput(Cli.run("solve", NeighboursSpec.NAME, "--graph", rome, "--source", "nope"),
                "--source 'nope' is not a vertex of rome99.gr");
    }
}
