package org.spikegraph.algorithms.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** Random graphs written with each writer and read back give the same CSR. */
class RoundTripProperties {
    private static Path dir;

    @BeforeAll
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("spikegraph-roundtrip");
    }

    @AfterAll
    static void removeDir() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Random multigraphs (1..14 vertices, loops, parallels, {@link Weights#MIXED} weights, random original ids), every format, gzipped or not. */
    @Seeded(200)
    void writeThenReadGivesTheSameGraph(long seed) throws IOException {
        Dice dice = new Dice(seed);
        GraphFormat format = dice.pick(GraphFormat.values());
        boolean gzip = dice.chance(0.5);
        int n = dice.between(1, 14);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), dice.chance(0.5) ? Weights.MIXED : Weights.NONE, n,
                dice.between(0, 40)).csr(RandomGraphs.vertexIds(dice, n));
        Path file = dir.resolve("g" + seed + "." + format.extensions().get(0) + (gzip ? ".gz" : ""));
        GraphWriter.write(g, file, null);
        boolean keepsDirection = switch (format) {
            case EDGE_LIST, CSV, JSON -> false;
            default -> true;
        };
        LoadOptions opts = new LoadOptions(!keepsDirection && !g.directed(), false);
        CsrGraph r = GraphLoader.load(file, null, opts).graph();
        Files.delete(file);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).as("no temporary files left").isEmpty();
        }

        boolean byIndex = format == GraphFormat.DIMACS || format == GraphFormat.MATRIX_MARKET;
        boolean dropsIsolated = format == GraphFormat.EDGE_LIST;
        if (format == GraphFormat.DIMACS) {
            assertThat(r.directed()).isTrue(); // undirected graphs are written as both arcs
        } else {
            assertThat(r.directed()).isEqualTo(g.directed());
        }
        assertThat(r.vertexCount()).isEqualTo(dropsIsolated ? nonIsolated(g) : g.vertexCount());
        assertThat(arcs(r, byIndex)).isEqualTo(arcs(g, byIndex));
        if (!byIndex && !dropsIsolated && format != GraphFormat.CSV) { // CSV: isolated vertices last
            for (int v = 0; v < g.vertexCount(); v++) {
                assertThat(r.originalId(v)).isEqualTo(g.originalId(v));
            }
        }
    }

    private static int nonIsolated(CsrGraph g) {
        boolean[] seen = new boolean[g.vertexCount()];
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                seen[u] = true;
                seen[g.target(a)] = true;
            }
        }
        int c = 0;
        for (boolean s : seen) {
            c += s ? 1 : 0;
        }
        return c;
    }

    /** Arcs as a sorted multiset of "source>target:weight", by index or by original id. */
    private static List<String> arcs(CsrGraph g, boolean byIndex) {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                int t = g.target(a);
                String s = byIndex ? u + ">" + t : g.originalId(u) + ">" + g.originalId(t);
                out.add(s + ":" + g.weight(a));
            }
        }
        Collections.sort(out);
        return out;
    }
}
