package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spikegraph.algorithms.io.GraphFormat;

/** One spelling of the format names in help and messages; the other spellings still accepted. */
class FormatNamesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"info", "solve bfs", "generate"})
    void helpListsTheNamesMessagesUse(String command) {
        String help = Cli.ok((command + " --help").split(" ")).out().replaceAll("\\s+", " ");
        for (GraphFormat f : GraphFormat.values()) {
            assertThat(help).contains(f.cliName());
        }
        assertThat(help).doesNotContain("edgelist,").doesNotContain(" mtx,");
        String error = Cli.run("info", "--format", "bogus").err();
        for (GraphFormat f : GraphFormat.values()) {
            assertThat(error).contains(f.cliName());
        }
    }

    @ParameterizedTest
    @CsvSource({"edge-list, EDGE_LIST", "edgelist, EDGE_LIST", "edge_list, EDGE_LIST", "txt, EDGE_LIST",
            "matrix-market, MATRIX_MARKET", "matrixmarket, MATRIX_MARKET", "mtx, MATRIX_MARKET", "MTX, MATRIX_MARKET",
            "dimacs, DIMACS", "gr, DIMACS"})
    void bothSpellingsAreAccepted(String name, GraphFormat expected) {
        assertThat(GraphFormat.parse(name)).isEqualTo(expected);
        Path out = dir.resolve("g-" + name);
        Cli.ok("generate", "grid", "--rows", "3", "--cols", "4", "--format", name, "--out", out.toString());
        assertThat(Cli.ok("info", "--graph", out.toString(), "--format", name, "--json").json()
                .path("format").asText()).isEqualTo(expected.cliName());
    }
}
