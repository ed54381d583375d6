package org.spikegraph.algorithms.randomwalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.SpikeRaster;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;

/**
 * The spiking random walk against the exact distribution &mu;P^t (matrix powers in double), walker
 * conservation through queues, absorbing vertices, and reproducibility across engines.
 *
 * <p>Statistical checks: every (t, v) must satisfy |p&#x0302; &minus; p| &le; &epsilon; + q(t), with &epsilon; Hoeffding's
 * half-width for &delta; = 10^-6 and q(t) the compiler's bound on the 16-bit rounding of fire chances. If
 * the draws were truly random, each comparison would fail with probability at most 10^-6, so all
 * (t, v) of a graph (at most 48) with probability at most 4.8 &middot; 10^-5. Seeds are fixed, so the
 * tests are deterministic.
 */
class RandomWalkCircuitTest {

    private static final double DELTA = 1e-6;
    private static final Engine[] ENGINES = {new ReferenceEngine(), new EventEngine()};

    /** 0 -> 1 -> 2 -> 3 -> 4 -> 0 with the chord 0 -> 2, unweighted. */
    static CsrGraph cycleWithChord() {
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(5);
        for (int v = 0; v < 5; v++) {
            b.addArc(v, (v + 1) % 5);
        }
        b.addArc(0, 2);
        return b.build();
    }

    /**
     * Centre 0 -> leaves 1..4 with weights 0.5, 1.5, 3, 5; leaves 1..3 are absorbing, leaf 4 returns to
     * the centre (weight 1) or stays (self-loop, weight 2).
     */
    static CsrGraph weightedStar() {
        return new CsrGraphBuilder(true).vertexCount(5).weighted()
                .addArc(0, 1, 0.5).addArc(0, 2, 1.5).addArc(0, 3, 3).addArc(0, 4, 5)
                .addArc(4, 0, 1).addArc(4, 4, 2)
                .build();
    }

    /** 8 vertices, 20 random arcs with real weights (self-loops and parallel arcs allowed); vertex 7 absorbing. */
    static CsrGraph randomGraph(long seed) {
        return RandomGraphs.walkGraph(new Dice(seed), 8, 20, 1).csr();
    }

    /** The exact transition matrix: P[u][v] = (weight of arcs u -> v) / (weight out of u); P[u][u] = 1 when absorbing. */
    static double[][] transitions(CsrGraph g) {
        int n = g.vertexCount();
        double[][] p = new double[n][n];
        for (int u = 0; u < n; u++) {
            double total = 0;
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                total += g.weight(a);
            }
            if (total == 0) {
                p[u][u] = 1;
                continue;
            }
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                p[u][g.target(a)] += g.weight(a) / total;
            }
        }
        return p;
    }

    /** &mu;P^t for t = 0..steps. */
    static double[][] exact(double[][] p, int[] initial, int steps) {
        int n = initial.length;
        double total = 0;
        for (int c : initial) {
            total += c;
        }
        double[][] mu = new double[steps + 1][n];
        for (int v = 0; v < n; v++) {
            mu[0][v] = initial[v] / total;
        }
        for (int t = 0; t < steps; t++) {
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    mu[t + 1][v] += mu[t][u] * p[u][v];
                }
            }
        }
        return mu;
    }

    /** Runs the walk on every engine and checks every (t, v) against &mu;P^t; returns the reference answer. */
    private static VisitCounts checkAgainstExact(CsrGraph g, int[] initial, int steps, long seed) {
        RandomWalkCompiler compiler = new RandomWalkCompiler(g);
        Circuit<VisitCounts> circuit = compiler.walks(initial, steps);
        double[][] mu = exact(transitions(g), initial, steps);
        VisitCounts first = null;
        for (Engine engine : ENGINES) {
            VisitCounts c = circuit.run(engine, seed).answer();
            double eps = c.halfWidth(DELTA);
            for (int t = 0; t <= steps; t++) {
                double bound = eps + compiler.quantizationBound(t);
                for (int v = 0; v < g.vertexCount(); v++) {
                    assertThat(Math.abs(c.probability(t, v) - mu[t][v]))
                            .as("%s: |p^ - p| at t = %d, v = %d (p^ = %f, p = %f)", engine.name(), t, v, c.probability(t, v), mu[t][v])
                            .isLessThanOrEqualTo(bound);
                }
            }
            if (first == null) {
                first = c;
            } else {
                assertThat(c).as("same seed, same counts on %s", engine.name()).isEqualTo(first);
            }
        }
        return first;
    }

    private static int[] at(int n, int v, int walkers) {
        int[] initial = new int[n];
        initial[v] = walkers;
        return initial;
    }

    @Test
    void cycleWithChordMatchesMatrixPowers() {
        VisitCounts c = checkAgainstExact(cycleWithChord(), at(5, 0, 20_000), 8, 11);
        assertThat(c.walkers()).isEqualTo(20_000);
        assertThat(c.halfWidth(DELTA)).isCloseTo(Math.sqrt(Math.log(2 / DELTA) / 40_000), offset(1e-12));
    }

    @Test
    void weightedStarMatchesMatrixPowers() {
        VisitCounts c = checkAgainstExact(weightedStar(), at(5, 0, 20_000), 5, 12);
        for (int v = 1; v <= 3; v++) {
            assertThat(c.absorbing(v)).isTrue();
        }
        assertThat(c.absorbing(0)).isFalse();
        assertThat(c.absorbing(4)).isFalse();
    }

    @Test
    void randomGraphsMatchMatrixPowers() {
        for (long seed = 1; seed <= 2; seed++) {
            CsrGraph g = randomGraph(seed);
            int[] initial = {4_000, 0, 3_000, 0, 5_000, 0, 0, 1_000};
            checkAgainstExact(g, initial, 5, 100 + seed);
        }
    }

    @Test
    void theCheckRejectsTheWrongWalk() {
        // The weighted star walked as if it were unweighted: the bound must catch it at t = 1.
        CsrGraph g = weightedStar();
        VisitCounts c = new RandomWalkCompiler(g).walks(0, 20_000, 1).run(new EventEngine(), 12).answer();
        double[][] uniform = exact(transitions(new CsrGraphBuilder(true).vertexCount(5)
                .addArc(0, 1).addArc(0, 2).addArc(0, 3).addArc(0, 4).addArc(4, 0).addArc(4, 4).build()), at(5, 0, 1), 1);
        double worst = 0;
        for (int v = 0; v < 5; v++) {
            worst = Math.max(worst, Math.abs(c.probability(1, v) - uniform[1][v]));
        }
        assertThat(worst).isGreaterThan(10 * c.halfWidth(DELTA));
    }

    @Test
    void sameSeedSameCountsOnBothEnginesAndTheSeedMatters() {
        for (CsrGraph g : new CsrGraph[] {cycleWithChord(), weightedStar(), randomGraph(3)}) {
            Circuit<VisitCounts> circuit = new RandomWalkCompiler(g).walks(0, 2_000, 6);
            for (long seed : new long[] {1, 2, 3}) {
                Outcome<VisitCounts> ref = circuit.run(new ReferenceEngine(), seed);
                Outcome<VisitCounts> ev = circuit.run(new EventEngine(), seed);
                assertThat(ev.run().spikeCounts()).isEqualTo(ref.run().spikeCounts());
                assertThat(ev.run().stepsSpanned()).isEqualTo(ref.run().stepsSpanned());
                assertThat(ev.answer()).isEqualTo(ref.answer());
                assertThat(circuit.run(new ReferenceEngine(), seed).answer()).isEqualTo(ref.answer());
            }
            assertThat(circuit.run(new EventEngine(), 1).answer()).isNotEqualTo(circuit.run(new EventEngine(), 2).answer());
        }
    }

    /**
     * Walkers from two vertices meet at vertex 2 in the same steps. Cut the run at many steps: for
     * every entry neuron, walkers delivered by then (from the raster and the synapses) = walkers it
     * released (spikes) + walkers still queued (its potential). The queue really holds several.
     */
    @Test
    void meetingWalkersAreQueuedNeverLost() {
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(4)
                .addArc(0, 2).addArc(1, 2).addArc(2, 3).addArc(2, 0).addArc(3, 1).addArc(3, 2).build();
        RandomWalkCompiler compiler = new RandomWalkCompiler(g);
        int steps = 4;
        int[] initial = {60, 40, 0, 0};
        Circuit<VisitCounts> circuit = compiler.walks(initial, steps);
        Network network = circuit.network();
        RandomWalkCompiler.Walkers layout = compiler.compose(steps, 100);
        boolean[] isEntry = new boolean[network.neuronCount()];
        for (int t = 0; t <= steps; t++) {
            for (int v = 0; v < 4; v++) {
                isEntry[layout.entry()[t].id(v)] = true;
            }
        }
        long complete = circuit.run(new ReferenceEngine(), 5).run().stepsSpanned();
        int maxQueued = 0;
        for (Engine engine : ENGINES) {
            for (long cut = 1; cut <= complete; cut += 3) {
                Run run = engine.run(network, circuit.stimulus(), StopCondition.afterSteps(cut),
                        Recording.none().withSpikeCounts().withRaster(), 5);
                long last = run.stepsSpanned() - 1;
                long[] delivered = new long[network.neuronCount()];
                Stimulus s = circuit.stimulus();
                for (int k = 0; k < s.size(); k++) {
                    delivered[s.neuron(k)] += s.current(k);
                }
                SpikeRaster raster = run.raster();
                for (int k = 0; k < raster.size(); k++) {
                    int src = raster.neuron(k);
                    for (int j = network.outStart(src); j < network.outEnd(src); j++) {
                        int dst = network.target(j);
                        if (isEntry[dst] && raster.step(k) + network.delay(j) <= last) {
                            assertThat(network.weight(j)).isEqualTo(1);
                            delivered[dst]++;
                        }
                    }
                }
                for (int x = 0; x < network.neuronCount(); x++) {
                    if (isEntry[x]) {
                        int queued = run.finalPotentials()[x];
                        assertThat(delivered[x]).as("cut %d, entry %d: in = out + queued", cut, x)
                                .isEqualTo(run.spikeCounts()[x] + (long) queued);
                        maxQueued = Math.max(maxQueued, queued);
                    }
                }
            }
        }
        assertThat(maxQueued).as("some entry held several walkers at once").isGreaterThanOrEqualTo(2);
        VisitCounts c = circuit.run(new EventEngine(), 5).answer();
        for (int t = 0; t <= steps; t++) {
            long sum = 0;
            for (int v = 0; v < 4; v++) {
                sum += c.count(t, v);
            }
            assertThat(sum).as("walkers after %d steps", t).isEqualTo(100);
        }
        assertThat(c.count(1, 2)).isEqualTo(100); // every walker from 0 and 1 went to 2
    }

    @Test
    void absorbingVerticesKeepTheirWalkers() {
        // 0 -> {1, 2}, 1 -> 0, 2 has only a weight-0 arc (absorbing), 3 has no arc at all (absorbing).
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(4).weighted()
                .addArc(0, 1, 1).addArc(0, 2, 1).addArc(0, 3, 1).addArc(1, 0, 1).addArc(2, 0, 0).build();
        RandomWalkCompiler compiler = new RandomWalkCompiler(g);
        assertThat(compiler.absorbing(2)).isTrue();
        assertThat(compiler.absorbing(3)).isTrue();
        int steps = 6;
        for (Engine engine : ENGINES) {
            // walkers that start at an absorbing vertex never move
            VisitCounts still = compiler.walks(2, 500, steps).run(engine, 9).answer();
            for (int t = 0; t <= steps; t++) {
                assertThat(still.count(t, 2)).isEqualTo(500);
                assertThat(still.arrivals(t, 2)).isEqualTo(t == 0 ? 500 : 0);
            }
            assertThat(still.visits(2)).isEqualTo(500);
            assertThat(still.visits(0) + still.visits(1) + still.visits(3)).isZero();

            // walkers absorbed on the way stay absorbed: counts at absorbing vertices never go down
            VisitCounts c = compiler.walks(new int[] {900, 0, 100, 0}, steps).run(engine, 9).answer();
            for (int t = 1; t <= steps; t++) {
                assertThat(c.count(t, 2)).isGreaterThanOrEqualTo(c.count(t - 1, 2));
                assertThat(c.count(t, 3)).isGreaterThanOrEqualTo(c.count(t - 1, 3));
                assertThat(c.count(t, 2) - c.count(t - 1, 2)).isEqualTo(c.arrivals(t, 2));
            }
            assertThat(c.absorbed(2)).isEqualTo(c.finalCount(2));
            assertThat(c.absorbed(3)).isEqualTo(c.finalCount(3));
            assertThat(c.absorbed(0)).isZero();
            assertThat(c.finalCount(0) + c.finalCount(1) + c.finalCount(2) + c.finalCount(3)).isEqualTo(1000);
            assertThat(c.visits(0)).isEqualTo(c.arrivals(0, 0) + c.arrivals(2, 0) + c.arrivals(4, 0) + c.arrivals(6, 0));
        }
    }

    @Test
    void timingIsDStepsPerGraphStepWithoutQueues() {
        // One walker never waits: it enters layer t's entry at exactly t * D.
        CsrGraph g = cycleWithChord();
        assertThat(new RandomWalkCompiler(g).stepsPerGraphStep()).isEqualTo(3); // max out-degree 2: one tree stage, 2 * 1 + 1
        checkTiming(g, 3);
        // Vertex 0 with four out-arcs: a tree two stages deep, exits 2..6 steps after the entry, padded to D = 5.
        CsrGraph deep = new CsrGraphBuilder(true).vertexCount(5).addArc(0, 1).addArc(0, 2).addArc(0, 3).addArc(0, 4)
                .addArc(1, 0).addArc(2, 0).addArc(3, 4).addArc(4, 0).addArc(4, 2).build();
        assertThat(new RandomWalkCompiler(deep).stepsPerGraphStep()).isEqualTo(5);
        checkTiming(deep, 5);
    }

    /** Over several seeds (so several tree exits are taken), the lone walker enters layer t at t * d. */
    private static void checkTiming(CsrGraph g, int d) {
        RandomWalkCompiler compiler = new RandomWalkCompiler(g);
        int steps = 6;
        Circuit<VisitCounts> circuit = compiler.walks(0, 1, steps).recording(Recording.firstSpikeTimes());
        RandomWalkCompiler.Walkers layout = compiler.compose(steps, 1);
        for (long seed = 1; seed <= 8; seed++) {
            Outcome<VisitCounts> o = circuit.run(new ReferenceEngine(), seed);
            for (int t = 0; t <= steps; t++) {
                int at = -1;
                for (int v = 0; v < g.vertexCount(); v++) {
                    if (o.answer().arrivals(t, v) == 1) {
                        at = v;
                    }
                }
                assertThat(at).as("the walker's vertex at t = %d", t).isNotNegative();
                assertThat(o.run().firstSpike(layout.entry()[t].id(at))).isEqualTo((long) d * t);
            }
        }
    }

    @Test
    void fireChancesRoundToTheNearest16BitUnit() {
        assertThat(RandomWalkCompiler.fireChance(1, 3)).isEqualTo(21_845); // 65536 / 3 = 21845.33
        assertThat(RandomWalkCompiler.fireChance(2, 3)).isEqualTo(43_691); // 43690.67
        assertThat(RandomWalkCompiler.fireChance(5, 5)).isEqualTo(NeuronType.ALWAYS);
        assertThat(RandomWalkCompiler.fireChance(1e-9, 1)).isZero();
        for (double[] wr : new double[][] {{1, 3}, {2, 3}, {0.5, 10}, {3, 7}, {1e-6, 1}}) {
            double exact = wr[0] / wr[1];
            assertThat(Math.abs(RandomWalkCompiler.fireChance(wr[0], wr[1]) / 65536.0 - exact)).isLessThanOrEqualTo(Math.scalb(1.0, -17));
        }
        // The star's trees: centre 0 splits {0.5, 1.5 | 3, 5} at 2/10 (13107.2 -> 13107, off by 0.2 units),
        // then 0.5/2 and 3/8 exactly; vertex 4 splits {1 | 2} at 1/3 (21845.33 -> 21845, off by 1/3 unit).
        // The worst path is vertex 4's: 1/3 unit per graph step.
        double unit = Math.scalb(1.0, -16);
        assertThat(new RandomWalkCompiler(weightedStar()).quantizationBound(3)).isCloseTo(3 * unit / 3, offset(1e-15));
        assertThat(new RandomWalkCompiler(weightedStar()).quantizationBound(0)).isZero();
        assertThat(new RandomWalkCompiler(cycleWithChord()).quantizationBound(5)).isZero(); // 1/2 is exact
    }

    @Test
    void badInputsAreRejected() {
        CsrGraph neg = new CsrGraphBuilder(true).vertexCount(2).weighted().addArc(0, 1, -1).build();
        assertThatThrownBy(() -> new RandomWalkCompiler(neg)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight");
        RandomWalkCompiler c = new RandomWalkCompiler(cycleWithChord());
        assertThatThrownBy(() -> c.walks(5, 10, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.walks(0, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.walks(0, 10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Confidence.hoeffding(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
