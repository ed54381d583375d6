package org.spikegraph.algorithms.dag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.testing.Engines;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Dag;
import org.spikegraph.algorithms.testing.RandomGraphs.Planted;
import org.spikegraph.algorithms.validation.LongestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * Longest paths on random DAGs (1..40 vertices, vertices in a random order, parallel arcs, lengths
 * 1..50 or unweighted) on both engines: distances equal an exact DP computed here; with a planted
 * cycle the reported cycle is a real cycle; the validator agrees.
 */
class LongestPathProperties {

    @Seeded(150)
    void dagLongestDistancesEqualTheDp(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 40);
        Engines engine = dice.pick(Engines.values());
        Dag g = RandomGraphs.dag(dice, n, dice.between(0, 120), dice.chance(0.5));
        LongestPaths lp = new LongestPathCompiler(g.arcs().csr()).circuit().run(engine.create(), seed).answer();
        assertThat(lp.acyclic()).isTrue();
        assertThat(lp.cycle()).isEmpty();
        long[] d = g.longestDistances();
        for (int v = 0; v < n; v++) {
            assertThat(lp.distance(v)).as("vertex %d", v).isEqualTo(d[v]);
        }
        int[] path = lp.criticalPath();
        assertThat(path).isNotEmpty();
        assertThat(lp.distance(path[path.length - 1])).isEqualTo(lp.longestPath());
        assertThat(lp.predecessor(path[0])).isEqualTo(-1);
        Validation v = LongestPathValidator.validate(lp);
        assertThat(v.agrees()).as("%s", v).isTrue();
    }

    @Seeded(150)
    void aPlantedCycleIsReportedAsARealCycle(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 40);
        Engines engine = dice.pick(Engines.values());
        Dag dag = RandomGraphs.dag(dice, n, dice.between(0, 100), dice.chance(0.5));
        Planted g = dag.withCycle(dice, dice.between(1, 6));
        CsrGraph csr = g.arcs().csr();
        LongestPaths lp = new LongestPathCompiler(csr).circuit().run(engine.create(), seed).answer();
        assertThat(lp.acyclic()).isFalse();
        assertThat(LongestPathValidator.isCycle(csr, lp.cycle())).as("cycle %s", java.util.Arrays.toString(lp.cycle())).isTrue();
        for (int v : g.cycle()) {
            assertThat(lp.fired(v)).as("planted cycle vertex %d", v).isFalse();
        }
        Validation v = LongestPathValidator.validate(lp);
        assertThat(v.agrees()).as("%s", v).isTrue();
    }

    @Seeded(60)
    void theValidatorCatchesAWrongDistance(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 30);
        Dag g = RandomGraphs.dag(dice, n, dice.between(1, 60), true);
        LongestPaths right = new LongestPathCompiler(g.arcs().csr()).circuit().run(new EventEngine(), seed).answer();
        long[] d = new long[n];
        int[] arcs = new int[n];
        for (int v = 0; v < n; v++) {
            d[v] = right.distance(v);
            arcs[v] = right.criticalArc(v);
        }
        d[dice.between(0, n - 1)] += 1;
        LongestPaths wrong = new LongestPaths(right.graph(), d, arcs, new int[0]);
        assertThat(LongestPathValidator.validate(wrong).agrees()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void nonIntegerOrZeroLengthsAreRefused(boolean zero) {
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(2).weighted().addEdge(0, 1, zero ? 0 : 1.5).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LongestPathCompiler(g))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integer lengths >= 1");
    }
}
