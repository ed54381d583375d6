package org.spikegraph.algorithms.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.EdgeList;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** {@link IndexedGraph} of random JGraphT pseudographs (0..12 vertices named out of insertion order, loops, parallels, negative and fractional weights). */
class IndexedGraphProperties {

    @Seeded(200)
    void csrArcsMatchJGraphT(long seed) {
        Dice dice = new Dice(seed);
        boolean weighted = dice.chance(0.5);
        EdgeList list = RandomGraphs.multigraph(dice, dice.chance(0.5), weighted ? Weights.REAL_AND_NEGATIVE : Weights.NONE,
                dice.between(0, 12), dice.between(0, 40));
        if (weighted) {
            check(list.named());
        } else {
            check(list.namedUnweighted());
        }
    }

    private static <E> void check(Graph<String, E> g) {
        IndexedGraph<String, E> ig = IndexedGraph.of(g);
        CsrGraph csr = ig.csr();
        assertThat(csr.vertexCount()).isEqualTo(g.vertexSet().size());
        assertThat(csr.directed()).isEqualTo(g.getType().isDirected());
        assertThat(csr.weighted()).isEqualTo(g.getType().isWeighted());
        assertThat(csr.edgeCount()).isEqualTo(g.edgeSet().size());
        List<String> expected = new ArrayList<>();
        for (E e : g.edgeSet()) {
            String s = g.getEdgeSource(e);
            String t = g.getEdgeTarget(e);
            double w = g.getEdgeWeight(e);
            expected.add(s + ">" + t + ":" + w);
            if (!csr.directed() && !s.equals(t)) {
                expected.add(t + ">" + s + ":" + w);
            }
        }
        List<String> actual = new ArrayList<>();
        for (int u = 0; u < csr.vertexCount(); u++) {
            assertThat(csr.originalId(u)).isEqualTo(u);
            String uv = ig.vertex(u);
            assertThat(ig.index(uv)).isEqualTo(u);
            for (int a = csr.outStart(u); a < csr.outEnd(u); a++) {
                String tv = ig.vertex(csr.target(a));
                actual.add(uv + ">" + tv + ":" + csr.weight(a));
                E e = ig.edge(a);
                assertThat(g.getEdgeWeight(e)).isEqualTo(csr.weight(a));
                if (csr.directed()) {
                    assertThat(g.getEdgeSource(e)).isEqualTo(uv);
                    assertThat(g.getEdgeTarget(e)).isEqualTo(tv);
                } else {
                    assertThat(List.of(g.getEdgeSource(e), g.getEdgeTarget(e))).containsExactlyInAnyOrder(uv, tv);
                }
                GraphPath<String, E> p = ig.path(u, new int[] {a});
                assertThat(p.getEdgeList()).containsExactly(e);
                assertThat(p.getEndVertex()).isEqualTo(tv);
            }
        }
        Collections.sort(expected);
        Collections.sort(actual);
        assertThat(actual).isEqualTo(expected);
    }
}
