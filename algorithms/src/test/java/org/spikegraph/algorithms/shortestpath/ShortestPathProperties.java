package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Tag;
import org.spikegraph.algorithms.testing.Engines;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Pair;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.ShortestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * Shortest-path circuits on random directed and undirected graphs (1..40 vertices, self-loops,
 * parallel arcs, isolated vertices) against JGraphT computed here, for every weight regime, both
 * path readouts and both engines.
 */
class ShortestPathProperties {

    // ---------------------------------------------------------------- single source, exact regimes

    @Seeded(150)
    void zeroTo100WeightsAreExact(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 40);
        PathReadout readout = dice.pick(PathReadout.values());
        Engines engine = dice.pick(Engines.values());
        Pair p = graph(dice, Weights.ZERO_TO_100, n, 120);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr(), DelayEncoding.choose(p.csr(), null), readout);
        if (p.csr().arcCount() > 0 && p.csr().minWeight() == 0) {
            assertThat(c.encoding().kind()).isEqualTo(DelayEncoding.Kind.ZERO_SCALED);
            assertThat(c.encoding().scale()).isGreaterThan(n - 1);
        }
        int s = dice.between(0, n - 1);
        ShortestPaths sp = TestGraphs.run(c.singleSource(s), engine, seed);
        assertExact(p, sp, p.dijkstra(s));
    }

    @Seeded(100)
    void integerWeightsUpToAMillionAreExactOnTheEventEngine(long seed) {
        millionWeights(seed, 40, 120, Engines.EVENT);
    }

    /**
     * The clock-driven reference engine pays for every step (a run spans up to (n-1)*10^6 of them,
     * about 0.1-0.2 s), so by default only a few small graphs; more under {@code -Pslow}.
     */
    @Seeded(15)
    void integerWeightsUpToAMillionAreExactOnTheReferenceEngine(long seed) {
        millionWeights(seed, 4, 8, Engines.REFERENCE);
    }

    @Seeded(100)
    @Tag("slow")
    void integerWeightsUpToAMillionAreExactOnTheReferenceEngineSlow(long seed) {
        millionWeights(seed, 40, 120, Engines.REFERENCE);
    }

    /** 1..maxN vertices, 0..maxM drawn edges, weights 1..10^6: the integer encoding, exact. */
    private static void millionWeights(long seed, int maxN, int maxM, Engines engine) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, maxN);
        PathReadout readout = dice.pick(PathReadout.values());
        Pair p = graph(dice, Weights.UP_TO_MILLION, n, maxM);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr(), DelayEncoding.choose(p.csr(), null), readout);
        assertThat(c.encoding().kind()).isEqualTo(DelayEncoding.Kind.INTEGER);
        int s = dice.between(0, n - 1);
        ShortestPaths sp = TestGraphs.run(c.singleSource(s), engine, seed);
        assertExact(p, sp, p.dijkstra(s));
    }

    @Seeded(150)
    void realWeightsWithAResolutionStayWithinTheErrorBound(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 40);
        PathReadout readout = dice.pick(PathReadout.values());
        Engines engine = dice.pick(Engines.values());
        Pair p = graph(dice, Weights.REAL, n, 120);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr(), DelayEncoding.choose(p.csr(), 0.5), readout);
        assertThat(c.encoding().kind()).isEqualTo(DelayEncoding.Kind.RESOLUTION);
        int s = dice.between(0, n - 1);
        ShortestPaths sp = TestGraphs.run(c.singleSource(s), engine, seed);
        double[] expected = p.dijkstra(s);
        assertThat(sp.exact()).isFalse();
        for (int v = 0; v < n; v++) {
            assertThat(sp.reached(v)).as("reached(%d) in %s", v, p).isEqualTo(expected[v] != Double.POSITIVE_INFINITY);
            if (!sp.reached(v)) {
                assertThat(sp.pathArcs(v)).isNull();
                assertThat(sp.weight(v)).isEqualTo(Double.POSITIVE_INFINITY);
                continue;
            }
            double w = sp.weight(v);
            double slack = 1e-9 * Math.max(1, expected[v]);
            assertThat(w).as("weight(%d) >= JGraphT's in %s", v, p).isGreaterThanOrEqualTo(expected[v] - slack);
            assertThat(w).as("weight(%d) <= JGraphT's + errorBound in %s", v, p)
                    .isLessThanOrEqualTo(expected[v] + sp.errorBound(v) + slack);
            assertThat(TestGraphs.checkPath(sp, v)).as("weight of the path to %d", v).isCloseTo(w, within(slack));
        }
        assertThat(ShortestPathValidator.validate(sp).agrees()).isTrue();
    }

    // ---------------------------------------------------------------- BFS

    @Seeded(150)
    void hopEncodingGivesBfsHops(long seed) {
        Dice dice = new Dice(seed);
        boolean weighted = dice.chance(0.5);
        int n = dice.between(1, 40);
        PathReadout readout = dice.pick(PathReadout.values());
        Engines engine = dice.pick(Engines.values());
        Pair p = graph(dice, weighted ? Weights.ZERO_TO_100 : Weights.NONE, n, 120);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr(), DelayEncoding.hops(), readout);
        int s = dice.between(0, n - 1);
        ShortestPaths sp = TestGraphs.run(c.singleSource(s), engine, seed);
        assertExact(p, sp, p.bfs(s));
        if (!weighted) {
            assertThat(DelayEncoding.choose(p.csr(), null).kind()).isEqualTo(DelayEncoding.Kind.HOPS);
        }
    }

    // ---------------------------------------------------------------- multi-source

    @Seeded(150)
    void multiSourceGivesTheNearestSource(long seed) {
        Dice dice = new Dice(seed);
        boolean hops = dice.chance(0.5);
        int n = dice.between(1, 40);
        PathReadout readout = dice.pick(PathReadout.values());
        Engines engine = dice.pick(Engines.values());
        Pair p = graph(dice, Weights.ZERO_TO_100, n, 120);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr(),
                hops ? DelayEncoding.hops() : DelayEncoding.choose(p.csr(), null), readout);
        int[] sources = RandomGraphs.distinctVertices(dice, n, 4);
        ShortestPaths sp = TestGraphs.run(c.multiSource(sources), engine, seed);
        double[][] perSource = new double[n][];
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int s : sources) {
            perSource[s] = hops ? p.bfs(s) : p.dijkstra(s);
            for (int v = 0; v < n; v++) {
                nearest[v] = Math.min(nearest[v], perSource[s][v]);
            }
        }
        assertExact(p, sp, nearest);
        for (int v = 0; v < n; v++) {
            int o = sp.nearestSource(v);
            if (!sp.reached(v)) {
                assertThat(o).isEqualTo(-1);
                continue;
            }
            assertThat(sources).contains(o);
            assertThat(perSource[o][v]).as("JGraphT distance from nearestSource(%d) = %d in %s", v, o, p)
                    .isEqualTo(nearest[v]);
            int[] arcs = sp.pathArcs(v);
            assertThat(arcs.length == 0 ? v : p.csr().tail(arcs[0])).isEqualTo(o);
        }
    }

    // ---------------------------------------------------------------- point to point

    @Seeded(150)
    void pointToPointStopsAtTheTarget(long seed) {
        Dice dice = new Dice(seed);
        boolean hops = dice.chance(0.5);
        int n = dice.between(1, 40);
        PathReadout readout = dice.pick(PathReadout.values());
        Engines engine = dice.pick(Engines.values());
        Pair p = graph(dice, Weights.ZERO_TO_100, n, 120);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr(),
                hops ? DelayEncoding.hops() : DelayEncoding.choose(p.csr(), null), readout);
        int s = dice.between(0, n - 1);
        int t = dice.between(0, n - 1);
        ShortestPaths sp = TestGraphs.run(c.pointToPoint(s, t), engine, seed);
        double[] expected = hops ? p.bfs(s) : p.dijkstra(s);
        double dt = expected[t];
        assertThat(sp.scope().target()).isEqualTo(t);
        assertThat(sp.weight(t)).as("target %d in %s", t, p).isEqualTo(dt);
        for (int v = 0; v < n; v++) {
            if (expected[v] < dt) {
                assertThat(sp.reached(v)).as("vertex %d closer than the target %d, in %s", v, t, p).isTrue();
            }
            if (sp.reached(v)) {
                assertThat(expected[v]).as("reached vertex %d is no farther than the target", v).isLessThanOrEqualTo(dt);
                assertThat((double) sp.distance(v)).as("distance(%d) in %s", v, p).isEqualTo(expected[v]);
                assertThat(TestGraphs.checkPath(sp, v)).isEqualTo(expected[v]);
            }
        }
        if (dt != Double.POSITIVE_INFINITY) { // an unreachable target trips a validator bug, see ShortestPathBugsTest
            assertThat(ShortestPathValidator.validate(sp).agrees()).isTrue();
        }
    }

    // ---------------------------------------------------------------- k hops

    @Seeded(150)
    void withinKHopsReachesExactlyTheBallOfRadiusK(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 40);
        int k = dice.between(0, 8);
        PathReadout readout = dice.pick(PathReadout.values());
        Engines engine = dice.pick(Engines.values());
        Pair p = graph(dice, Weights.NONE, n, 120);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr(), DelayEncoding.hops(), readout);
        int s = dice.between(0, n - 1);
        ShortestPaths sp = TestGraphs.run(c.withinSteps(s, k), engine, seed);
        double[] hops = p.bfs(s);
        for (int v = 0; v < n; v++) {
            assertThat(sp.reached(v)).as("reached(%d), BFS hops %s, k = %d, in %s", v, hops[v], k, p)
                    .isEqualTo(hops[v] <= k);
            if (sp.reached(v)) {
                assertThat((double) sp.distance(v)).isEqualTo(hops[v]);
                assertThat(TestGraphs.checkPath(sp, v)).isEqualTo(hops[v]);
            }
        }
        assertThat(ShortestPathValidator.validate(sp).agrees()).isTrue();
    }

    // ---------------------------------------------------------------- the reference graph itself

    @Seeded(100)
    void jgraphtCopyHasTheSameDistancesAsAnIndependentlyBuiltGraph(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 40);
        Pair p = graph(dice, Weights.ZERO_TO_100, n, 120);
        var copy = JGraphTGraphs.of(p.csr());
        assertThat(copy.edgeSet()).hasSameSizeAs(p.jgrapht().edgeSet());
        int s = dice.between(0, n - 1);
        var paths = new DijkstraShortestPath<>(copy).getPaths(s);
        double[] expected = p.dijkstra(s);
        for (int v = 0; v < n; v++) {
            assertThat(paths.getWeight(v)).isEqualTo(expected[v]);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A random multigraph of n vertices, directed or not, 0..maxM drawn edges (see {@link RandomGraphs#multigraph}). */
    static Pair graph(Dice dice, Weights weights, int n, int maxM) {
        return RandomGraphs.multigraph(dice, dice.chance(0.5), weights, n, dice.between(0, maxM)).pair();
    }

    /** Exact regimes: reached iff JGraphT reaches, distance equal, path real and of that weight, validator agrees. */
    static void assertExact(Pair p, ShortestPaths sp, double[] expected) {
        assertThat(sp.exact()).isTrue();
        for (int v = 0; v < p.n(); v++) {
            boolean reachable = expected[v] != Double.POSITIVE_INFINITY;
            assertThat(sp.reached(v)).as("reached(%d) in %s", v, p).isEqualTo(reachable);
            if (!reachable) {
                assertThat(sp.distance(v)).isEqualTo(ShortestPaths.UNREACHED);
                assertThat(sp.pathArcs(v)).isNull();
                assertThat(sp.predecessorArc(v)).isEqualTo(-1);
                continue;
            }
            assertThat((double) sp.distance(v)).as("distance(%d) in %s", v, p).isEqualTo(expected[v]);
            assertThat(sp.weight(v)).isEqualTo(expected[v]);
            assertThat(sp.errorBound(v)).isZero();
            assertThat(TestGraphs.checkPath(sp, v)).as("weight of the path to %d in %s", v, p).isEqualTo(expected[v]);
        }
        Validation val = ShortestPathValidator.validate(sp);
        assertThat(val.agrees()).as("%s", val).isTrue();
    }
}
