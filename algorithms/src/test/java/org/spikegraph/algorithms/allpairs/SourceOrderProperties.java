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
 * The breadth-first source order and what runs in it: the order lists every vertex once, each after
 * a listed vertex with an arc to it unless it starts a new search from the lowest unlisted vertex;
 * arranging keeps every source as often as given; and on graphs of several batches of 64 the lanes
 * and the primitive MS-BFS, which both run their sources in that order, give every source its own
 * distances (against one BFS per source).
 */
class SourceOrderProperties {

    @Seeded(300)
    void breadthFirstListsEveryVertexOnceFromAListedPredecessorOrAsANewRoot(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(0, 200);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.NONE, n, dice.between(0, 3 * n)).csr();
        int[] order = SourceOrder.breadthFirst(g);
        assertThat(order).hasSize(n);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertThat(sorted[i]).as("vertex %d listed once", i).isEqualTo(i);
        }
        int lowestUnlisted = 0;
        boolean[] listed = new boolean[n];
        for (int i = 0; i < n; i++) {
            int v = order[i];
            boolean fromPredecessor = false;
            for (int u = 0; u < n && !fromPredecessor; u++) {
                if (listed[u]) {
                    for (int a = g.offsets()[u]; a < g.offsets()[u + 1]; a++) {
                        fromPredecessor |= g.targets()[a] == v;
                    }
                }
            }
            while (lowestUnlisted < n && listed[lowestUnlisted]) {
                lowestUnlisted++;
            }
            assertThat(fromPredecessor || v == lowestUnlisted)
                    .as("vertex %d at %d follows a listed predecessor or starts a search", v, i).isTrue();
            listed[v] = true;
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
    void severalBatchesInTheOrderGiveEachSourceItsOwnDistances(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(65, 300);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.NONE, n, dice.between(n / 2, 4 * n)).csr();
        int threads = dice.between(1, 3);
        DistanceSummary.Accumulator expected = new DistanceSummary.Accumulator(n);
        long[][] bfs = new long[n][];
        for (int s = 0; s < n; s++) {
            bfs[s] = PrimitiveBfs.hops(g, s);
            expected.add(s, bfs[s]);
        }
        DistanceSummary want = expected.finish();
        for (DistanceSummary got : new DistanceSummary[] {LaneDistances.hops(g, threads).summary(),
                PrimitiveMsBfs.summary(g, threads)}) {
            assertThat(got.farness()).containsExactly(want.farness());
            assertThat(got.reached()).containsExactly(want.reached());
            assertThat(got.eccentricity()).containsExactly(want.eccentricity());
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
