package org.spikegraph.algorithms.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.algorithms.dag.LongestPathCompiler;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;

/**
 * Weights that load (each within 2^53) but whose path sums could pass 2^53, where JGraphT's double
 * sums stop being exact: the compilers that add weights along paths refuse them with the bound.
 */
class PathSumBoundTest {
    @TempDir Path dir;

    private CsrGraph load(String name, String text) throws IOException {
        return GraphLoader.load(Files.writeString(dir.resolve(name), text)).graph();
    }

    @Test
    void shortestPathEncodingRefusesPathSumsBeyondTwoToThe53() throws IOException {
        CsrGraph g = load("heavy.gr", "p sp 3 2\na 1 2 4503599627370497\na 2 3 4503599627370497\n");
        assertThatThrownBy(() -> DelayEncoding.choose(g, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a path can weigh up to (n - 1) * max|w| = 2 * 4503599627370497, above 2^53 = 9007199254740992"
                        + " where sums of weights stop being exact: use smaller weights or a smaller graph");
        // the same weights on two vertices: one arc per path, exact, refused only as a delay too long for a synapse
        CsrGraph two = load("two.gr", "p sp 2 1\na 1 2 4503599627370497\n");
        assertThatThrownBy(() -> DelayEncoding.choose(two, null)).hasMessageStartingWith("the largest weight ");
    }

    @Test
    void longestPathCompilerRefusesPathSumsBeyondTwoToThe53() throws IOException {
        // 2^23 + 1 vertices, lengths 2^30 + 1 (each a valid delay): (n - 1) * w = 2^53 + 2^23
        CsrGraph g = load("long.gr", "p sp 8388609 1\na 1 2 1073741825\n");
        assertThatThrownBy(() -> new LongestPathCompiler(g))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a path can weigh up to (n - 1) * max|w| = 8388608 * 1073741825, above 2^53");
        CsrGraph fits = load("fits.gr", "p sp 8388609 1\na 1 2 1073741824\n");
        assertThat(new LongestPathCompiler(fits).graph()).isSameAs(fits);
    }
}
