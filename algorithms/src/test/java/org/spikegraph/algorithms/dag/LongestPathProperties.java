package org.spikegraph.algorithms.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.validation.LongestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * Longest paths on random DAGs (1..40 vertices, vertices in a random order, parallel arcs, lengths
 * 1..50 or unweighted) on both engines: distances equal an exact DP computed here; with a planted
 * cycle the reported cycle is a real cycle; the validator agrees.
 */
class LongestPathProperties {

    enum Engines {
        REFERENCE, EVENT;

        Engine create() {
            return this == REFERENCE ? new ReferenceEngine() : new EventEngine();
        }
    }

    /** Arcs (u, v, w) of a random DAG: u before v in a random permutation. */
    record Arcs(int n, List<int[]> arcs, int[] order, boolean weighted) {
        CsrGraph csr() {
            CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(n);
            if (weighted) {
                b.weighted();
            }
            for (int[] a : arcs) {
                if (weighted) {
                    b.addEdge(a[0], a[1], a[2]);
                } else {
                    b.addEdge(a[0], a[1]);
                }
            }
            return b.build();
        }

        /** Longest distances by DP along the permutation (valid while acyclic). */
        long[] dp() {
            long[] d = new long[n];
            for (int v : order) {
                for (int[] a : arcs) {
                    if (a[1] == v) {
                        d[v] = Math.max(d[v], d[a[0]] + (weighted ? a[2] : 1));
                    }
                }
            }
            return d;
        }
    }

    static Arcs randomDag(long seed, int n, int m, boolean weighted) {
        Random rnd = new Random(seed);
        List<Integer> perm = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            perm.add(v);
        }
        Collections.shuffle(perm, rnd);
        List<int[]> arcs = new ArrayList<>();
        for (int i = 0; i < m && n > 1; i++) {
            int x = rnd.nextInt(n - 1);
            int y = x + 1 + rnd.nextInt(n - 1 - x);
            int w = 1 + rnd.nextInt(50);
            arcs.add(new int[] {perm.get(x), perm.get(y), w});
            if (rnd.nextInt(5) == 0) {
                arcs.add(new int[] {perm.get(x), perm.get(y), 1 + rnd.nextInt(50)});
            }
        }
        return new Arcs(n, arcs, perm.stream().mapToInt(Integer::intValue).toArray(), weighted);
    }

    @Property(tries = 150)
    void dagLongestDistancesEqualTheDp(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n,
                                       @ForAll @IntRange(min = 0, max = 120) int m, @ForAll boolean weighted,
                                       @ForAll Engines engine) {
        Arcs g = randomDag(seed, n, m, weighted);
        LongestPaths lp = new LongestPathCompiler(g.csr()).circuit().run(engine.create(), seed).answer();
        assertThat(lp.acyclic()).isTrue();
        assertThat(lp.cycle()).isEmpty();
        long[] d = g.dp();
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

    @Property(tries = 150)
    void aPlantedCycleIsReportedAsARealCycle(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n,
                                             @ForAll @IntRange(min = 0, max = 100) int m,
                                             @ForAll @IntRange(min = 1, max = 6) int cycleLength,
                                             @ForAll boolean weighted, @ForAll Engines engine) {
        Arcs g = randomDag(seed, n, m, weighted);
        Random rnd = new Random(~seed);
        int k = Math.min(cycleLength, n);
        List<Integer> vs = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            vs.add(v);
        }
        Collections.shuffle(vs, rnd);
        for (int i = 0; i < k; i++) {
            g.arcs().add(new int[] {vs.get(i), vs.get((i + 1) % k), 1 + rnd.nextInt(50)});
        }
        CsrGraph csr = g.csr();
        LongestPaths lp = new LongestPathCompiler(csr).circuit().run(engine.create(), seed).answer();
        assertThat(lp.acyclic()).isFalse();
        assertThat(LongestPathValidator.isCycle(csr, lp.cycle())).as("cycle %s", java.util.Arrays.toString(lp.cycle())).isTrue();
        for (int i = 0; i < k; i++) {
            assertThat(lp.fired(vs.get(i))).as("planted cycle vertex %d", vs.get(i)).isFalse();
        }
        Validation v = LongestPathValidator.validate(lp);
        assertThat(v.agrees()).as("%s", v).isTrue();
    }

    @Property(tries = 60)
    void theValidatorCatchesAWrongDistance(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int n,
                                           @ForAll @IntRange(min = 1, max = 60) int m) {
        Arcs g = randomDag(seed, n, m, true);
        LongestPaths right = new LongestPathCompiler(g.csr()).circuit().run(new EventEngine(), seed).answer();
        long[] d = new long[n];
        int[] arcs = new int[n];
        for (int v = 0; v < n; v++) {
            d[v] = right.distance(v);
            arcs[v] = right.criticalArc(v);
        }
        d[new Random(seed).nextInt(n)] += 1;
        LongestPaths wrong = new LongestPaths(right.graph(), d, arcs, new int[0]);
        assertThat(LongestPathValidator.validate(wrong).agrees()).isFalse();
    }

    @Property(tries = 30)
    void nonIntegerOrZeroLengthsAreRefused(@ForAll boolean zero) {
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(2).weighted().addEdge(0, 1, zero ? 0 : 1.5).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LongestPathCompiler(g))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integer lengths >= 1");
    }
}
