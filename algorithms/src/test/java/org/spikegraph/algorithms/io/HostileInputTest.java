package org.spikegraph.algorithms.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;

/**
 * One test per defect found in the loaders: each hostile input must end in a {@link
 * GraphParseException} whose message is exactly {@code file:line: reason} (asserted), quickly and
 * without a large allocation.
 */
class HostileInputTest {
    @TempDir Path dir;

    private static final String RANGE = " (integer weights must lie within -2^53..2^53 = +-9007199254740992 to stay exact)";

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private GraphParseException fail(Path p) {
        long start = System.nanoTime();
        GraphParseException e = catchThrowableOfType(GraphParseException.class, () -> GraphLoader.load(p));
        assertThat(e).as("expected a GraphParseException for " + p.getFileName()).isNotNull();
        assertThat(e.file()).isEqualTo(p);
        assertThat(e.getMessage()).isEqualTo(p.getFileName() + ":" + e.line() + ": " + e.reason());
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to refuse").isLessThan(5_000);
        return e;
    }

    private String message(String name, String content) throws IOException {
        return fail(file(name, content)).getMessage();
    }

    @Test
    void integerWeightsBeyondTwoToThe53AreRefusedWithTheirLine() throws IOException {
        assertThat(message("w.gr", "p sp 2 1\na 1 2 99999999999999999999\n"))
                .isEqualTo("w.gr:2: weight out of range: \"99999999999999999999\"" + RANGE);
        assertThat(message("p.gr", "p sp 2 1\na 1 2 9007199254740993\n"))
                .isEqualTo("p.gr:2: weight out of range: \"9007199254740993\"" + RANGE);
        assertThat(message("n.txt", "1 2 5\n2 3 -9007199254740993\n"))
                .isEqualTo("n.txt:2: weight out of range: \"-9007199254740993\"" + RANGE);
        assertThat(message("m.mtx", "%%MatrixMarket matrix coordinate integer general\n2 2 1\n1 2 +9007199254740993\n"))
                .isEqualTo("m.mtx:3: weight out of range: \"+9007199254740993\"" + RANGE);
        assertThat(message("c.csv", "1,2,3\n2,3,99999999999999999999\n"))
                .isEqualTo("c.csv:2: weight out of range: \"99999999999999999999\"" + RANGE);
        assertThat(message("d.dot", "digraph {\n 1 -> 2 [weight=9007199254740993]\n}\n"))
                .isEqualTo("d.dot:2: weight out of range: \"9007199254740993\"" + RANGE);
        assertThat(message("j.json", "{\"nodes\":[{\"id\":\"1\"}],\n\"edges\":[{\"source\":\"1\",\"target\":\"1\",\"weight\":-99999999999999999999}]}"))
                .isEqualTo("j.json:2: weight out of range: \"-99999999999999999999\"" + RANGE);
        assertThat(message("g.gml", "graph [\n directed 1\n node [ id 1 ]\n edge [ source 1 target 1 weight 9007199254740993 ]\n]\n"))
                .isEqualTo("g.gml:4: weight out of range: \"9007199254740993\"" + RANGE);
    }

    @Test
    void integerWeightsUpToTwoToThe53LoadExactly() throws IOException {
        CsrGraph g = GraphLoader.load(file("ok.gr", "p sp 2 2\na 1 2 9007199254740992\na 2 1 -9007199254740992\n")).graph();
        assertThat(g.weights()).containsExactly(9007199254740992.0, -9007199254740992.0);
        CsrGraph e = GraphLoader.load(file("ok.txt", "1 2 123456789012345678e-3\n2 1 +7\n")).graph();
        assertThat(e.weights()).containsExactly(123456789012345.678, 7);
    }

    @Test
    void hugeDeclaredSizesAreRefusedBeforeAllocatingWithWhatToChange() throws IOException {
        GraphParseException gr = fail(file("huge.gr", "c x\np sp 2000000000 1\n"));
        assertThat(gr.line()).isEqualTo(2);
        assertThat(gr.reason()).startsWith("p line declares 2000000000 vertices and 1 arcs: about 122071 MiB of heap needed, ")
                .contains("SPIKEGRAPH_JAVA_OPTS=-Xmx").endsWith("or check the p line");
        GraphParseException mtx = fail(file("huge.mtx", "%%MatrixMarket matrix coordinate pattern general\n500000000 500000000 1\n"));
        assertThat(mtx.line()).isEqualTo(2);
        assertThat(mtx.reason()).startsWith("size line declares 500000000 vertices and 1 arcs: about 30518 MiB of heap needed, ")
                .contains("SPIKEGRAPH_JAVA_OPTS=-Xmx").endsWith("or check the size line");
        // a symmetric matrix stores each entry both ways: twice the arcs
        GraphParseException sym = fail(file("sym.mtx", "%%MatrixMarket matrix coordinate pattern symmetric\n2 2 1000000000\n"));
        assertThat(sym.reason()).startsWith("size line declares 2 vertices and 2000000000 arcs: ");
    }

    @Test
    void hostileCountsNearIntLimitsAreParseErrors() throws IOException {
        for (String v : new String[] {"2147483647", "2147483648", "-2147483648", "4294967296", "9223372036854775807"}) {
            fail(file("p" + v.length() + v.charAt(0) + ".gr", "p sp " + v + " " + v + "\na 1 2 1\n"));
            fail(file("m" + v.length() + v.charAt(0) + ".mtx",
                    "%%MatrixMarket matrix coordinate pattern symmetric\n" + v + " " + v + " " + v + "\n1 2\n"));
        }
        for (String v : new String[] {"2147483648", "-2147483649", "4294967296", "9223372036854775807", "99999999999999999999"}) {
            fail(file("c" + v.length() + v.charAt(0) + ".gml", "graph [ node [ id " + v + " ] node [ id 1 ] edge [ source " + v + " target 1 ] ]"));
        }
        CsrGraph g = GraphLoader.load(file("edge.gml",
                "graph [ node [ id 2147483647 ] node [ id -2147483648 ] edge [ source 2147483647 target -2147483648 ] ]")).graph();
        assertThat(g.arcCount()).isEqualTo(2);
        assertThat(message("neg.gr", "p sp -1 -2147483648\n")).isEqualTo("neg.gr:1: p line declares a negative count");
    }

    @Test
    void intMaxVertexCountIsRefusedNotANegativeArraySize() {
        // new int[n + 1] with n = Integer.MAX_VALUE was a NegativeArraySizeException: -2147483648
        assertThatThrownBy(() -> new CsrGraphBuilder(true).vertexCount(Integer.MAX_VALUE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vertex count 2147483647 too large (at most 2147483646)");
        assertThatThrownBy(() -> new CsrGraphBuilder(true).addArc(0, Integer.MAX_VALUE - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vertex index 2147483646 too large");
        // the loaders stop well before: the header's count is refused with its line
        assertThat(TextReaders.MAX_VERTICES).isLessThan(Integer.MAX_VALUE - 1);
    }

    @Test
    void nonGraphFilesReportTheRealLine() throws IOException {
        assertThat(message("readme.graphml", "# title\n\nsome text\n"))
                .isEqualTo("readme.graphml:1: not a GraphML document: text before the root element");
        assertThat(message("pom.graphml", "<?xml version=\"1.0\"?>\n<!-- c -->\n<project><a/></project>\n"))
                .isEqualTo("pom.graphml:3: not a GraphML document: the root element is \"<project>\", expected <graphml>");
        Path bad = dir.resolve("bad.gml");
        Files.write(bad, new byte[] {'g', 'r', 'a', 'p', 'h', '\n', '[', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(fail(bad).getMessage()).isEqualTo("bad.gml:3: not a text graph file (invalid UTF-8)");
        assertThat(message("w.json", "{\"nodes\":[{\"id\":\"1\"}],\n\"edges\":[{\"source\":\"1\",\"target\":\"1\",\"weight\":\"x\"}]}"))
                .isEqualTo("w.json:2: edge weight is not a number: \"x\"");
        assertThat(message("n.json", "{\"nodes\":[{\"id\":\"1\"}],\n\"edges\":[\n{\"source\":\"1\",\"target\":\"9\"}]}"))
                .isEqualTo("n.json:3: json import failed: Node 9 does not exist");
    }

    @Test
    void deepNestingIsRefusedNamingTheLine() throws IOException {
        String deepDot = "digraph {\n" + "{".repeat(1_000_000) + "\n}";
        assertThat(message("deep.dot", deepDot))
                .isEqualTo("deep.dot:2: dot nesting deeper than 1000 levels: not a graph file this reader accepts");
        assertThat(message("deep.gml", "graph [\n" + "a [ ".repeat(1_000_000)))
                .isEqualTo("deep.gml:2: gml nesting deeper than 1000 levels: not a graph file this reader accepts");
        assertThat(message("deep.json", "{\"nodes\":\n" + "[".repeat(1_000_000)))
                .isEqualTo("deep.json:2: json nesting deeper than 1000 levels: not a graph file this reader accepts");
        // braces inside strings and comments do not count
        String quoted = "digraph {\n a [label=\"" + "{".repeat(5000) + "\"]; /* " + "{".repeat(5000) + " */\n a -> b\n}\n";
        assertThat(GraphLoader.load(file("quoted.dot", quoted)).graph().arcCount()).isEqualTo(1);
    }

    @Test
    void nestingJustUnderTheBoundLoads() throws IOException {
        int d = TextScan.MAX_DEPTH - 1;
        String dot = "digraph " + "{ ".repeat(d) + "a -> b " + "} ".repeat(d);
        assertThat(GraphLoader.load(file("ok.dot", dot)).graph().arcCount()).isEqualTo(1);
        String gml = "graph [ node [ id 1 ] x " + "[ a ".repeat(d - 1) + "1" + " ]".repeat(d - 1) + " ]";
        assertThat(GraphLoader.load(file("ok.gml", gml)).graph().vertexCount()).isEqualTo(1);
    }

    @Test
    void nestingUnderTheBoundLoadsEvenFromASmallStack() throws Exception {
        int d = TextScan.MAX_DEPTH - 1;
        Path p = file("stack.dot", "digraph " + "{ subgraph ".repeat(d) + "{ a -> b " + "} ".repeat(d + 1));
        int[] arcs = {-1};
        Thread small = new Thread(null, () -> arcs[0] = GraphLoader.load(p).graph().arcCount(), "small-stack", 256 << 10);
        small.start();
        small.join();
        assertThat(arcs[0]).isEqualTo(1);
    }

    @Test
    void aSlowImportIsCutOffWithAParseError() {
        String dot = "digraph {\n" + "a -> b;\n".repeat(20_000) + "}\n";
        Path p = Path.of("slow.dot");
        long start = System.nanoTime();
        GraphParseException e = catchThrowableOfType(GraphParseException.class,
                () -> JGraphTFormats.read(p, dot, GraphFormat.DOT, LoadOptions.DEFAULT, 1));
        assertThat(e.getMessage()).isEqualTo("slow.dot:0: dot import took longer than 1 ms for " + dot.length()
                + " characters: too complex for the jgrapht-io reader; convert the graph to DIMACS, an edge list or Matrix Market");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(JGraphTFormats.importMillis(dot.length())).isEqualTo(30_000);
        assertThat(JGraphTFormats.importMillis(3 << 20)).isEqualTo(120_000);
    }

    @Test
    void gmlIdsThatAreNotIntsAreRefusedNotRenamed() throws IOException {
        assertThat(message("big.gml", "graph [\n node [ id 1 ]\n node [ id 99999999999 ]\n edge [ source 1 target 99999999999 ]\n]\n"))
                .isEqualTo("big.gml:3: GML node id \"99999999999\" is outside the int range -2147483648..2147483647"
                        + " that GML node ids are read in");
        assertThat(message("src.gml", "graph [\n node [ id 1 ]\n edge [\n  source 4294967297\n  target 1\n ]\n]\n"))
                .isEqualTo("src.gml:4: GML edge source \"4294967297\" is outside the int range -2147483648..2147483647"
                        + " that GML node ids are read in");
        assertThat(message("dec.gml", "graph [ node [ id 1.5 ] ]"))
                .isEqualTo("dec.gml:1: GML node id \"1.5\" is not an integer (GML node ids are integers)");
        // an id key elsewhere (not a node's) is any value
        CsrGraph g = GraphLoader.load(file("ok.gml", "graph [ id \"x\" node [ id 2147483647 graphics [ id 99999999999 ] ] ]")).graph();
        assertThat(g.vertexCount()).isEqualTo(1);
    }

    @Test
    void jsonThatIsNotAGraphIsRefused() throws IOException {
        assertThat(message("arr.json", "\n[1,2,3]"))
                .isEqualTo("arr.json:2: not a JSON graph: the document starts with \"[\", a graph is an object"
                        + " {\"nodes\": [...], \"edges\": [...]}");
        assertThat(message("obj.json", "{\"a\": {\"nodes\": []}}"))
                .isEqualTo("obj.json:1: not a JSON graph: the object has neither \"nodes\" nor \"edges\"");
        assertThat(GraphLoader.load(file("empty.json", "{\"nodes\": [], \"edges\": []}")).graph().vertexCount()).isZero();
    }

    @Test
    void matrixMarketFieldIsEnforced() throws IOException {
        assertThat(message("p.mtx", "%%MatrixMarket matrix coordinate pattern general\n2 2 1\n1 2 5\n"))
                .isEqualTo("p.mtx:3: unexpected \"5\" after '<row> <column>': the header declares a pattern matrix,"
                        + " whose entries have no value");
        assertThat(message("i.mtx", "%%MatrixMarket matrix coordinate integer general\n2 2 1\n1 2 2.5\n"))
                .isEqualTo("i.mtx:3: not an integer: \"2.5\" (the header declares an integer matrix)");
        assertThat(message("r.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 1\n1 2 2.5 7\n"))
                .isEqualTo("r.mtx:3: unexpected \"7\" after '<row> <column> <value>'");
        CsrGraph g = GraphLoader.load(file("ok.mtx", "%%MatrixMarket matrix coordinate integer general\n2 2 1\n1 2 -3\n")).graph();
        assertThat(g.weights()).containsExactly(-3);
    }
}
