package org.spikegraph.algorithms.randomwalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.jgrapht.alg.scoring.PageRank;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.PageRankValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;

/**
 * Spiking PageRank on {@code snap/email-Eu-core.txt} (1,005 vertices, 25,571 arcs, directed) with
 * 1,000 walkers per vertex: every vertex's JGraphT score (d = 0.85) lies in its interval for &delta; =
 * 10^-3 in all, and the top three are the README's (vertex 1 with 0.009981, then 130, 160).
 */
class RealPageRankTest {

    @Test
    void emailEuCoreMatchesJGraphTAndTheReference() throws Exception {
        CsrGraph g = GraphLoader.load(SharedData.path("snap/email-Eu-core.txt")).graph();
        Map<Integer, Double> exact = new PageRank<>(JGraphTGraphs.of(g), 0.85, 10_000, 1e-12).getScores();
        assertThat(exact.get(g.indexOf(1))).as("JGraphT against the README's NetworkX figure").isCloseTo(0.009981, offset(5e-7));

        Outcome<PageRankEstimate> o = new PageRankCompiler(g, 0.85).walks(1_000).run(new EventEngine(), 1);
        PageRankEstimate e = o.answer();
        Validation v = PageRankValidator.validate(e, 1e-3);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isEqualTo(1005);
        int[] top = e.top(3);
        assertThat(new long[] {g.originalId(top[0]), g.originalId(top[1]), g.originalId(top[2])}).containsExactly(1, 130, 160);
        double[] in = e.interval(top[0], 1e-3 / 1005);
        assertThat(in[1] - in[0]).as("the interval of the top vertex is narrow enough to tell it apart").isLessThan(0.0025);
        System.out.printf("email-Eu-core PageRank: %,d walkers, %,d steps, %,d spikes; top %d: %.6f [%.6f, %.6f], rounding bound %.2e%n",
                e.walkers(), o.run().stepsSpanned(), o.run().activity().spikes(), g.originalId(top[0]), e.score(top[0]),
                in[0], in[1], e.quantizationBound());
    }
}
