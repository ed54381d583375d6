package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jgrapht.alg.scoring.PageRank;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.randomwalk.Confidence;
import org.spikegraph.algorithms.validation.JGraphTGraphs;

/** The conventional Monte Carlo PageRank against JGraphT within Chernoff intervals (&delta; = 10^-3 in all). */
class MonteCarloPageRankTest {

    @Test
    void matchesJGraphTOnAWeightedGraphWithDanglingAndZeroWeightArcs() {
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(6).weighted()
                .addArc(0, 1, 2).addArc(0, 2, 0.5).addArc(1, 2, 1).addArc(2, 0, 3).addArc(2, 3, 1)
                .addArc(3, 3, 1).addArc(3, 4, 0).addArc(3, 0, 2).addArc(4, 0, 1) // 5 dangles, 3 -> 4 is never taken
                .build();
        int perVertex = 20_000;
        MonteCarloPageRank.Result r = MonteCarloPageRank.run(g, 0.85, perVertex, 42);
        // JGraphT reads weight 0 as an arc of weight 0 too: same chain.
        Map<Integer, Double> exact = new PageRank<>(JGraphTGraphs.of(g), 0.85, 10_000, 1e-12).getScores();
        long walkers = 6L * perVertex;
        long total = 0;
        for (int v = 0; v < 6; v++) {
            double[] in = Confidence.chernoff(r.ends()[v], walkers, 1e-3 / 6);
            assertThat(exact.get(v)).as("vertex %d", v).isBetween(in[0], in[1]);
            total += r.ends()[v];
        }
        assertThat(total).isEqualTo(walkers);
        // Each walk takes Geometric(1 - d) steps: mean d / (1 - d) = 5.67 per walker.
        assertThat(r.walkerSteps() / (double) walkers).isBetween(5.4, 5.9);
    }

    @Test
    void rejectsADampingFactorOfOne() {
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(1).build();
        assertThatThrownBy(() -> MonteCarloPageRank.run(g, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
