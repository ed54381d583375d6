package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.algorithms.randomwalk.Confidence;
import org.spikegraph.bench.compare.Sources;
import org.spikegraph.bench.problem.ComponentsSpec;
import org.spikegraph.bench.problem.ProblemSpecs;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 14: one meaning per option name across the commands. Each test covers one item: compare's
 * {@code --sources} (ids) and {@code --source-count}; {@code --output} with {@code --out} as its
 * alias; generate's {@code --neighbours}; one {@code --seed} default; one {@code --delta}; maxflow's
 * defaults; compare's {@code --weak/--strong}; the sweep's footnotes and coinciding curves.
 */
class ConsistentOptionsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROME = "road/rome99.gr";
    private static final String EMAIL = "snap/email-Eu-core.txt";

    @TempDir
    Path dir;

    /** Every command of the tree with its full name ("solve sssp", "compare", ...). */
    private static Map<String, CommandSpec> commands() {
        Map<String, CommandSpec> out = new LinkedHashMap<>();
        collect(SpikegraphCommand.commandLine(), "", out);
        return out;
    }

    private static void collect(CommandLine cl, String prefix, Map<String, CommandSpec> out) {
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            String name = (prefix + " " + e.getKey()).strip();
            out.put(name, e.getValue().getCommandSpec());
            collect(e.getValue(), name, out);
        }
    }

    @Test
    void compareRunsFromExactlyTheSourcesGiven() throws IOException {
        Path out = dir.resolve("cmp");
        Cli.Result r = Cli.ok("compare", "--graph", SharedGraphs.path(ROME), "--problem", "bfs", "--sources", "1,5",
                "--warmup", "0", "--repetitions", "1", "--hardware", "none", "--no-pictures", "--output", out.toString());
        assertThat(r.out()).contains("sources 1 5").contains("2 source(s) per graph (given by --sources, seed 1)");
        JsonNode json = JSON.readTree(out.resolve("compare.json").toFile());
        assertThat(json.path("sourceRule").asText()).isEqualTo(Sources.GIVEN);
        assertThat(json.path("sources").asInt()).isEqualTo(2);
        assertThat(json.path("rows").size()).isPositive();
        for (JsonNode row : json.path("rows")) {
            assertThat(row.path("sourceIds").toString()).as("%s", row).isEqualTo("[1,5]");
        }
        assertThat(Files.readString(out.resolve("compare.md"))).contains("Sources (file ids, given by --sources)");
    }

    @Test
    void compareRefusesSourcesAndACountTogetherAndNamesAnUnknownId() {
        String rome = SharedGraphs.path(ROME);
        String o = dir.resolve("cmp").toString();
        Cli.badInput(Cli.run("compare", "--graph", rome, "--sources", "1", "--source-count", "2", "--output", o),
                "--sources", "--source-count", "not both");
        Cli.badInput(Cli.run("compare", "--graph", rome, "--sources", "1,99999", "--output", o),
                "--sources '99999' is not a vertex of rome99.gr");
        Cli.badInput(Cli.run("compare", "--graph", rome, "--sources", "5,5", "--output", o), "--sources", "twice");
        Cli.badInput(Cli.run("compare", "--sweep", "--min-vertices", "100", "--max-vertices", "200", "--sources", "150",
                "--output", o), "--sources '150' is not a vertex of road-like n=100");
        Cli.badInput(Cli.run("compare", "--graph", rome, "--source-count", "4000", "--output", o), "--source-count",
                "between 1 and 3353");
        assertThat(dir.resolve("cmp")).doesNotExist();
    }

    @Test
    void everyOutputOptionIsAlsoOutAndNoCommandHasOnlyOne() {
        Map<String, CommandSpec> all = commands();
        List<String> withOutput = new ArrayList<>();
        all.forEach((name, spec) -> {
            OptionSpec output = spec.findOption("--output");
            OptionSpec out = spec.findOption("--out");
            assertThat(output).as("%s: --out and --output are one option", name).isSameAs(out);
            if (output != null) {
                withOutput.add(name);
                assertThat(output.description()[0]).as(name).containsAnyOf("File", "Directory");
            }
        });
        assertThat(withOutput).contains("compare", "generate");
        for (String p : ProblemSpecs.names()) {
            assertThat(withOutput).contains("solve " + p, "project " + p, "export " + p);
        }
    }

    @Test
    void outAndOutputWriteTheSameInEveryCommand() throws IOException {
        String rome = SharedGraphs.path(ROME);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("solve", List.of("solve", "bfs", "--graph", rome, "--source", "7"));
        commands.put("generate", List.of("generate", "road", "--n", "300"));
        commands.put("export", List.of("export", "--to", "json", "sssp", "--graph", rome, "--source", "7"));
        for (Map.Entry<String, List<String>> c : commands.entrySet()) {
            Path a = dir.resolve(c.getKey() + "-output.gr");
            Path b = dir.resolve(c.getKey() + "-out.gr");
            Cli.ok(with(c.getValue(), "--output", a.toString()));
            Cli.ok(with(c.getValue(), "--out", b.toString()));
            assertThat(Files.readAllBytes(a)).as(c.getKey()).isNotEmpty().isEqualTo(Files.readAllBytes(b));
        }
        Path a = dir.resolve("compare-output");
        Path b = dir.resolve("compare-out");
        List<String> compare = List.of("compare", "--graph", rome, "--problem", "bfs", "--source-count", "1", "--warmup", "0",
                "--repetitions", "1", "--hardware", "none");
        Cli.ok(with(compare, "--output", a.toString()));
        Cli.ok(with(compare, "--out", b.toString()));
        try (var x = Files.list(a); var y = Files.list(b)) {
            assertThat(y.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(x.map(p -> p.getFileName().toString()).sorted().toList()).contains("compare.csv");
        }
        assertThat(Files.readAllLines(b.resolve("compare.csv")).get(0)).isEqualTo(Files.readAllLines(a.resolve("compare.csv")).get(0));
    }

    private static String[] with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void everySeedHasOneDefaultAndOneHelp() {
        Map<String, OptionSpec> seeds = new LinkedHashMap<>();
        commands().forEach((name, spec) -> {
            OptionSpec s = spec.findOption("--seed");
            if (s != null) {
                seeds.put(name, s);
            }
        });
        assertThat(seeds).containsKeys("compare", "generate");
        for (String p : ProblemSpecs.names()) {
            assertThat(seeds).containsKeys("solve " + p, "project " + p, "export " + p);
        }
        seeds.forEach((name, s) -> {
            assertThat(s.defaultValue()).as(name).isEqualTo(Seeds.DEFAULT);
            assertThat(String.join(" ", s.description())).as(name)
                    .isEqualTo(Seeds.HELP.replace("${DEFAULT-VALUE}", Seeds.DEFAULT));
        });
    }

    @Test
    void everyCommandThatTimesTheConventionalSideHasTheSameDefaultRuns() {
        Map<String, CommandSpec> all = commands();
        OptionSpec warmup = all.get("compare").findOption("--warmup");
        OptionSpec repetitions = all.get("compare").findOption("--repetitions");
        int checked = 0;
        for (Map.Entry<String, CommandSpec> e : all.entrySet()) {
            OptionSpec w = e.getValue().findOption("--cpu-warmup");
            OptionSpec r = e.getValue().findOption("--cpu-repetitions");
            if (w != null) {
                assertThat(w.defaultValue()).as(e.getKey()).isEqualTo(warmup.defaultValue());
                assertThat(r.defaultValue()).as(e.getKey()).isEqualTo(repetitions.defaultValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(2 * ProblemSpecs.names().size()); // solve and project of every problem
    }

    @Test
    void generateCallsItsNeighboursSoAndStillTakesTheOldName() throws IOException {
        Path a = dir.resolve("a.gr");
        Path b = dir.resolve("b.gr");
        Path c = dir.resolve("c.gr");
        Cli.ok("generate", "road", "--n", "200", "--neighbours", "5", "--output", a.toString());
        Cli.ok("generate", "road", "--n", "200", "--k", "5", "--output", b.toString());
        Cli.ok("generate", "road", "--n", "200", "--output", c.toString());
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
        String help = Cli.ok("generate", "--help").out();
        assertThat(help).contains("--neighbours").doesNotContain("--k ").doesNotContain("--k=");
        Cli.badInput(Cli.run("generate", "road", "--k", "4", "--neighbours", "5", "--output", dir.resolve("d.gr").toString()),
                "--k is the old name of --neighbours");
    }

    @Test
    void deltaBoundsAllReportedIntervalsTogether() {
        String karate = SharedGraphs.path("social/karate.gml");
        int n = 34;
        JsonNode walk = Cli.ok("solve", "randomwalk", "--graph", karate, "--targets", "34", "--delta", "0.01", "--json").json();
        double each = walk.path("parameters").path("deltaEachInterval").asDouble();
        assertThat(each).as("one interval per vertex and the hitting one").isCloseTo(0.01 / (n + 1), org.assertj.core.data.Offset.offset(1e-15));
        JsonNode hit = walk.path("summary").path("hitting");
        long walkers = walk.path("parameters").path("walkers").asLong();
        double width = hit.path("high").asDouble() - hit.path("low").asDouble();
        assertThat(hit.path("low").asDouble()).isPositive();
        assertThat(hit.path("high").asDouble()).isLessThan(1);
        assertThat(width).as("at least the Hoeffding width of delta / intervals, wider than delta's alone")
                .isGreaterThanOrEqualTo(2 * Confidence.hoeffding(walkers, each) - 1e-12)
                .isGreaterThan(2 * Confidence.hoeffding(walkers, 0.01));
        JsonNode rank = Cli.ok("solve", "pagerank", "--graph", karate, "--delta", "0.01", "--json").json();
        assertThat(rank.path("parameters").path("deltaEachInterval").asDouble()).isCloseTo(0.01 / n,
                org.assertj.core.data.Offset.offset(1e-15));
        Map<String, String> help = new HashMap<>();
        commands().forEach((name, spec) -> {
            OptionSpec d = spec.findOption("--delta");
            if (d != null) {
                help.put(name, String.join(" ", d.description()));
            }
        });
        assertThat(help).containsKeys("solve pagerank", "solve randomwalk", "export randomwalk");
        assertThat(help.values().stream().distinct()).as("one help for every --delta").hasSize(1);
        assertThat(help.get("solve pagerank")).contains("all reported intervals together");
    }

    @Test
    void maxflowDefaultsItsSourceAsEveryProblemAndItsSinkToTheLastVertex() {
        String rome = SharedGraphs.path(ROME);
        JsonNode defaults = Cli.ok("solve", "maxflow", "--graph", rome, "--json").json();
        JsonNode given = Cli.ok("solve", "maxflow", "--graph", rome, "--source", "1", "--sink", "3353", "--json").json();
        JsonNode bfs = Cli.ok("solve", "bfs", "--graph", rome, "--json").json();
        assertThat(defaults.path("source")).isEqualTo(bfs.path("source")).isEqualTo(given.path("source"));
        assertThat(defaults.path("parameters").path("sink").asLong()).isEqualTo(3353);
        assertThat(defaults.path("summary")).isEqualTo(given.path("summary"));
        assertThat(commands().get("solve maxflow").findOption("--sink").description()[0]).contains("default: the last vertex");
        assertThat(commands().get("solve maxflow").findOption("--source").required()).isFalse();
        Cli.badInput(Cli.run("solve", "maxflow", "--graph", rome, "--source", "3353"), "--source and --sink must differ",
                "--sink's default");
    }

    @Test
    void compareTakesSolvesWeakOrStrongAndAsksAsSolveDoes() {
        String email = SharedGraphs.path(EMAIL);
        String o = dir.resolve("cmp").toString();
        Cli.Result solve = Cli.badInput(Cli.run("solve", "components", "--graph", email), "is directed");
        Cli.Result compare = Cli.badInput(Cli.run("compare", "--graph", email, "--problem", "components", "--output", o),
                "is directed");
        assertThat(compare.err()).isEqualTo(solve.err());
        Cli.badInput(Cli.run("compare", "--graph", email, "--problem", "bfs", "--weak", "--output", o),
                "--problem components");
        Cli.Result strong = Cli.ok("compare", "--graph", email, "--problem", "components", "--strong", "--source-count", "1",
                "--warmup", "0", "--repetitions", "1", "--hardware", "none", "--no-pictures", "--output", o);
        assertThat(strong.out()).contains("checked against JGraphT KosarajuStrongConnectivityInspector");
        Cli.Result undirected = Cli.ok("compare", "--graph", email, "--problem", "components", "--undirected",
                "--source-count", "1", "--warmup", "0", "--repetitions", "1", "--hardware", "none", "--no-pictures",
                "--output", o);
        assertThat(undirected.out()).contains("checked against JGraphT ConnectivityInspector");
        // one option object: compare's group is solve's Mode class, not a copy
        CommandSpec compareSpec = commands().get("compare");
        CommandSpec solveSpec = commands().get("solve components");
        assertThat(compareSpec.findOption("--weak").userObject()).isNotNull();
        assertThat(((java.lang.reflect.Field) compareSpec.findOption("--strong").userObject()).getDeclaringClass())
                .isEqualTo(ComponentsSpec.Parameters.Mode.class)
                .isEqualTo(((java.lang.reflect.Field) solveSpec.findOption("--strong").userObject()).getDeclaringClass());
    }
}
