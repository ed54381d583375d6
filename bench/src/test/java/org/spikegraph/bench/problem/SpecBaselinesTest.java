package org.spikegraph.bench.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.spikegraph.algorithms.conventional.PrimitiveBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.validation.HopBoundedValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.LongestPathValidator;
import org.spikegraph.algorithms.validation.RandomWalkValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The primitive baselines the specs give {@code compare} (k-hop BFS, hop-bounded Bellman-Ford,
 * longest paths in Kahn's order, nearest of several sources, Monte Carlo walks) agree with the exact
 * references on seeded random directed graphs with self-loops, parallel arcs and cycles, and the
 * random-walk check rejects an interval that misses the exact value.
 */
class SpecBaselinesTest {

    /** A random directed graph of 1 to 60 vertices with integer weights 1 .. 20. */
    private static CsrGraph graph(Dice dice) {
        int n = dice.between(1, 60);
        int m = dice.between(0, 4 * n);
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(n);
        for (int i = 0; i < m; i++) {
            b.addArc(dice.between(0, n - 1), dice.between(0, n - 1), dice.between(1, 20));
        }
        return b.build();
    }

    @Seeded(300)
    void kHopBfsIsBfsCutAtK(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = graph(dice);
        int s = dice.between(0, g.vertexCount() - 1);
        int k = dice.between(0, 6);
        assertThat(ShortestPathSpec.boundedBfs(g, s, k)).containsExactly(ShortestPathSpec.within(PrimitiveBfs.hops(g, s), k));
    }

    @Seeded(300)
    void hopBoundedBellmanFordMatchesTheValidatorsReference(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = graph(dice);
        int s = dice.between(0, g.vertexCount() - 1);
        int k = dice.between(0, 8);
        assertThat(HopBoundedSpec.bellmanFord(g, s, k)).containsExactly(HopBoundedValidator.distances(g, s, k));
    }

    @Seeded(300)
    void kahnsLongestPathsMatchJGraphT(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = dice.chance(0.5) ? acyclic(graph(dice)) : graph(dice);
        assertThat(DagLongestSpec.kahn(g)).containsExactly(LongestPathValidator.longest(JGraphTGraphs.of(g), g.vertexCount()));
    }

    @Seeded(200)
    void nearestSourceMatchesJGraphTFromASuperSource(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = graph(dice);
        MultiSourceSpec spec = new MultiSourceSpec();
        MultiSourceSpec.Parameters p = spec.parameters();
        int k = dice.between(1, 3);
        p.sources = java.util.stream.IntStream.range(0, k).mapToObj(i -> g.name(dice.between(0, g.vertexCount() - 1))).toList();
        var baselines = spec.baselines(g, p);
        long[] reference = baselines.methods().get(0).solve(0).answer().get();
        long[] primitive = baselines.methods().get(1).solve(0).answer().get();
        Validation v = baselines.check(primitive, reference);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(reference).containsExactly(MultiSourceSpec.nearest(g, p.sourceIndices(g)));
    }

    @Seeded(100)
    void monteCarloWalksKeepEveryWalkerAndFallWithinTheirIntervals(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = graph(dice);
        int n = g.vertexCount();
        boolean[] absorbing = new boolean[n];
        for (int v = 0; v < n; v++) {
            absorbing[v] = g.outDegree(v) == 0 || dice.chance(0.1);
        }
        int s = dice.between(0, n - 1);
        int steps = dice.between(0, 6);
        int walkers = 4000;
        long[] at = RandomWalkSpec.walk(g, absorbing, s, walkers, steps, dice.anyLong());
        assertThat(Arrays.stream(at).sum()).isEqualTo(walkers);
        double[] initial = new double[n];
        initial[s] = 1;
        double[] exact = RandomWalkValidator.distributions(g, initial, absorbing, steps)[steps];
        double half = org.spikegraph.algorithms.randomwalk.Confidence.hoeffding(walkers, 1e-6 / n);
        for (int v = 0; v < n; v++) {
            assertThat(Math.abs(at[v] / (double) walkers - exact[v])).as("vertex %d", v).isLessThanOrEqualTo(half);
        }
    }

    @Seeded(50)
    void theRandomWalkCheckRejectsAnIntervalThatMissesTheExactValue(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = graph(dice);
        RandomWalkSpec spec = new RandomWalkSpec();
        var baselines = spec.baselines(g, spec.parameters());
        int n = g.vertexCount();
        double[] exact = new double[n];
        exact[dice.between(0, n - 1)] = 1;
        double[] low = exact.clone();
        double[] high = exact.clone();
        int wrong = dice.between(0, n - 1);
        low[wrong] = exact[wrong] + 0.01;
        high[wrong] = exact[wrong] + 0.02;
        Validation v = baselines.check(new RandomWalkSpec.Distribution(low, high), new RandomWalkSpec.Distribution(exact, exact));
        assertThat(v.mismatches()).isEqualTo(1);
        assertThat(v.examples()).singleElement().asString().contains("vertex " + g.name(wrong));
        assertThat(baselines.check(new RandomWalkSpec.Distribution(exact, exact), new RandomWalkSpec.Distribution(exact, exact))
                .agrees()).isTrue();
    }

    /** The arcs of {@code g} from a lower index to a higher one: a DAG. */
    private static CsrGraph acyclic(CsrGraph g) {
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(g.vertexCount());
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                if (u < g.target(a)) {
                    b.addArc(u, g.target(a), (long) g.weight(a));
                }
            }
        }
        return b.build();
    }
}
