package org.spikegraph.algorithms.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.algorithms.graph.CsrGraph;

/** One test per kind of bad input; each asserts the exact "file:line: reason" message. */
class BadInputTest {
    @TempDir Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private GraphParseException fail(Path p) {
        return fail(p, null, LoadOptions.DEFAULT);
    }

    private GraphParseException fail(Path p, GraphFormat f, LoadOptions o) {
        GraphParseException e = catchThrowableOfType(GraphParseException.class, () -> GraphLoader.load(p, f, o));
        assertThat(e).as("expected a GraphParseException for " + p.getFileName()).isNotNull();
        assertThat(e.file()).isEqualTo(p);
        assertThat(e.getMessage()).isEqualTo(p.getFileName() + ":" + e.line() + ": " + e.reason());
        return e;
    }

    @Test
    void missingFile() {
        assertThat(fail(dir.resolve("nope.gr")).getMessage()).isEqualTo("nope.gr:0: no such file");
    }

    @Test
    void emptyFiles() throws IOException {
        assertThat(fail(file("empty.gr", "")).getMessage()).isEqualTo("empty.gr:0: empty file");
        assertThat(fail(file("empty.txt", "")).getMessage()).isEqualTo("empty.txt:0: empty file");
        assertThat(fail(file("empty.mtx", "")).getMessage()).isEqualTo("empty.mtx:0: empty file");
        assertThat(fail(file("empty.dot", "")).getMessage()).isEqualTo("empty.dot:0: empty file");
    }

    @Test
    void truncatedLines() throws IOException {
        assertThat(fail(file("t.gr", "p sp 3 2\na 1 2 5\na 2 3\n")).getMessage())
                .isEqualTo("t.gr:3: truncated line: expected 'a <from> <to> <weight>'");
        assertThat(fail(file("t.txt", "# x\n1 2\n3\n")).getMessage())
                .isEqualTo("t.txt:3: truncated line: expected '<source> <target> [weight]'");
        assertThat(fail(file("w.txt", "1 2 3.5\r\n4 5\r\n")).getMessage())
                .isEqualTo("w.txt:2: truncated line: expected a weight in column 3, as on line 1");
        assertThat(fail(file("t.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 1\n1 2\n")).getMessage())
                .isEqualTo("t.mtx:3: truncated line: expected '<row> <column> <value>'");
        assertThat(fail(file("t2.gr", "p sp 3\n")).getMessage())
                .isEqualTo("t2.gr:1: truncated line: expected 'p sp <vertices> <arcs>'");
    }

    @Test
    void nonNumericTokensAreQuoted() throws IOException {
        assertThat(fail(file("n.gr", "p sp 3 1\na 1 x2 5\n")).getMessage())
                .isEqualTo("n.gr:2: not a number: \"x2\"");
        assertThat(fail(file("w.gr", "p sp 3 1\na 1 2 five\n")).getMessage())
                .isEqualTo("w.gr:2: not a number: \"five\"");
        assertThat(fail(file("i.txt", "1 2\n1.5 2\n")).getMessage())
                .isEqualTo("i.txt:2: not an integer: \"1.5\"");
        assertThat(fail(file("h.txt", "1 2 0x10\n")).getMessage())
                .isEqualTo("h.txt:1: not a number: \"0x10\"");
        assertThat(fail(file("o.txt", "1 99999999999999999999\n")).getMessage())
                .isEqualTo("o.txt:1: number out of range: \"99999999999999999999\"");
    }

    @Test
    void vertexIdOutOfRange() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append("c comment ").append(i).append('\n');
        }
        sb.append("p sp 3353 8870\n");
        for (int i = 0; i < 5; i++) {
            sb.append("a 1 2 10\n");
        }
        sb.append("a 1 9001 10\n"); // line 17
        assertThat(fail(file("rome.gr", sb.toString())).getMessage())
                .isEqualTo("rome.gr:17: arc to vertex 9001 but p line declares 3353 vertices");
        assertThat(fail(file("z.gr", "p sp 3 1\na 0 1 1\n")).getMessage())
                .isEqualTo("z.gr:2: arc from vertex 0 but DIMACS vertex ids start at 1");
        assertThat(fail(file("r.mtx", "%%MatrixMarket matrix coordinate pattern general\n% c\n3 3 1\n4 1\n")).getMessage())
                .isEqualTo("r.mtx:4: row 4 outside 1..3 declared by the size line");
    }

    @Test
    void arcCountDiffersFromHeader() throws IOException {
        assertThat(fail(file("few.gr", "p sp 3 3\na 1 2 1\na 2 3 1\n")).getMessage())
                .isEqualTo("few.gr:1: p line declares 3 arcs but the file has 2");
        assertThat(fail(file("many.gr", "c x\np sp 3 1\na 1 2 1\na 2 3 1\n")).getMessage())
                .isEqualTo("many.gr:4: more arcs than the 1 declared by the p line on line 2");
        assertThat(fail(file("few.mtx", "%%MatrixMarket matrix coordinate pattern symmetric\n3 3 2\n2 1\n")).getMessage())
                .isEqualTo("few.mtx:2: size line declares 2 entries but the file has 1");
    }

    @Test
    void missingHeaders() throws IOException {
        assertThat(fail(file("np.gr", "c only\na 1 2 3\n")).getMessage())
                .isEqualTo("np.gr:2: arc line before the 'p sp <vertices> <arcs>' line");
        assertThat(fail(file("nop.gr", "c only\nc comments\n")).getMessage())
                .isEqualTo("nop.gr:2: no 'p sp <vertices> <arcs>' line");
        assertThat(fail(file("nobanner.mtx", "3 3 1\n1 2\n")).getMessage())
                .isEqualTo("nobanner.mtx:1: missing '%%MatrixMarket matrix coordinate <field> <symmetry>' header"
                        + " (this looks like edge-list, not matrix-market; check --format)");
        assertThat(fail(file("nosize.mtx", "%%MatrixMarket matrix coordinate pattern general\n% only comments\n")).getMessage())
                .isEqualTo("nosize.mtx:2: no size line '<rows> <columns> <entries>'");
    }

    @Test
    void nonSquareMatrixIsRefused() throws IOException {
        assertThat(fail(file("ns.mtx", "%%MatrixMarket matrix coordinate pattern general\n3 4 0\n")).getMessage())
                .isEqualTo("ns.mtx:2: matrix is 3x4 but a graph needs a square matrix");
        assertThat(fail(file("cx.mtx", "%%MatrixMarket matrix coordinate complex general\n3 3 0\n")).getMessage())
                .isEqualTo("cx.mtx:1: Matrix Market field \"complex\" is not supported: expected pattern, integer or real");
    }

    @Test
    void negativeZeroAndNanWeightsLoad() throws IOException {
        CsrGraph g = GraphLoader.load(file("neg.gr", "p sp 3 3\na 1 2 -4\na 2 3 0\na 3 1 NaN\n")).graph();
        assertThat(g.weights()).containsExactly(-4, 0, Double.NaN);
        assertThat(g.integralWeights()).isFalse();
        CsrGraph e = GraphLoader.load(file("neg.txt", "1 2 -1.5e3\n2 1 inf\n")).graph();
        assertThat(e.weights()).containsExactly(-1500, Double.POSITIVE_INFINITY);
    }

    @Test
    void binaryGarbage() throws IOException {
        Path p = dir.resolve("bin.gr");
        Files.write(p, new byte[] {'p', ' ', 's', 'p', 0, 1, 2, (byte) 0xff, '\n'});
        assertThat(fail(p).getMessage()).isEqualTo("bin.gr:1: not a text graph file (control byte 0x00)");
        Path q = dir.resolve("bin.txt");
        Files.write(q, new byte[] {'1', ' ', '2', '\n', 0x7f, 0x45, 0x4c, 0x46, 0x02, '\n'});
        assertThat(fail(q).getMessage()).isEqualTo("bin.txt:2: not a text graph file (control byte 0x02)");
        Path d = dir.resolve("bin.dot");
        Files.write(d, new byte[] {'d', 'i', 'g', 'r', 'a', 'p', 'h', ' ', '{', (byte) 0xC3, (byte) 0x28, '}'});
        assertThat(fail(d).getMessage()).isEqualTo("bin.dot:1: not a text graph file (invalid UTF-8)");
        Path x = dir.resolve("bin.graphml");
        Files.write(x, new byte[] {'<', 'g', 0, '>'});
        assertThat(fail(x).getMessage()).isEqualTo("bin.graphml:1: not a text graph file (control byte 0x00)");
    }

    @Test
    void wrongFormatForContent() throws IOException {
        Path mtx = file("looks.gr", "%%MatrixMarket matrix coordinate pattern general\n2 2 1\n1 2\n");
        assertThat(fail(mtx).getMessage()).isEqualTo(
                "looks.gr:1: unexpected line \"%%MatrixMarket matrix coordinate pattern...\": a DIMACS"
                        + " .gr file has only c, p and a lines (this looks like matrix-market, not dimacs; check --format)");
        Path gr = file("road.txt", "c road\np sp 2 1\na 1 2 3\n");
        assertThat(fail(gr).getMessage())
                .isEqualTo("road.txt:1: not a number: \"c\" (this looks like dimacs, not edge-list; check --format)");
        Path el = file("el.gr", "1 2\n");
        assertThat(fail(el).getMessage()).isEqualTo(
                "el.gr:1: unexpected line \"1 2\": a DIMACS .gr file has only c, p and a lines"
                        + " (this looks like edge-list, not dimacs; check --format)");
        GraphParseException e = fail(gr, GraphFormat.GRAPHML, LoadOptions.DEFAULT);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).isEqualTo("not a GraphML document: text before the root element");
        GraphParseException d = fail(file("bad.dot", "digraph {\n 1 -> 2\n 2 -> -> 3\n}\n"));
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.reason()).startsWith("dot import failed: ");
    }

    @Test
    void lyingHeadersDoNotExhaustMemory() throws IOException {
        GraphParseException huge = fail(file("huge.gr", "p sp 99999999999 1\na 1 2 3\n"));
        assertThat(huge.getMessage())
                .isEqualTo("huge.gr:1: p line declares 99999999999 vertices, more than the 2147483631 supported");
        GraphParseException big = fail(file("big.gr", "p sp 2000000000 1\na 1 2 3\n"));
        assertThat(big.getMessage())
                .startsWith("big.gr:1: p line declares 2000000000 vertices and 1 arcs: about 122071 MiB of heap needed, ")
                .endsWith(" MiB available; give Java more heap (e.g. SPIKEGRAPH_JAVA_OPTS=-Xmx121g) or check the p line");
        GraphParseException arcs = fail(file("arcs.gr", "p sp 2 2000000000\na 1 2 3\n"));
        assertThat(arcs.getMessage()).startsWith("arcs.gr:1: p line declares 2 vertices and 2000000000 arcs: about 61036 MiB");
        assertThat(fail(file("mtxbig.mtx", "%%MatrixMarket matrix coordinate pattern general\n2 2 2000000000\n1 2\n")).getMessage())
                .startsWith("mtxbig.mtx:2: size line declares 2 vertices and 2000000000 arcs: about 61036 MiB");
        // a lie the heap could hold only sizes a capped allocation; the mismatch is then reported
        assertThat(fail(file("lie.gr", "p sp 2 20000000\na 1 2 3\n")).getMessage())
                .isEqualTo("lie.gr:1: p line declares 20000000 arcs but the file has 1");
        assertThat(fail(file("lie.mtx", "%%MatrixMarket matrix coordinate pattern general\n2 2 20000000\n1 2\n")).getMessage())
                .isEqualTo("lie.mtx:2: size line declares 20000000 entries but the file has 1");
    }

    @Test
    void unknownExtensionAndFormatNames() throws IOException {
        GraphParseException e = fail(file("g.xyz", "1 2\n"));
        assertThat(e.line()).isZero();
        assertThat(e.reason()).startsWith("cannot tell the graph format from the name 'g.xyz'").contains("--format");
        assertThatThrownBy(() -> GraphFormat.parse("pajek"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown graph format 'pajek'; valid: dimacs, edge-list, matrix-market, dot, graphml, gml, csv, json");
        assertThat(GraphFormat.parse("EDGE_LIST")).isEqualTo(GraphFormat.EDGE_LIST);
        assertThat(GraphFormat.parse("mtx")).isEqualTo(GraphFormat.MATRIX_MARKET);
        assertThat(GraphFormat.fromFileName("dir.v2/rome.GR.gz")).isEqualTo(GraphFormat.DIMACS);
        assertThat(GraphFormat.fromFileName("a.edges")).isEqualTo(GraphFormat.EDGE_LIST);
        assertThat(GraphFormat.fromFileName("a.graphml")).isEqualTo(GraphFormat.GRAPHML);
    }

    @Test
    void directoryIsRefused() {
        assertThat(fail(dir).reason()).isEqualTo("is a directory, not a graph file");
    }

    @Test
    void gzipByExtensionAndByMagic() throws IOException {
        byte[] text = "c x\np sp 3 2\na 1 2 7\na 2 3 8\n".getBytes(StandardCharsets.US_ASCII);
        Path gz = dir.resolve("small.gr.gz");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
            os.write(text);
        }
        assertThat(GraphLoader.load(gz).graph().arcCount()).isEqualTo(2);
        Path disguised = dir.resolve("small2.gr");
        Files.copy(gz, disguised);
        assertThat(GraphLoader.load(disguised).graph().weights()).containsExactly(7, 8);
        Path truncated = dir.resolve("trunc.gr.gz");
        byte[] all = Files.readAllBytes(gz);
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length - 12));
        GraphParseException e = fail(truncated);
        assertThat(e.reason()).startsWith("read error: ");
    }

    @Test
    void xxeInGraphMlIsRefusedAndTheSecretNeverLeaks() throws IOException {
        String secret = "TOP-SECRET-" + System.nanoTime();
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        String xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE graphml [ <!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\"> ]>\n"
                        + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                        + "  <graph id=\"G\" edgedefault=\"directed\">\n"
                        + "    <node id=\"&xxe;\"/>\n"
                        + "    <node id=\"b\"/>\n"
                        + "    <edge source=\"&xxe;\" target=\"b\"/>\n"
                        + "  </graph>\n"
                        + "</graphml>\n";
        Path p = file("evil.graphml", xml);
        GraphParseException e = fail(p);
        assertThat(e.getMessage()).isEqualTo(
                "evil.graphml:2: GraphML with a DOCTYPE or ENTITY declaration is refused (DTDs and external entities are not allowed)");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
            assertThat(t.toString()).doesNotContain(secret);
        }
        // a parameter entity without DOCTYPE keyword case tricks is refused too
        Path p2 = file("evil2.graphml", xml.replace("<!DOCTYPE", "<!doctype"));
        assertThat(fail(p2).line()).isEqualTo(2);
    }

    @Test
    void dotLabelsAreKept() throws IOException {
        LoadedGraph lg = GraphLoader.load(file("l.dot", "graph {\n a [label=\"Alpha\"];\n a -- b [weight=2.5];\n}\n"));
        assertThat(lg.graph().directed()).isFalse();
        assertThat(lg.label(0)).isEqualTo("Alpha");
        assertThat(lg.label(1)).isEqualTo("b");
        assertThat(lg.graph().weights()).containsExactly(2.5, 2.5);
        assertThat(lg.graph().originalId(1)).isEqualTo(1); // non-numeric ids: indices
    }
}
