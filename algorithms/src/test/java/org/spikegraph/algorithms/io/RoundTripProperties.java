package org.spikegraph.algorithms.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.graph.VertexIds;

/** Random graphs written with each writer and read back give the same CSR. */
class RoundTripProperties {
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("spikegraph-roundtrip");
    }

    @AfterContainer
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

    @Property(tries = 200)
    void writeThenReadGivesTheSameGraph(
            @ForAll GraphFormat format,
            @ForAll long seed,
            @ForAll boolean directed,
            @ForAll boolean weighted,
            @ForAll boolean gzip,
            @ForAll @IntRange(min = 1, max = 14) int n,
            @ForAll @IntRange(min = 0, max = 40) int m)
            throws IOException {
        Random rnd = new Random(seed);
        CsrGraph g = randomGraph(rnd, directed, weighted, n, m);
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

    static CsrGraph randomGraph(Random rnd, boolean directed, boolean weighted, int n, int m) {
        CsrGraphBuilder b = new CsrGraphBuilder(directed).vertexCount(n);
        switch (rnd.nextInt(3)) {
            case 0 -> b.ids(VertexIds.identity(n));
            case 1 -> b.ids(VertexIds.range(n, 1));
            default -> {
                long[] ids = rnd.ints(-1_000_000, 1_000_000).distinct().limit(n).asLongStream().toArray();
                b.ids(VertexIds.of(ids));
            }
        }
        if (weighted) {
            b.weighted();
        }
        for (int i = 0; i < m; i++) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(6) == 0 ? u : rnd.nextInt(n);
            double w = switch (rnd.nextInt(4)) {
                case 0 -> rnd.nextInt(1000);
                case 1 -> rnd.nextInt(21) - 10;
                case 2 -> rnd.nextInt(100) / 4.0;
                default -> rnd.nextDouble() * 1e4;
            };
            if (weighted) {
                b.addEdge(u, v, w);
            } else {
                b.addEdge(u, v);
            }
            if (rnd.nextInt(8) == 0) {
                if (weighted) {
                    b.addEdge(u, v, w + 1); // parallel
                } else {
                    b.addEdge(u, v);
                }
            }
        }
        return b.build();
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
