package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.validation.JGraphTGraphs;

class PrimitiveComponentsProperties {

    /** Every vertex gets the smallest vertex of its JGraphT connected set (weakly connected when directed). */
    @Property(tries = 300)
    void labelsAreTheSmallestVertexOfJGraphTsSets(@ForAll long seed, @ForAll boolean directed,
                                                 @ForAll @IntRange(min = 1, max = 60) int n,
                                                 @ForAll @IntRange(min = 0, max = 80) int m) {
        Random random = new Random(seed);
        CsrGraphBuilder b = new CsrGraphBuilder(directed).vertexCount(n);
        for (int i = 0; i < m; i++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (directed) {
                b.addArc(u, v);
            } else {
                b.addEdge(u, v);
            }
        }
        CsrGraph g = b.build();
        int[] label = PrimitiveComponents.smallestVertexLabels(g);
        List<Set<Integer>> sets = new ConnectivityInspector<>(JGraphTGraphs.of(g)).connectedSets();
        for (Set<Integer> set : sets) {
            int smallest = set.stream().mapToInt(Integer::intValue).min().orElseThrow();
            for (int v : set) {
                assertThat(label[v]).as("vertex %d", v).isEqualTo(smallest);
            }
        }
        assertThat(java.util.Arrays.stream(label).distinct().count()).isEqualTo(sets.size());
    }
}
