package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files keep their own vertex ids: names are typed, validated, printed and reported as written. */
class VertexNamesCliTest {

    @TempDir
    Path dir;

    @Test
    void dotNamesAreTypedAndPrintedAsWritten() throws IOException {
        Path g = Files.writeString(dir.resolve("names.dot"), "digraph { a -> b; b -> c; a -> c; }");
        Path out = dir.resolve("bfs.tsv");
        Cli.Result r = Cli.run("solve", "bfs", "--graph", g.toString(), "--source", "a", "--validate",
                "--output", out.toString(), "--json");
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.json().get("source").asText()).isEqualTo("a");
        assertThat(r.json().get("source").isTextual()).isTrue();
        assertThat(r.json().at("/validation/agrees").asBoolean()).isTrue();
        assertThat(Files.readAllLines(out)).containsExactly("# vertex\tdistance\tpredecessor", "a\t0\t-", "b\t1\ta", "c\t1\ta");
    }

    @Test
    void numericIdsStayNumbersInJson() {
        Cli.Result r = Cli.run("solve", "sssp", "--source", "1", "--target", "3353", "--json");
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.json().get("source").isNumber()).isTrue();
        assertThat(r.json().at("/parameters/target").asLong()).isEqualTo(3353);
    }

    @Test
    void zeroPaddedIdsAreNamesNotNumbers() throws IOException {
        // "01" and "1" are different vertices of this file; neither may be merged or renumbered
        Path g = Files.writeString(dir.resolve("pad.dot"), "digraph { \"01\" -> \"1\"; \"1\" -> x; }");
        Path out = dir.resolve("pad.tsv");
        Cli.Result r = Cli.run("solve", "bfs", "--graph", g.toString(), "--source", "01", "--output", out.toString());
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(Files.readAllLines(out)).contains("01\t0\t-", "1\t1\t01", "x\t2\t1");
        Cli.badInput(Cli.run("solve", "bfs", "--graph", g.toString(), "--source", "2"),
                "--source '2' is not a vertex of pad.dot", "names such as '01', '1', 'x'");
    }

    @Test
    void graphmlStringIdsWorkForEveryIdOption() throws IOException {
        Path g = Files.writeString(dir.resolve("flow.graphml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
                  <graph edgedefault="directed">
                    <node id="s"/><node id="m"/><node id="t"/>
                    <edge source="s" target="m"><data key="w">3</data></edge>
                    <edge source="m" target="t"><data key="w">2</data></edge>
                  </graph>
                </graphml>
                """);
        Path out = dir.resolve("flow.tsv");
        Cli.Result r = Cli.run("solve", "maxflow", "--graph", g.toString(), "--source", "s", "--sink", "t", "--validate",
                "--output", out.toString());
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(Files.readString(out)).contains("s\tm\t").contains("m\tt\t");
        Cli.Result sp = Cli.run("solve", "sssp", "--graph", g.toString(), "--source", "s", "--target", "t", "--json");
        assertThat(sp.code()).as("%s", sp).isZero();
        assertThat(sp.json().at("/parameters/target").asText()).isEqualTo("t");
        assertThat(sp.json().at("/summary/targetDistance").asLong()).isEqualTo(5);
    }
}
