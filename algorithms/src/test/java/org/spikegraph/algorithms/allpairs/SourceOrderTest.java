package org.spikegraph.algorithms.allpairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.spikegraph.algorithms.conventional.PrimitiveBfs;
import org.spikegraph.algorithms.conventional.PrimitiveMsBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The source order of all-sources runs: a breadth-first permutation, arranging keeps every source
 * as often as given, streamed rows reach each source once per time given, and the summaries of the lanes
 * and of the multi-source BFS, which pack sources in that order over several batches, equal to the
 * summary folded from single-source BFS rows, on seeded random multigraphs of 65-300 vertices
 * (several batches, several components, directed and undirected).
 */
class SourceOrderTest {

    @Seeded(200)
    void isABreadthFirstPermutation(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 200);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.NONE, n, dice.between(0, 2 * n)).csr();
        int[] order = SourceOrder.breadthFirst(g);
        assertThat(order.clone()).as("a permutation").satisfies(o -> {
            Arrays.sort(o);
            for (int v = 0; v < n; v++) {
                assertThat(o[v]).isEqualTo(v);
            }
        });
        // each vertex is a neighbour (either direction) of a vertex before it, or a root: the lowest
        // vertex not yet ordered
        CsrGraph u = g.undirectedView();
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        for (int p = 0; p < n; p++) {
            int v = order[p];
            boolean hasEarlierNeighbour = false;
            for (int a = u.outStart(v); a < u.outEnd(v); a++) {
                hasEarlierNeighbour |= position[u.target(a)] < p;
            }
            if (!hasEarlierNeighbour) {
                for (int w = 0; w < v; w++) {
                    assertThat(position[w]).as("root %d at %d comes after every lower vertex, %d", v, p, w).isLessThan(p);
                }
            }
        }
    }

    @Seeded(60)
    void summariesInThisOrderEqualTheRowsFoldedPerSource(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(65, 300);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.NONE, n, dice.between(n / 2, 3 * n)).csr();
        int threads = dice.between(1, 3);
        DistanceSummary.Accumulator acc = new DistanceSummary.Accumulator(n);
        for (int s = 0; s < n; s++) {
            acc.add(s, PrimitiveBfs.hops(g, s));
        }
        DistanceSummary expected = acc.finish();
        for (DistanceSummary actual : new DistanceSummary[] {LaneDistances.hops(g, threads).summary(),
                PrimitiveMsBfs.summary(g, threads)}) {
            assertThat(actual.reached()).as("reached").containsExactly(expected.reached());
            assertThat(actual.farness()).as("farness").containsExactly(expected.farness());
            assertThat(actual.eccentricity()).as("eccentricities").containsExactly(expected.eccentricity());
            for (int v = 0; v < n; v++) {
                LaneDistancesProperties.assertSameHarmonic(actual.harmonicSum()[v], expected.harmonicSum()[v],
                        "harmonic sum of " + v);
            }
        }
    }

    @Seeded(200)
    void arrangingKeepsEverySourceAsOftenAsGivenInTheOrdersSequence(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 100);
        CsrGraph g = RandomGraphs.multigraph(dice, true, Weights.NONE, n, dice.between(0, 3 * n)).csr();
        int[] order = SourceOrder.breadthFirst(g);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[order[i]] = i;
        }
        int[] sources = new int[dice.between(0, 300)];
        for (int k = 0; k < sources.length; k++) {
            sources[k] = dice.between(0, n - 1);
        }
        int[] arranged = SourceOrder.arrange(sources, order);
        int[] a = arranged.clone();
        int[] b = sources.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        assertThat(a).as("the same sources, as often").containsExactly(b);
        for (int k = 1; k < arranged.length; k++) {
            assertThat(rank[arranged[k - 1]]).as("in the order's sequence at %d", k).isLessThanOrEqualTo(rank[arranged[k]]);
        }
    }

    @Seeded(60)
    void streamedSourcesArrangedInThisOrderGetTheirOwnRowsAsOftenAsGiven(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(65, 300);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.NONE, n, dice.between(n / 2, 4 * n)).csr();
        int threads = dice.between(1, 3);
        long[][] bfs = new long[n][];
        for (int s = 0; s < n; s++) {
            bfs[s] = PrimitiveBfs.hops(g, s);
        }
        int[] sources = new int[dice.between(0, 200)];
        for (int k = 0; k < sources.length; k++) {
            sources[k] = dice.between(0, n - 1);
        }
        Map<Integer, AtomicInteger> times = new ConcurrentHashMap<>();
        LaneDistances.hops(g, threads).forEachSource(sources, (s, d) -> {
            assertThat(d).as("distances from %d", s).containsExactly(bfs[s]);
            times.computeIfAbsent(s, x -> new AtomicInteger()).incrementAndGet();
        });
        PrimitiveMsBfs.forEachSource(g, sources, threads, (s, d) -> {
            assertThat(d).as("MS-BFS distances from %d", s).containsExactly(bfs[s]);
            times.computeIfAbsent(s, x -> new AtomicInteger()).incrementAndGet();
        });
        for (int s : sources) {
            times.get(s).decrementAndGet();
            times.get(s).decrementAndGet();
        }
        times.forEach((s, c) -> assertThat(c.get()).as("source %d streamed as often as given, by both", s).isZero());
    }
}
