package org.spikegraph.bench.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.circuit.CircuitRunner;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * {@link AllSourcesProgram} hands a fold that {@linkplain AllSourcesProgram.Rows#takesCounts takes
 * counts} each source's vertices per distance on the lane engine exactly where a step is a unit of
 * distance (hop counts, weights all 1), and rows everywhere else; the counts are those of the row
 * of the same source run one at a time.
 */
class AllSourcesCountsTest {

    /** Records what it was handed, per source. */
    private static final class Recorder implements AllSourcesProgram.Rows<Recorder> {
        final AtomicInteger rows = new AtomicInteger();
        final AtomicInteger counts = new AtomicInteger();
        final AtomicReferenceArray<long[]> atDistance;
        final boolean takes;

        Recorder(int n, boolean takes) {
            atDistance = new AtomicReferenceArray<>(n);
            this.takes = takes;
        }

        @Override
        public void add(int source, long[] d) {
            rows.incrementAndGet();
            atDistance.set(source, histogram(d));
        }

        @Override
        public boolean takesCounts() {
            return takes;
        }

        @Override
        public void addCounts(int source, long[] c) {
            counts.incrementAndGet();
            atDistance.set(source, c.clone());
        }

        @Override
        public Recorder finish() {
            return this;
        }
    }

    /** Vertices per distance of a row (unreached, -1, not counted), trimmed after the largest distance. */
    private static long[] histogram(long[] d) {
        long max = -1;
        for (long x : d) {
            max = Math.max(max, x);
        }
        long[] h = new long[(int) max + 1];
        for (long x : d) {
            if (x >= 0) {
                h[(int) x]++;
            }
        }
        return h;
    }

    @Seeded(150)
    void countsWhereStepsAreDistancesRowsElsewhere(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 150); // up to three batches of 64
        Weights weights = dice.pick(Weights.NONE, Weights.ZERO_TO_100, Weights.LENGTHS); // small distances
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), weights, n, dice.between(0, 3 * n)).csr();
        DelayEncoding encoding = dice.chance(0.5) ? DelayEncoding.hops() : DelayEncoding.choose(g, null);
        int threads = dice.between(1, 3);
        boolean takes = dice.chance(0.8);

        Recorder lanes = new Recorder(n, takes);
        AllSourcesProgram.of("t", g, encoding, () -> lanes, threads).execute(new EventEngine(), seed);
        Recorder single = new Recorder(n, false);
        AllSourcesProgram.of("t", g, encoding, () -> single, 1).execute(CircuitRunner.on(new EventEngine(), seed));

        boolean steps = encoding.kind() == DelayEncoding.Kind.HOPS || !g.weighted();
        assertThat(LaneDistances.stepsAreDistances(
                new ShortestPathCompiler(g, encoding, PathReadout.HOST).network(), encoding))
                .as("steps are distances for %s on a %s graph", encoding, weights).isEqualTo(steps || allOnes(g));
        boolean countsExpected = takes && (steps || allOnes(g));
        assertThat(lanes.counts.get()).isEqualTo(countsExpected ? n : 0);
        assertThat(lanes.rows.get()).isEqualTo(countsExpected ? 0 : n);
        for (int s = 0; s < n; s++) {
            long[] got = lanes.atDistance.get(s);
            long[] expected = single.atDistance.get(s);
            assertThat(Arrays.equals(got, expected)).as("vertices per distance from %d: %s, one at a time %s",
                    s, Arrays.toString(got), Arrays.toString(expected)).isTrue();
        }
    }

    /** Whether every arc but a self-loop (the wavefront has no synapse for one) weighs 1. */
    private static boolean allOnes(CsrGraph g) {
        for (int a = 0; a < g.arcCount(); a++) {
            if (g.tail(a) != g.target(a) && g.weight(a) != 1) {
                return false;
            }
        }
        return true;
    }
}
