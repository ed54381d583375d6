package org.spikegraph.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

class SourcesTest {

    @Seeded(100)
    void distinctReproducibleVerticesWithAnOutgoingArc(long caseSeed) {
        Dice dice = new Dice(caseSeed);
        int n = dice.between(2, 200);
        long seed = dice.anyLong();
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(n);
        for (int v = 0; v < n; v += 2) {
            b.addArc(v, (v + 1) % n, 1); // only even vertices have an arc
        }
        CsrGraph g = b.build();
        int k = Math.max(1, (n + 1) / 4);
        int[] s = Sources.choose(g, k, seed);
        assertThat(s).hasSize(k).doesNotHaveDuplicates();
        assertThat(Arrays.stream(s).map(g::outDegree)).allSatisfy(d -> assertThat(d).isPositive());
        assertThat(Sources.choose(g, k, seed)).containsExactly(s);
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
