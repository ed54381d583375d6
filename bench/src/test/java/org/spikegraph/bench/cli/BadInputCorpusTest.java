package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad input, one row per case: the arguments, the input files the case writes, and the
 * output files that stand before it runs. Every case must exit 2 with one line on stderr naming the
 * file (and the line, where there is one) and the reason, no stack trace, nothing on stdout, and
 * leave the folder exactly as it was: no output created or changed (checksums before and after).
 * In the arguments, {@code {NAME}} is the case's file NAME in its folder and {@code {rome}} the
 * shared rome99.gr.
 */
class BadInputCorpusTest {

    @TempDir
    Path dir;

    /** One case: arguments, inputs written first, outputs standing before, fragments the message must hold. */
    record Case(String name, List<String> args, Map<String, byte[]> inputs, Map<String, String> outputs, List<String> expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Builds a case. */
    private static final class B {
        final String name;
        final Map<String, byte[]> inputs = new LinkedHashMap<>();
        final Map<String, String> outputs = new LinkedHashMap<>();
        List<String> args = List.of();

        B(String name) {
            this.name = name;
        }

        B in(String file, String content) {
            inputs.put(file, content.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        B in(String file, byte[] content) {
            inputs.put(file, content);
            return this;
        }

        B out(String file, String content) {
            outputs.put(file, content);
            return this;
        }

        B args(String... a) {
            args = List.of(a);
            return this;
        }

        Case expect(String... fragments) {
            return new Case(name, args, inputs, outputs, List.of(fragments));
        }
    }

    private static B c(String name) {
        return new B(name);
    }

    /** {@code solve PROBLEM --graph {FILE} --output {answer.tsv}}, with an older answer.tsv standing. */
    private static B solve(String name, String problem, String file, String content, String... more) {
        List<String> a = new ArrayList<>(List.of("solve", problem, "--graph", "{" + file + "}", "--output", "{answer.tsv}"));
        a.addAll(Arrays.asList(more));
        return c(name).in(file, content).out("answer.tsv", "an older answer\n").args(a.toArray(String[]::new));
    }

    /** {@code solve PROBLEM --graph rome99.gr --output {answer.tsv} --raster {r.png} ...}, both standing. */
    private static B rome(String name, String problem, String... more) {
        List<String> a = new ArrayList<>(List.of("solve", problem, "--graph", "{rome}", "--output", "{answer.tsv}",
                "--raster", "{r.png}"));
        a.addAll(Arrays.asList(more));
        return c(name).out("answer.tsv", "an older answer\n").out("r.png", "an older picture").args(a.toArray(String[]::new));
    }

    /** {@code generate KIND ... --out {g.gr}}, with g.gr and g.co standing. */
    private static B generate(String name, String... more) {
        List<String> a = new ArrayList<>(List.of("generate"));
        a.addAll(Arrays.asList(more));
        a.addAll(List.of("--out", "{g.gr}"));
        return c(name).out("g.gr", "p sp 1 0\n").out("g.co", "p aux sp co 1\nv 1 0 0\n").args(a.toArray(String[]::new));
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return b.toByteArray();
    }

    private static final String MM = "%%MatrixMarket matrix coordinate ";
    private static final String XML = "<?xml version=\"1.0\"?>\n";

    static List<Case> corpus() {
        List<Case> k = new ArrayList<>();
        // DIMACS .gr
        k.add(solve("gr truncated p line", "sssp", "a.gr", "p sp 3\n").expect("a.gr:1:", "truncated line"));
        k.add(solve("gr arc before p", "sssp", "a.gr", "a 1 2 3\n").expect("a.gr:1:", "before the 'p sp"));
        k.add(solve("gr second p line", "sssp", "a.gr", "p sp 3 1\np sp 3 1\na 1 2 3\n").expect("a.gr:2:", "second p line"));
        k.add(solve("gr negative count", "sssp", "a.gr", "p sp -3 1\n").expect("a.gr:1:", "negative"));
        k.add(solve("gr unknown line", "sssp", "a.gr", "p sp 3 1\nx 1 2\n").expect("a.gr:2:", "unexpected line"));
        k.add(solve("gr vertex 0", "sssp", "a.gr", "p sp 3 1\na 0 2 1\n").expect("a.gr:2:", "start at 1"));
        k.add(solve("gr vertex past n", "sssp", "a.gr", "p sp 3 2\na 1 2 5\na 2 9001 3\n").expect("a.gr:3:", "9001"));
        k.add(solve("gr arc count differs", "sssp", "a.gr", "p sp 3 3\na 1 2 5\na 2 3 1\n").expect("a.gr:1:", "3 arcs", "has 2"));
        k.add(solve("gr not a number", "sssp", "a.gr", "p sp 3 2\na 1 2 5\na 2 x 3\n").expect("a.gr:3:", "not a number", "x"));
        k.add(solve("gr empty", "bfs", "a.gr", "").expect("a.gr:0:", "empty file"));
        k.add(solve("gr negative weight for sssp", "sssp", "a.gr", "p sp 3 2\na 1 2 5\na 2 3 -4\n").expect("a.gr", "2 -> 3", "negative"));
        k.add(c("gr header of 2*10^8 vertices (17 bytes)").in("h.gr", "p sp 200000000 0\n").args("info", "--graph", "{h.gr}")
                .expect("h.gr:1:", "200000000 vertices", "MiB"));
        k.add(c("gr header of 10^11 arcs").in("h.gr", "p sp 3 99999999999\n").args("info", "--graph", "{h.gr}")
                .expect("h.gr:1:", "99999999999 arcs"));
        // DIMACS .co beside a .gr
        k.add(c("co not a number").in("a.gr", "p sp 2 1\na 1 2 1\n").in("a.co", "p aux sp co 2\nv 1 x 2\n")
                .args("info", "--graph", "{a.gr}").expect("a.co:2:", "not a number"));
        // edge lists
        k.add(solve("edge list not a number", "bfs", "e.txt", "1 2\n2 x\n").expect("e.txt:2:", "not a number", "x"));
        k.add(solve("edge list truncated", "bfs", "e.txt", "# x\n1 2\n3\n").expect("e.txt:3:", "truncated line"));
        k.add(solve("edge list id out of range", "bfs", "e.txt", "99999999999999999999999 2\n").expect("e.txt:1:", "out of range"));
        k.add(solve("tsv weight not a number", "sssp", "e.tsv", "1\t2\tabc\n").expect("e.tsv:1:", "not a number", "abc"));
        k.add(solve("edges NaN weight for sssp", "sssp", "e.edges", "1 2 NaN\n", "--source", "1").expect("e.edges", "NaN"));
        k.add(solve("edge list empty", "bfs", "e.el", "").expect("e.el:0:", "empty file"));
        // Matrix Market
        k.add(solve("mtx entry count differs", "bfs", "m.mtx", MM + "real general\n3 3 2\n1 2 1.0\n").expect("m.mtx:2:", "2 entries"));
        k.add(solve("mtx array format", "bfs", "m.mtx", "%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n4\n")
                .expect("m.mtx:1:", "array", "coordinate"));
        k.add(solve("mtx size not a number", "bfs", "m.mtx", MM + "real general\n3 x 2\n").expect("m.mtx:2:", "not a number"));
        k.add(solve("mtx no header", "bfs", "m.mtx", "hello\n").expect("m.mtx:1:", "header"));
        k.add(solve("mtx row 0", "bfs", "m.mtx", MM + "pattern general\n3 3 1\n0 1\n").expect("m.mtx:3:", "row 0"));
        k.add(solve("mtx truncated entry", "bfs", "m.mtx", MM + "real general\n2 2 1\n1 2\n").expect("m.mtx:3:", "truncated line"));
        // DOT
        k.add(solve("dot syntax", "bfs", "g.dot", "digraph { a -> }\n").expect("g.dot:1:", "dot"));
        k.add(solve("dot weight not a number", "bfs", "g.dot", "graph { a -- b [weight=abc] }\n").expect("g.dot", "weight", "abc"));
        k.add(solve("dot not a graph", "bfs", "g.dot", "nonsense\n").expect("g.dot:1:", "nonsense"));
        // GraphML, entities and DTDs
        k.add(solve("graphml edge to a missing node", "bfs", "x.graphml",
                XML + "<graphml><graph edgedefault=\"directed\"><node id=\"1\"/><edge source=\"1\" target=\"2\"/></graph></graphml>\n")
                .expect("x.graphml", "2"));
        k.add(solve("graphml unclosed", "bfs", "x.graphml", XML + "<graphml><graph><node id=\"1\">\n").expect("x.graphml:", "graphml"));
        k.add(solve("graphml DTD fetch", "bfs", "x.graphml", XML + "<!DOCTYPE g SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<graphml/>\n")
                .expect("x.graphml:2:", "DOCTYPE", "refused"));
        k.add(solve("graphml entity expansion", "bfs", "x.graphml", XML
                + "<!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<graphml>&b;</graphml>\n")
                .expect("x.graphml:2:", "ENTITY", "refused"));
        k.add(solve("graphml external entity", "bfs", "x.graphml", XML
                + "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<graphml><graph edgedefault=\"directed\">"
                + "<node id=\"&xxe;\"/></graph></graphml>\n").expect("x.graphml:2:", "refused"));
        k.add(solve("graphml parameter entity", "bfs", "x.graphml", XML
                + "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>\n<graphml/>\n").expect("x.graphml:2:", "refused"));
        // GML
        k.add(solve("gml unclosed", "bfs", "g.gml", "graph [ node [ id 1 \n").expect("g.gml:2:", "gml"));
        k.add(solve("gml not gml", "bfs", "g.gml", "hello world\n").expect("g.gml:1:", "gml"));
        // CSV
        k.add(solve("csv weight not a number", "bfs", "g.csv", "1,2,abc\n").expect("g.csv", "weight"));
        k.add(solve("csv unclosed quote", "bfs", "g.csv", "\"1,2\n").expect("g.csv:2:"));
        // JSON
        k.add(solve("json edge to a missing node", "bfs", "g.json",
                "{\"nodes\":[{\"id\":\"1\"}],\"edges\":[{\"source\":\"1\",\"target\":\"9\"}]}\n").expect("g.json", "9"));
        k.add(solve("json truncated", "bfs", "g.json", "{\"nodes\":[\n").expect("g.json:2:"));
        k.add(solve("json no vertices", "bfs", "g.json", "[1,2,3]\n").expect("g.json:1:", "not a JSON graph"));
        // gzip
        k.add(solve("gz not a number inside", "sssp", "a.gr.gz", "").in("a.gr.gz", gzip("p sp 3 2\na 1 2 1\na 2 x 1\n"))
                .expect("a.gr.gz:3:", "not a number"));
        k.add(solve("gz truncated stream", "bfs", "a.txt.gz", "").in("a.txt.gz", Arrays.copyOf(gzip("1 2\n2 3\n3 4\n"), 15))
                .expect("a.txt.gz", "read error"));
        k.add(solve("gz corrupt", "sssp", "a.gr.gz", "").in("a.gr.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3})
                .expect("a.gr.gz"));
        // loader defects: exact weights, nesting, silent data loss (each once lost data or crashed)
        k.add(solve("gr weight beyond a long", "sssp", "a.gr", "p sp 2 1\na 1 2 99999999999999999999\n")
                .expect("a.gr:2:", "weight out of range"));
        k.add(solve("gr weight 2^53 + 1", "sssp", "a.gr", "p sp 2 1\na 1 2 9007199254740993\n")
                .expect("a.gr:2:", "weight out of range", "2^53"));
        k.add(solve("edge list weight 2^53 + 1", "sssp", "e.txt", "1 2 9007199254740993\n", "--source", "1")
                .expect("e.txt:1:", "weight out of range"));
        k.add(solve("gml nesting bomb", "bfs", "g.gml", "graph [ " + "x [ ".repeat(5000) + " ]".repeat(5000) + " ]\n")
                .expect("g.gml:1:", "nesting deeper than 1000"));
        k.add(solve("json nesting bomb", "bfs", "g.json", "{\"nodes\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n")
                .expect("g.json:1:", "nesting deeper than 1000"));
        k.add(solve("dot nesting bomb", "bfs", "g.dot", "digraph { " + "subgraph { ".repeat(5000) + "}".repeat(5000) + " }\n")
                .expect("g.dot:1:", "nesting deeper than 1000"));
        k.add(solve("gml node id beyond an int", "bfs", "g.gml",
                "graph [ node [ id 99999999999 ] node [ id 1 ] edge [ source 1 target 99999999999 ] ]\n")
                .expect("g.gml:1:", "99999999999", "int range"));
        k.add(solve("mtx value in a pattern file", "bfs", "m.mtx", MM + "pattern general\n2 2 1\n1 2 5\n")
                .expect("m.mtx:3:", "pattern"));
        k.add(solve("mtx decimal in an integer file", "bfs", "m.mtx", MM + "integer general\n2 2 1\n1 2 2.5\n")
                .expect("m.mtx:3:", "2.5", "integer"));
        k.add(solve("graphml root not graphml", "bfs", "x.graphml", XML + "<html><body/></html>\n").expect("x.graphml", "graphml"));
        k.add(solve("dot named source absent", "bfs", "n.dot", "digraph { a -> b; }\n", "--source", "z")
                .expect("--source 'z'", "not a vertex of n.dot", "names such as 'a', 'b'"));
        k.add(c("stdin without a format").out("answer.tsv", "old\n").args("solve", "bfs", "--graph", "-", "--output", "{answer.tsv}")
                .expect("--graph -", "--format", "edge-list"));
        // graph paths
        k.add(c("graph missing").out("answer.tsv", "old\n").args("solve", "bfs", "--graph", "{nope.gr}", "--output", "{answer.tsv}")
                .expect("nope.gr", "no such file"));
        k.add(c("graph unknown extension").in("g.xyz", "1 2\n").args("info", "--graph", "{g.xyz}")
                .expect("g.xyz", "cannot tell the graph format", "--format"));
        k.add(rome("format unknown", "bfs", "--format", "pajek").expect("--format", "pajek", "edge-list", "matrix-market"));
        // vertex ids
        k.add(rome("source not a vertex", "sssp", "--source", "99999").expect("--source", "99999", "rome99.gr"));
        k.add(rome("source not a number", "sssp", "--source", "abc").expect("--source", "abc"));
        k.add(rome("target not a vertex", "sssp", "--source", "1", "--target", "99999").expect("--target", "99999"));
        k.add(c("sources not a vertex").out("answer.tsv", "old\n").args("solve", "multi-source", "--graph", "{rome}",
                "--sources", "1,4000", "--output", "{answer.tsv}").expect("--sources", "4000"));
        k.add(rome("targets not a vertex", "randomwalk", "--targets", "99999").expect("--targets", "99999"));
        // counts
        k.add(rome("hops negative", "khop", "-k", "-1").expect("-k", "-1", ">= 0"));
        k.add(rome("max steps zero", "sssp", "--max-steps", "0").expect("--max-steps", ">= 1"));
        k.add(rome("max steps too few", "sssp", "--max-steps", "10").expect("--max-steps", "10 steps"));
        k.add(rome("walkers zero", "randomwalk", "--walkers", "0").expect("--walkers", ">= 1"));
        k.add(rome("pagerank walkers beyond a run", "pagerank", "--walkers", "99999999999").expect("--walkers", "99999999999"));
        k.add(generate("generate n zero", "gnp", "--n", "0").expect("--n", ">= 1"));
        k.add(generate("generate rows negative", "grid", "--rows", "-1").expect("--rows", ">= 1"));
        k.add(generate("generate ba m not below n", "ba", "--n", "5", "--m", "5").expect("--m 5", "--n 5"));
        k.add(c("compare repetitions zero").args("compare", "--graph", "{rome}", "--repetitions", "0", "--out", "{cmp}")
                .expect("--repetitions", ">= 1"));
        // probabilities
        k.add(generate("generate p above 1", "gnp", "--p", "1.5").expect("--p", "1.5", "[0, 1]"));
        k.add(rome("delta zero", "randomwalk", "--delta", "0").expect("--delta", "(0, 1)"));
        k.add(rome("damping one", "pagerank", "--damping", "1").expect("--damping", "[0, 1)"));
        k.add(rome("damping NaN", "pagerank", "--damping", "NaN").expect("--damping", "NaN"));
        // weight ranges
        k.add(generate("weights overflow", "grid", "--weights", "0..9223372036854775807").expect("--weights", "2^53 - 1"));
        k.add(generate("weights reversed", "gnp", "--weights", "5..1").expect("--weights", "5..1"));
        k.add(generate("weights negative", "gnp", "--weights", "-1..3").expect("--weights", "-1..3"));
        k.add(generate("weights not numbers", "gnp", "--weights", "a..b").expect("--weights", "LO..HI"));
        // watts
        k.add(rome("watts NaN", "bfs", "--hardware", "loihi", "--cpu-watts", "NaN").expect("--cpu-watts", "NaN", "finite"));
        k.add(rome("watts Infinity", "bfs", "--hardware", "loihi", "--cpu-watts", "Infinity").expect("--cpu-watts", "Infinity"));
        k.add(rome("watts negative", "bfs", "--hardware", "loihi", "--cpu-watts", "-1").expect("--cpu-watts", "-1", ">= 0"));
        k.add(c("compare watts NaN").args("compare", "--graph", "{rome}", "--cpu-watts", "NaN", "--out", "{cmp}")
                .expect("--cpu-watts", "NaN"));
        // output paths
        k.add(c("output is a folder").in("answers/keep.txt", "keep").out("r.png", "old").args("solve", "bfs", "--graph", "{rome}",
                "--raster", "{r.png}", "--output", "{answers}").expect("--output", "answers", "folder"));
        k.add(c("output under a file").in("plain.txt", "x").out("r.png", "old").args("solve", "bfs", "--graph", "{rome}",
                "--raster", "{r.png}", "--output", "{plain.txt}/a.tsv").expect("--output", "plain.txt", "not a folder"));
        k.add(c("output in /proc").out("r.png", "old").args("solve", "bfs", "--graph", "{rome}", "--raster", "{r.png}",
                "--output", "/proc/spikegraph-x.tsv").expect("--output /proc/spikegraph-x.tsv"));
        k.add(c("raster bad extension").out("answer.tsv", "old").args("solve", "bfs", "--graph", "{rome}", "--output",
                "{answer.tsv}", "--raster", "{r.jpg}").expect("--raster", "r.jpg", ".png or .svg"));
        k.add(c("raster and output the same file").args("solve", "bfs", "--graph", "{rome}", "--raster", "{same.svg}",
                "--output", "{same.svg}").expect("--output", "same file"));
        k.add(c("compare out is a file").in("cmp.txt", "x").args("compare", "--graph", "{rome}", "--out", "{cmp.txt}")
                .expect("--output", "cmp.txt", "not a directory"));
        k.add(generate("generate out unknown extension", "grid").args("generate", "grid", "--out", "{g.xyz}")
                .expect("--output g.xyz", "--format"));
        k.add(generate("generate format unknown", "grid", "--format", "bogus").expect("--format", "bogus"));
        k.add(generate("generate out a folder", "grid").in("gdir.gr/keep.txt", "k").args("generate", "grid", "--out", "{gdir.gr}")
                .expect("--out", "gdir.gr", "folder"));
        k.add(c("generate coordinates beside are a folder").out("g.gr", "p sp 1 0\n").in("g.co/keep.txt", "k")
                .args("generate", "road", "--n", "50", "--out", "{g.gr}").expect("g.co", "folder"));
        // hostile sizes
        k.add(generate("generate road 5*10^7", "road", "--n", "50000000").expect("--n", "MiB", "-Xmx"));
        k.add(generate("generate grid 10^10 vertices", "grid", "--rows", "100000", "--cols", "100000").expect("--rows", "vertices"));
        k.add(generate("generate gnp 200000 p=1", "gnp", "--n", "200000", "--p", "1").expect("--n", "arcs"));
        k.add(generate("generate gnp 2*10^10 pairs", "gnp", "--n", "200000", "--p", "0.000001").expect("--n", "pairs"));
        k.add(generate("generate ba 10^8", "ba", "--n", "100000000", "--m", "5").expect("--n", "MiB"));
        k.add(rome("reference engine too long", "sssp", "--engine", "reference", "--max-steps", "2000000000")
                .expect("reference engine", "--engine event"));
        return k;
    }

    static Stream<Case> cases() {
        return corpus().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedCleanlyAndNothingWritten(Case c) throws IOException {
        for (Map.Entry<String, byte[]> in : c.inputs().entrySet()) {
            Path p = dir.resolve(in.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, in.getValue());
        }
        for (Map.Entry<String, String> out : c.outputs().entrySet()) {
            Files.writeString(dir.resolve(out.getKey()), out.getValue());
        }
        Map<String, String> before = OutputTargetsTest.snapshot(dir);
        String[] args = c.args().stream().map(this::expand).toArray(String[]::new);
        Cli.Result r = Cli.badInput(Cli.run(args), c.expect().toArray(String[]::new));
        assertThat(r.err()).as("%s", r).doesNotContain(".tmp").doesNotContain("Exception");
        assertThat(OutputTargetsTest.snapshot(dir)).as("the folder after %s", r).isEqualTo(before);
    }

    private String expand(String arg) {
        if (arg.equals("{rome}")) {
            return SharedGraphs.path("road/rome99.gr");
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < arg.length()) {
            int open = arg.indexOf('{', i);
            int close = open < 0 ? -1 : arg.indexOf('}', open);
            if (open < 0 || close < 0) {
                sb.append(arg.substring(i));
                break;
            }
            sb.append(arg, i, open).append(dir.resolve(arg.substring(open + 1, close)));
            i = close + 1;
        }
        return sb.toString();
    }

    @org.junit.jupiter.api.Test
    void theCorpusHasAtLeastSixtyCasesOverEveryFormat() {
        List<Case> all = corpus();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        String files = all.stream().flatMap(c -> c.inputs().keySet().stream()).reduce("", (a, b) -> a + " " + b);
        for (String ext : List.of(".gr ", ".co", ".txt", ".tsv", ".edges", ".mtx", ".dot", ".graphml", ".gml", ".csv", ".json", ".gz")) {
            assertThat(files + " ").as(ext).contains(ext);
        }
        assertThat(all.stream().map(Case::name).distinct().count()).isEqualTo(all.size());
    }
}
