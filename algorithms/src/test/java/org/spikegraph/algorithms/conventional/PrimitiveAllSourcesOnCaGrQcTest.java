package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.JGraphTGraphs;

/**
 * CA-GrQc (5,242 vertices, SNAP): the multi-source BFS's rows from 128 sources equal JGraphT's BFS
 * distances, and its summary of all 27 M pairs equals the all-sources Dijkstra's and the lane
 * engine's, field by field.
 */
class PrimitiveAllSourcesOnCaGrQcTest {

    static CsrGraph grqc;

    @BeforeAll
    static void load() {
        grqc = GraphLoader.load(SharedData.path("snap/CA-GrQc.txt")).graph();
    }

    @Test
    void msBfsRowsEqualJGraphTBfs() {
        Graph<Integer, DefaultWeightedEdge> ref = JGraphTGraphs.of(grqc);
        int n = grqc.vertexCount();
        int[] sources = new int[128];
        for (int k = 0; k < sources.length; k++) {
            sources[k] = (int) ((k * 2_654_435_761L) % n);
        }
        long[] checked = {0};
        PrimitiveMsBfs.forEachSource(grqc, sources, 2, (s, d) -> {
            var paths = new BFSShortestPath<>(ref).getPaths(s);
            for (int v = 0; v < n; v++) {
                double w = paths.getWeight(v);
                assertThat(d[v]).as("d(%d, %d)", s, v).isEqualTo(Double.isInfinite(w) ? PrimitiveDijkstra.UNREACHED : (long) w);
            }
            synchronized (checked) {
                checked[0] += n;
            }
        });
        assertThat(checked[0]).isEqualTo(128L * n);
    }

    @Test
    void allSourcesSummariesAgree() {
        DistanceSummary msBfs = PrimitiveMsBfs.summary(grqc, 2);
        PrimitiveAllSourcesProperties.assertSameSummary(msBfs, PrimitiveAllSourcesDijkstra.summary(grqc, 2));
        PrimitiveAllSourcesProperties.assertSameSummary(msBfs, LaneDistances.hops(grqc, 2).summary());
        // the giant component (79% of the vertices) is reached: the rows are not trivially empty
        assertThat(java.util.Arrays.stream(msBfs.reached()).max().getAsInt()).isGreaterThan(grqc.vertexCount() * 3 / 4);
    }
}
