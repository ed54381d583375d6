package org.spikegraph.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.spikegraph.algorithms.conventional.PrimitiveComponents;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;
import org.spikegraph.algorithms.io.SharedData;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

class SourcesTest {

    @Seeded(100)
    void distinctReproducibleVerticesOfTheLargestComponentThatLeaveThemselves(long caseSeed) {
        Dice dice = new Dice(caseSeed);
        int n = dice.between(2, 200);
        long seed = dice.anyLong();
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(n);
        int arcs = dice.between(1, 2 * n);
        for (int i = 0; i < arcs; i++) {
            b.addArc(dice.between(0, n - 1), dice.between(0, n - 1), 1); // self-loops and small components included
        }
        CsrGraph g = b.build();
        int[] label = PrimitiveComponents.smallestVertexLabels(g);
        int[] size = new int[n];
        for (int v = 0; v < n; v++) {
            size[label[v]]++;
        }
        int largest = Arrays.stream(size).max().orElseThrow();
        int[] candidates = Sources.candidates(g);
        int k = dice.between(1, candidates.length);
        int[] s = Sources.choose(g, k, seed);
        assertThat(s).hasSize(k).doesNotHaveDuplicates();
        for (int v : s) {
            if (largest > 1) {
                assertThat(size[label[v]]).as("source %d in a largest component", v).isEqualTo(largest);
                assertThat(IntStream.range(g.outStart(v), g.outEnd(v)).map(g::target)).as("source %d leaves itself", v)
                        .anyMatch(t -> t != v);
            }
        }
        assertThat(Sources.choose(g, k, seed)).containsExactly(s);
        assertThatThrownBy(() -> Sources.choose(g, candidates.length + 1, seed)).hasMessageContaining(
                "between 1 and " + candidates.length);
    }

    @Test
    void emailEuCoreNeverDrawsTheSelfLoopVertex() throws Exception {
        CsrGraph g = GraphLoader.load(SharedData.path("snap/email-Eu-core.txt"), null, LoadOptions.DEFAULT).graph();
        int selfLoopOnly = g.indexOf(648);
        assertThat(IntStream.range(g.outStart(selfLoopOnly), g.outEnd(selfLoopOnly)).map(g::target))
                .as("vertex 648's arcs").containsOnly(selfLoopOnly);
        int[] candidates = Sources.candidates(g);
        assertThat(candidates).doesNotContain(selfLoopOnly);
        int[] label = PrimitiveComponents.smallestVertexLabels(g);
        for (long seed = 1; seed <= 50; seed++) {
            for (int s : Sources.choose(g, 10, seed)) {
                // every drawn source's run reaches past itself: a BFS from it finds other vertices
                assertThat(reached(g, s)).as("vertices reached from %d", g.originalId(s)).isGreaterThan(1);
                assertThat(label[s]).isEqualTo(label[candidates[0]]);
            }
        }
    }

    private static int reached(CsrGraph g, int source) {
        boolean[] seen = new boolean[g.vertexCount()];
        int[] queue = new int[g.vertexCount()];
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        seen[source] = true;
        while (head < tail) {
            int u = queue[head++];
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                if (!seen[g.target(a)]) {
                    seen[g.target(a)] = true;
                    queue[tail++] = g.target(a);
                }
            }
        }
        return tail;
    }

    @Test
    void differentSeedsChooseDifferently() {
        CsrGraph g = new CsrGraphBuilder(false).vertexCount(1000).addEdge(0, 1).build();
        CsrGraph ring = ring(1000);
        int[] a = Sources.choose(ring, 5, 1);
        int[] b = Sources.choose(ring, 5, 2);
        assertThat(Arrays.equals(a, b)).isFalse();
        assertThat(Sources.choose(g, 2, 1)).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void tooManySourcesAreRefused() {
        assertThatThrownBy(() -> Sources.choose(ring(3), 4, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 3");
        assertThatThrownBy(() -> Sources.choose(ring(3), 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CsrGraph ring(int n) {
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(n);
        for (int v = 0; v < n; v++) {
            b.addArc(v, (v + 1) % n, 1);
        }
        return b.build();
    }
}
