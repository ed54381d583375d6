package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric option of every subcommand refuses NaN, the infinities and values out of its range
 * while the command line is parsed, before any work: exit 2, one line naming the option and the
 * value, nothing on stdout, nothing written.
 */
class NumericOptionsTest {

    @TempDir
    static Path dir;

    /** A command that needs the option, with {@code OPT VALUE} appended. */
    private record Option(String name, String[] command, String[] bad) {}

    private static final String G = "--graph=ROME";

    private static List<Option> options() {
        String[] nonNegative = {"NaN", "Infinity", "-Infinity", "-1", "1e400", "abc"};
        String[] positive = {"NaN", "Infinity", "-Infinity", "-1", "0", "abc"};
        String[] wholePositive = {"NaN", "Infinity", "-1", "0", "1.5", "99999999999999999999"};
        String[] wholeNonNegative = {"NaN", "Infinity", "-1", "2.5", "99999999999"};
        String[] probability = {"NaN", "Infinity", "-Infinity", "-0.1", "1.5"};
        String[] openProbability = {"NaN", "Infinity", "0", "1", "-1"};
        List<Option> o = new ArrayList<>();
        o.add(new Option("--cpu-watts", new String[] {"solve", "sssp", G, "--hardware", "loihi"}, nonNegative));
        o.add(new Option("--cpu-watts", new String[] {"project", "bfs", G}, nonNegative));
        o.add(new Option("--cpu-watts", new String[] {"compare", G}, nonNegative));
        o.add(new Option("--max-steps", new String[] {"solve", "bfs", G}, wholePositive));
        o.add(new Option("--resolution", new String[] {"solve", "sssp", G}, positive));
        o.add(new Option("--resolution", new String[] {"solve", "multi-source", G, "--sources", "1"}, positive));
        o.add(new Option("-k", new String[] {"solve", "khop", G}, wholeNonNegative));
        o.add(new Option("--hops", new String[] {"solve", "hop-bounded", G}, wholeNonNegative));
        o.add(new Option("--walkers", new String[] {"solve", "randomwalk", G}, wholePositive));
        o.add(new Option("--steps", new String[] {"solve", "randomwalk", G}, wholeNonNegative));
        o.add(new Option("--delta", new String[] {"solve", "randomwalk", G}, openProbability));
        o.add(new Option("--top", new String[] {"solve", "randomwalk", G}, wholePositive));
        o.add(new Option("--damping", new String[] {"solve", "pagerank", G}, new String[] {"NaN", "Infinity", "-0.5", "1", "2"}));
        o.add(new Option("--walkers", new String[] {"solve", "pagerank", G}, wholePositive));
        o.add(new Option("--delta", new String[] {"solve", "pagerank", G}, openProbability));
        o.add(new Option("--top", new String[] {"solve", "pagerank", G}, wholePositive));
        o.add(new Option("--n", new String[] {"generate", "gnp", "--out=OUT"}, wholePositive));
        o.add(new Option("--rows", new String[] {"generate", "grid", "--out=OUT"}, wholePositive));
        o.add(new Option("--cols", new String[] {"generate", "grid", "--out=OUT"}, wholePositive));
        o.add(new Option("--p", new String[] {"generate", "gnp", "--out=OUT"}, probability));
        o.add(new Option("--m", new String[] {"generate", "ba", "--out=OUT"}, wholePositive));
        o.add(new Option("--neighbours", new String[] {"generate", "road", "--out=OUT"}, wholePositive));
        o.add(new Option("--k", new String[] {"generate", "road", "--out=OUT"}, wholePositive)); // the old name
        o.add(new Option("--seed", new String[] {"generate", "road", "--out=OUT"}, new String[] {"NaN", "1.5", "99999999999999999999"}));
        o.add(new Option("--seed", new String[] {"solve", "bfs", G}, new String[] {"NaN", "Infinity"}));
        o.add(new Option("--weights", new String[] {"generate", "grid", "--out=OUT"},
                new String[] {"0..9223372036854775807", "0..9007199254740992", "-5..3", "5..1", "NaN", "1..Infinity", "a..b"}));
        o.add(new Option("--source-count", new String[] {"compare", G}, wholePositive));
        o.add(new Option("--warmup", new String[] {"compare", G}, wholeNonNegative));
        o.add(new Option("--repetitions", new String[] {"compare", G}, wholePositive));
        o.add(new Option("--min-vertices", new String[] {"compare", "--sweep"}, wholePositive));
        o.add(new Option("--max-vertices", new String[] {"compare", "--sweep"}, wholePositive));
        return o;
    }

    static Stream<Arguments> cases() {
        return options().stream().flatMap(o -> Stream.of(o.bad()).map(v -> Arguments.of(o.name(), String.join(" ", o.command()), v)));
    }

    @ParameterizedTest(name = "{1} {0} {2}")
    @MethodSource("cases")
    void refusedWhileParsingNamingTheOption(String option, String command, String value) throws Exception {
        Path out = dir.resolve("out-" + Math.abs((command + option + value).hashCode()) + ".gr");
        List<String> args = new ArrayList<>();
        for (String a : command.split(" ")) {
            args.add(a.replace("ROME", SharedGraphs.path("road/rome99.gr")).replace("OUT", out.toString()));
        }
        if (command.startsWith("compare")) {
            args.add("--out=" + dir.resolve("cmp"));
        }
        args.add(option);
        args.add(value);
        Cli.Result r = Cli.badInput(Cli.run(args.toArray(String[]::new)), option, value);
        assertThat(r.err()).doesNotContain("Invalid value").doesNotContain("Usage:");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("cmp")).doesNotExist();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).isEmpty();
        }
    }
}
