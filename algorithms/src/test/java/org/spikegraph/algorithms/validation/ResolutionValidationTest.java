package org.spikegraph.algorithms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.EventEngine;

/** With a resolution the check says whether the answer is exact, within its stated bound, or outside it. */
class ResolutionValidationTest {

    private static ShortestPaths solve(CsrGraph g, double resolution) {
        return new ShortestPathCompiler(g, DelayEncoding.choose(g, resolution), PathReadout.HOST).singleSource(0)
                .run(new EventEngine(), 0).answer();
    }

    /** 0 -> 2 directly (weight a) or through 1 (weights b, b). */
    private static CsrGraph triangle(double direct, double half) {
        return new CsrGraphBuilder(true).vertexCount(3).weighted().addArc(0, 2, direct).addArc(0, 1, half)
                .addArc(1, 2, half).build();
    }

    @Test
    void weightsOnTheGridOfTheResolutionAreExact() {
        ShortestPaths sp = solve(triangle(2.5, 1.5), 0.5);
        Validation v = ShortestPathValidator.validate(sp);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.against()).isEqualTo("JGraphT DijkstraShortestPath: exact at resolution 0.5");
    }

    @Test
    void roundingThatPicksAHeavierPathIsWithinTheStatedBound() {
        // at resolution 1 the direct arc (1.4 -> 1 step) beats the lighter detour (0.6 + 0.6 -> 2 steps)
        ShortestPaths sp = solve(triangle(1.4, 0.6), 1);
        assertThat(sp.weight(2)).isEqualTo(1.4);
        Validation v = ShortestPathValidator.validate(sp);
        assertThat(v.agrees()).as("%s", v).isTrue();
        // E = e(P) + h * e_max = 0.4 + 2 * 0.4 (the found arc is 0.4 off; a shortest path has at most 1.4 / 0.6 arcs)
        assertThat(sp.maxErrorBound()).isCloseTo(1.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(v.against()).isEqualTo("JGraphT DijkstraShortestPath: within the stated bound ±1.2 at resolution 1 (largest error 0.2)");
    }

    @Test
    void anAnswerBeyondItsBoundFails() {
        ShortestPaths sp = solve(triangle(1.4, 0.6), 1);
        // a reference whose detour weighs 0.05 + 0.05: the 1.4 found is 1.3 off, beyond its bound of 1.2
        CsrGraph lighter = triangle(1.4, 0.05);
        Validation v = ShortestPathValidator.validate(sp, JGraphTGraphs.of(lighter));
        assertThat(v.agrees()).isFalse();
        assertThat(v.against()).isEqualTo("JGraphT DijkstraShortestPath: outside the stated bound at resolution 1 (vertex 2 off by 1.3, its bound ±1.2)");
        assertThat(sp.errorBound(2)).isLessThan(1.3);
    }

    @Test
    void exactEncodingsNameOnlyTheReference() {
        CsrGraph g = triangle(3, 1);
        ShortestPaths sp = new ShortestPathCompiler(g).singleSource(0).run(new EventEngine(), 0).answer();
        assertThat(ShortestPathValidator.validate(sp).against()).isEqualTo("JGraphT DijkstraShortestPath");
    }
}
