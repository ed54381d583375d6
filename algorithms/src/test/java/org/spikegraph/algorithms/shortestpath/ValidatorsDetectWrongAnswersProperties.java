package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;

import org.spikegraph.algorithms.testing.Engines;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Pair;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.algorithms.validation.HopBoundedValidator;
import org.spikegraph.algorithms.validation.ShortestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The validators agree on correct answers and report mismatches on tampered ones (built with the
 * package-private constructors of {@link ShortestPaths} and {@link HopBoundedPaths}).
 */
class ValidatorsDetectWrongAnswersProperties {

    /**
     * The answer for source t, passed off as the answer for source s: rejected whenever t != s (even
     * when the distances happen to agree, t keeps no predecessor arc and s keeps one); the very answer
     * when t = s, which must pass.
     */
    @Seeded(100)
    void anAnswerForAnotherSourceIsRejected(long seed) {
        Dice dice = new Dice(seed);
        boolean hops = dice.chance(0.5);
        int n = dice.between(2, 30);
        Pair p = graph(dice, n);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr(),
                hops ? DelayEncoding.hops() : DelayEncoding.choose(p.csr(), null), PathReadout.HOST);
        int s = dice.between(0, n - 1);
        int t = dice.between(0, n - 1);
        ShortestPaths right = TestGraphs.run(c.singleSource(s), Engines.EVENT, seed);
        ShortestPaths fromT = TestGraphs.run(c.singleSource(t), Engines.EVENT, seed);
        assertThat(ShortestPathValidator.validate(right).agrees()).isTrue();
        ShortestPaths passedOff = tampered(fromT, new int[] {s}, fromT::distance, fromT::predecessorArc);
        Validation val = ShortestPathValidator.validate(passedOff);
        if (s == t) {
            assertThat(val.agrees()).as("%s", val).isTrue();
            return;
        }
        assertThat(val.agrees()).as("answer for %d passed off as for %d in %s", t, s, p).isFalse();
        assertThat(val.mismatches()).isPositive();
        assertThat(val.examples()).isNotEmpty();
    }

    /** One distance off by one, or one path rerouted through a wrong arc: each is caught. */
    @Seeded(100)
    void oneWrongDistanceOrArcIsRejected(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 30);
        Pair p = graph(dice, n);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr());
        int s = sourceWithAnArcOut(dice, p);
        ShortestPaths right = TestGraphs.run(c.singleSource(s), Engines.EVENT, seed);
        assertThat(ShortestPathValidator.validate(right).agrees()).isTrue();
        int victim = -1;
        for (int v = 0; v < n; v++) {
            if (v != s && right.reached(v)) {
                victim = v;
            }
        }
        if (victim < 0) { // only self-loops drawn: nothing to tamper with
            return;
        }
        int x = victim;
        ShortestPaths offByOne = tampered(right, new int[] {s}, v -> v == x ? right.distance(v) + 1 : right.distance(v),
                right::predecessorArc);
        assertThat(ShortestPathValidator.validate(offByOne).agrees()).isFalse();
        // The predecessor arc replaced by an arc leaving the source that does not enter the victim.
        int bad = -1;
        for (int a = p.csr().outStart(s); a < p.csr().outEnd(s); a++) {
            bad = p.csr().target(a) != x ? a : bad;
        }
        if (bad >= 0) {
            int badArc = bad;
            ShortestPaths rerouted = tampered(right, new int[] {s}, right::distance,
                    v -> v == x ? badArc : right.predecessorArc(v));
            assertThat(ShortestPathValidator.validate(rerouted).agrees()).isFalse();
        }
    }

    @Seeded(100)
    void hopBoundedValidatorRejectsWrongDistancesAndOverlongPaths(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 30);
        int k = dice.between(1, 5);
        Pair p = graph(dice, n);
        int s = sourceWithAnArcOut(dice, p);
        HopBoundedCompiler c = new HopBoundedCompiler(p.csr());
        HopBoundedPaths right = c.compile(s, k).run(Engines.EVENT.create(), seed).answer();
        assertThat(HopBoundedValidator.validate(right).agrees()).isTrue();

        long[] d = new long[n];
        int[][] paths = new int[n][];
        int victim = -1;
        for (int v = 0; v < n; v++) {
            d[v] = right.distance(v);
            paths[v] = right.pathArcs(v);
            if (v != s && right.reached(v)) {
                victim = v;
            }
        }
        if (victim < 0) { // only self-loops drawn: nothing to tamper with
            return;
        }
        d[victim]++;
        assertThat(HopBoundedValidator.validate(new HopBoundedPaths(p.csr(), s, k, d, paths)).agrees()).isFalse();
        d[victim]--;

        // The answer with k hops passed off as one with fewer: caught wherever a path needs all k arcs.
        boolean needsAll = false;
        for (int v = 0; v < n; v++) {
            needsAll |= paths[v] != null && paths[v].length == k;
        }
        if (needsAll) {
            Validation val = HopBoundedValidator.validate(new HopBoundedPaths(p.csr(), s, k - 1, d, paths));
            assertThat(val.agrees()).as("%s", val).isFalse();
        }
    }

    /** A random multigraph of n vertices, directed or not, 1..90 drawn edges, weights 0..100. */
    private static Pair graph(Dice dice, int n) {
        return RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.ZERO_TO_100, n, dice.between(1, 90)).pair();
    }

    /** A random vertex with an arc to another vertex (so it reaches one), or any vertex when there is none. */
    private static int sourceWithAnArcOut(Dice dice, Pair p) {
        java.util.List<Integer> tails = new java.util.ArrayList<>();
        for (int u = 0; u < p.n(); u++) {
            for (int a = p.csr().outStart(u); a < p.csr().outEnd(u); a++) {
                if (p.csr().target(a) != u) {
                    tails.add(u);
                    break;
                }
            }
        }
        return tails.isEmpty() ? dice.between(0, p.n() - 1) : dice.pick(tails);
    }

    private static ShortestPaths tampered(ShortestPaths from, int[] sources, java.util.function.IntToLongFunction distance,
                                          java.util.function.IntUnaryOperator pred) {
        int n = from.graph().vertexCount();
        long[] d = new long[n];
        int[] a = new int[n];
        for (int v = 0; v < n; v++) {
            d[v] = distance.applyAsLong(v);
            a[v] = pred.applyAsInt(v);
        }
        return new ShortestPaths(from.graph(), sources, from.encoding(), from.scope(), d, a, from.lastStep());
    }
}
