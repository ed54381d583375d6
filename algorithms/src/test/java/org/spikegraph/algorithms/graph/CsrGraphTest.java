package org.spikegraph.algorithms.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CsrGraphTest {

    @Test
    void buildsDirectedCsrInInsertionOrderPerSource() {
        CsrGraph g =
                new CsrGraphBuilder(true).addArc(2, 0, 5).addArc(0, 1, 2).addArc(0, 2, 3).addArc(2, 2, 1.5)
                        .vertexCount(4).build();
        assertThat(g.vertexCount()).isEqualTo(4);
        assertThat(g.arcCount()).isEqualTo(4);
        assertThat(g.edgeCount()).isEqualTo(4);
        assertThat(g.directed()).isTrue();
        assertThat(g.offsets()).containsExactly(0, 2, 2, 4, 4);
        assertThat(g.targets()).containsExactly(1, 2, 0, 2);
        assertThat(g.weights()).containsExactly(2, 3, 5, 1.5);
        assertThat(g.outDegree(0)).isEqualTo(2);
        assertThat(g.outDegree(3)).isZero();
        assertThat(g.weighted()).isTrue();
        assertThat(g.integralWeights()).isFalse();
        assertThat(g.minWeight()).isEqualTo(1.5);
        assertThat(g.maxWeight()).isEqualTo(5);
        assertThat(g.selfLoopCount()).isEqualTo(1);
        assertThat(g.originalId(3)).isEqualTo(3);
        assertThat(g.indexOf(4)).isEqualTo(-1);
    }

    @Test
    void undirectedEdgesAreTwoArcsAndLoopsOne() {
        CsrGraph g = new CsrGraphBuilder(false).addEdge(0, 1).addEdge(1, 1).addEdge(0, 1).build();
        assertThat(g.arcCount()).isEqualTo(5);
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.weighted()).isFalse();
        assertThat(g.weights()).isNull();
        assertThat(g.weight(0)).isEqualTo(1.0);
        assertThat(g.integralWeights()).isTrue();
        assertThat(g.reverse()).isSameAs(g);
        assertThat(g.undirectedView()).isSameAs(g);
        assertThatThrownBy(() -> new CsrGraphBuilder(false).addArc(0, 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void emptyGraph() {
        CsrGraph g = new CsrGraphBuilder(true).build();
        assertThat(g.vertexCount()).isZero();
        assertThat(g.arcCount()).isZero();
        assertThat(g.minWeight()).isNaN();
    }

    @Test
    void reverseAndUndirectedView() {
        CsrGraph g =
                new CsrGraphBuilder(true).addArc(0, 1, 4).addArc(1, 2, 7).addArc(2, 2, 1).ids(VertexIds.range(3, 1)).build();
        CsrGraph r = g.reverse();
        assertThat(r.offsets()).containsExactly(0, 0, 1, 3);
        assertThat(r.targets()).containsExactly(0, 1, 2);
        assertThat(r.weights()).containsExactly(4, 7, 1);
        assertThat(r.originalId(0)).isEqualTo(1);
        CsrGraph u = g.undirectedView();
        assertThat(u.directed()).isFalse();
        assertThat(u.arcCount()).isEqualTo(5);
        assertThat(u.edgeCount()).isEqualTo(3);
        assertThat(u.indexOf(3)).isEqualTo(2);
    }

    @Test
    void unweightedKeepsArcsAndIdsAndDropsWeights() {
        CsrGraph g = new CsrGraphBuilder(true).addArc(2, 0, 5).addArc(0, 1, 2).addArc(0, 2, 3).vertexCount(3).build();
        CsrGraph u = g.unweighted();
        assertThat(u.weighted()).isFalse();
        assertThat(u.weight(0)).isEqualTo(1);
        assertThat(u.directed()).isTrue();
        assertThat(u.offsets()).containsExactly(g.offsets());
        assertThat(u.targets()).containsExactly(g.targets());
        assertThat(u.ids()).isSameAs(g.ids());
        assertThat(u.unweighted()).isSameAs(u);
    }

    @Test
    void vertexIdsExplicitAndRange() {
        VertexIds ids = VertexIds.of(new long[] {10, -5, 1L << 40});
        assertThat(ids.indexOf(1L << 40)).isEqualTo(2);
        assertThat(ids.indexOf(-5)).isEqualTo(1);
        assertThat(ids.indexOf(11)).isEqualTo(-1);
        assertThatThrownBy(() -> VertexIds.of(new long[] {1, 2, 1}))
                .hasMessage("vertex id 1 given twice (vertices 0 and 2)");
        VertexIds r = VertexIds.range(5, 1);
        assertThat(r.indexOf(0)).isEqualTo(-1);
        assertThat(r.indexOf(5)).isEqualTo(4);
        assertThat(r.indexOf(6)).isEqualTo(-1);
        assertThat(r.indexOf(Long.MIN_VALUE)).isEqualTo(-1);
        assertThat(VertexIds.range(3, Long.MAX_VALUE - 2).indexOf(Long.MIN_VALUE)).isEqualTo(-1);
    }

    @Test
    void builderHandlesAMillionVertices() {
        int n = 1_000_000;
        int m = 4_000_000;
        Random rnd = new Random(1);
        CsrGraphBuilder b = new CsrGraphBuilder(true);
        for (int i = 0; i < m; i++) {
            b.addArc(rnd.nextInt(n), rnd.nextInt(n), rnd.nextInt(100));
        }
        CsrGraph g = b.vertexCount(n).build();
        assertThat(g.arcCount()).isEqualTo(m);
        assertThat(g.vertexCount()).isEqualTo(n);
    }
}
