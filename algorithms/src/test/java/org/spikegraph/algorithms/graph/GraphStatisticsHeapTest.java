package org.spikegraph.algorithms.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The statistics check the heap before allocating (info on a header declaring 2 * 10^8 vertices). */
class GraphStatisticsHeapTest {

    @Test
    void refusedWhenTheHeapIsTooSmallAndComputedWhenItIsNot() {
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(1_000_000).addArc(0, 1).addArc(0, 2).build();
        long need = GraphStatistics.bytesNeeded(g);
        assertThat(need).isGreaterThanOrEqualTo(8_000_000L);
        assertThatThrownBy(() -> GraphStatistics.of(g, need - 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1,000,000 vertices").hasMessageContaining("MiB").hasMessageContaining("-Xmx");
        GraphStatistics s = GraphStatistics.of(g, need);
        assertThat(s.vertices()).isEqualTo(1_000_000);
        assertThat(s.components()).isEqualTo(1_000_000 - 2);
        assertThat(s.isolatedVertices()).isEqualTo(1_000_000 - 3);
        assertThat(s.maxInDegree()).isEqualTo(1);
        assertThat(s.largestComponent()).isEqualTo(3);
    }
}
