package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.spikegraph.algorithms.shortestpath.TestGraphs.Engines;
import org.spikegraph.algorithms.shortestpath.TestGraphs.Pair;
import org.spikegraph.algorithms.shortestpath.TestGraphs.Weights;
import org.spikegraph.algorithms.validation.HopBoundedValidator;
import org.spikegraph.algorithms.validation.ShortestPathValidator;
import org.spikegraph.algorithms.validation.Validation;

/**
 * The validators agree on correct answers and report mismatches on tampered ones (built with the
 * package-private constructors of {@link ShortestPaths} and {@link HopBoundedPaths}).
 */
class ValidatorsDetectWrongAnswersProperties {

    /** The answer for source t, passed off as the answer for source s: distances from the wrong source. */
    @Property(tries = 100)
    void anAnswerForAnotherSourceIsRejected(@ForAll long seed, @ForAll boolean directed, @ForAll boolean hops,
                                            @ForAll @IntRange(min = 2, max = 30) int n,
                                            @ForAll @IntRange(min = 1, max = 90) int m) {
        Pair p = TestGraphs.random(seed, directed, Weights.ZERO_TO_100, n, m);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr(),
                hops ? DelayEncoding.hops() : DelayEncoding.choose(p.csr(), null), PathReadout.HOST);
        Random rnd = new Random(seed);
        int s = rnd.nextInt(n);
        int t = rnd.nextInt(n);
        ShortestPaths right = TestGraphs.run(c.singleSource(s), Engines.EVENT, seed);
        ShortestPaths fromT = TestGraphs.run(c.singleSource(t), Engines.EVENT, seed);
        assertThat(ShortestPathValidator.validate(right).agrees()).isTrue();
        boolean same = true;
        for (int v = 0; v < n; v++) {
            same &= right.distance(v) == fromT.distance(v);
        }
        Assume.that(!same); // an answer that happens to be right must pass
        ShortestPaths wrong = tampered(fromT, new int[] {s}, fromT::distance, fromT::predecessorArc);
        Validation val = ShortestPathValidator.validate(wrong);
        assertThat(val.agrees()).isFalse();
        assertThat(val.mismatches()).isPositive();
        assertThat(val.examples()).isNotEmpty();
    }

    /** One distance off by one, or one path rerouted through a wrong arc: each is caught. */
    @Property(tries = 100)
    void oneWrongDistanceOrArcIsRejected(@ForAll long seed, @ForAll boolean directed,
                                         @ForAll @IntRange(min = 2, max = 30) int n,
                                         @ForAll @IntRange(min = 1, max = 90) int m) {
        Pair p = TestGraphs.random(seed, directed, Weights.ZERO_TO_100, n, m);
        ShortestPathCompiler c = new ShortestPathCompiler(p.csr());
        int s = new Random(seed).nextInt(n);
        ShortestPaths right = TestGraphs.run(c.singleSource(s), Engines.EVENT, seed);
        int victim = -1;
        for (int v = 0; v < n; v++) {
            if (v != s && right.reached(v)) {
                victim = v;
            }
        }
        Assume.that(victim >= 0);
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

    @Property(tries = 100)
    void hopBoundedValidatorRejectsWrongDistancesAndOverlongPaths(@ForAll long seed, @ForAll boolean directed,
                                                                   @ForAll @IntRange(min = 2, max = 30) int n,
                                                                   @ForAll @IntRange(min = 1, max = 90) int m,
                                                                   @ForAll @IntRange(min = 1, max = 5) int k) {
        Pair p = TestGraphs.random(seed, directed, Weights.ZERO_TO_100, n, m);
        int s = new Random(seed).nextInt(n);
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
        Assume.that(victim >= 0);
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

    private static ShortestPaths tampered(ShortestPaths from, int[] sources, java.util.function.IntToLongFunction distance,
                                          java.util.function.IntUnaryOperator pred) {
        int n = from.graph().vertexCount();
        long[] d = new long[n];
        int[] a = new int[n];
        for (int v = 0; v < n; v++) {
            d[v] = distance.applyAsLong(v);
            a[v] = pred.applyAsInt(v);
        }
        return new ShortestPaths(from.graph(), sources, from.encoding(), from.scope(), d, a);
    }
}
