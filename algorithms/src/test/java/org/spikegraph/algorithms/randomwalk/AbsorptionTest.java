package org.spikegraph.algorithms.randomwalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.testing.Dice;

/**
 * Absorption (hitting) probabilities of the spiking walk against an exact linear solve.
 *
 * <p>For absorbing targets A and the other vertices U, the probability h_a(u) that a walker from u
 * is absorbed at a solves (I &minus; Q) h_a = r_a, Q = P restricted to U, r_a(u) = P[u][a] (Gaussian
 * elimination below). The circuit walks T steps, so it estimates the probability of absorption at a
 * <em>within</em> T steps, which is below h_a(u) by at most the probability of not being absorbed
 * by T (computed exactly by matrix powers). Each check: |p&#x0302; &minus; h| &le; &epsilon; + q(T) + tail(T),
 * &epsilon; Hoeffding's half-width for &delta; = 10^-6, q the rounding bound; fixed seeds.
 */
class AbsorptionTest {

    private static final double DELTA = 1e-6;
    private static final Engine[] ENGINES = {new ReferenceEngine(), new EventEngine()};

    /** Gambler's ruin on 0..6: right with weight 2, left with weight 3; 0 and 6 have no out-arc. */
    static CsrGraph gamblersRuin() {
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(7).weighted();
        for (int u = 1; u <= 5; u++) {
            b.addArc(u, u + 1, 2).addArc(u, u - 1, 3);
        }
        return b.build();
    }

    /**
     * 12 vertices, 42 random weighted arcs among 0..11 (self-loops, parallel arcs, vertex 0 of
     * out-degree about 10 so routing trees are several stages deep); every vertex also has an arc to 10
     * or 11, which the test makes absorbing, so absorption happens with probability 1.
     */
    static CsrGraph randomGraph(long seed) {
        return RandomGraphs.absorbingWalkGraph(new Dice(seed), 12, 42, 2).csr();
    }

    @Test
    void gamblersRuinMatchesTheLinearSolveAndTheClosedForm() {
        CsrGraph g = gamblersRuin();
        double[][] h = absorption(RandomWalkCircuitTest.transitions(g), new int[] {0, 6});
        double r = 3.0 / 2; // q / p
        assertThat(h[1][3]).as("linear solve vs closed form").isCloseTo((1 - Math.pow(r, 3)) / (1 - Math.pow(r, 6)), offset(1e-12));
        check(g, new int[] {0, 6}, 3, 20_000, 60, 11);
    }

    @Test
    void randomGraphsMatchTheLinearSolve() {
        for (long seed = 1; seed <= 3; seed++) {
            check(randomGraph(seed), new int[] {10, 11}, 0, 20_000, 40, seed);
        }
    }

    @Test
    void hittingASetIsTheSumOfItsAbsorptions() {
        CsrGraph g = randomGraph(4);
        int[] targets = {10, 11};
        VisitCounts c = new RandomWalkCompiler(g).absorbingAt(targets).walks(0, 5_000, 40).run(new EventEngine(), 9).answer();
        assertThat(c.hitting(targets)).isEqualTo((c.absorbed(10) + c.absorbed(11)) / 5_000.0);
        assertThat(c.hitting(10, 10)).as("a target named twice counts once").isEqualTo(c.hitting(10));
        assertThat(c.hitting(targets)).isGreaterThan(0.99); // tail(40) < 1e-3 for this graph, see check()
        assertThatThrownBy(() -> c.hitting(3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an absorbing");
        assertThatThrownBy(() -> new RandomWalkCompiler(g).absorbingAt(12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCheckRejectsTheWrongAbsorption() {
        // The same check against a graph whose left weight was changed must fail: it can tell.
        CsrGraph g = gamblersRuin();
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(7).weighted();
        for (int u = 1; u <= 5; u++) {
            b.addArc(u, u + 1, 2).addArc(u, u - 1, 2.5);
        }
        double[][] wrong = absorption(RandomWalkCircuitTest.transitions(b.build()), new int[] {0, 6});
        VisitCounts c = new RandomWalkCompiler(g).walks(3, 20_000, 60).run(new EventEngine(), 11).answer();
        assertThat(Math.abs(c.hitting(6) - wrong[1][3])).isGreaterThan(Confidence.hoeffding(20_000, DELTA) + 0.01);
    }

    /** Runs N walkers from start for T steps on both engines and checks every target's absorption. */
    private static void check(CsrGraph g, int[] targets, int start, int walkers, int steps, long seed) {
        double[][] p = RandomWalkCircuitTest.transitions(withAbsorbing(g, targets));
        double[][] h = absorption(p, targets);
        int[] initial = new int[g.vertexCount()];
        initial[start] = walkers;
        double[] mu = RandomWalkCircuitTest.exact(p, initial, steps)[steps];
        double tail = 1;
        for (int a : targets) {
            tail -= mu[a];
        }
        assertThat(tail).as("probability of not being absorbed within T").isLessThan(1e-3);
        RandomWalkCompiler compiler = new RandomWalkCompiler(g).absorbingAt(targets);
        VisitCounts first = null;
        for (Engine engine : ENGINES) {
            VisitCounts c = compiler.walks(start, walkers, steps).run(engine, seed).answer();
            double bound = c.halfWidth(DELTA) + compiler.quantizationBound(steps) + tail;
            for (int i = 0; i < targets.length; i++) {
                assertThat(Math.abs(c.hitting(targets[i]) - h[i][start]))
                        .as("%s: absorption at %d from %d (p^ = %f, exact %f)", engine.name(), targets[i], start,
                                c.hitting(targets[i]), h[i][start])
                        .isLessThanOrEqualTo(bound);
            }
            if (first != null) {
                assertThat(c).isEqualTo(first);
            }
            first = c;
        }
    }

    /** The graph with every out-arc of the targets removed. */
    private static CsrGraph withAbsorbing(CsrGraph g, int[] targets) {
        boolean[] target = new boolean[g.vertexCount()];
        for (int t : targets) {
            target[t] = true;
        }
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(g.vertexCount()).weighted();
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u) && !target[u]; a++) {
                b.addArc(u, g.target(a), g.weight(a));
            }
        }
        return b.build();
    }

    /**
     * h[i][u]: the probability of absorption at targets[i] from u, by solving (I &minus; Q) h = r with
     * Gaussian elimination and partial pivoting; h[i][targets[i]] = 1.
     */
    static double[][] absorption(double[][] p, int[] targets) {
        int n = p.length;
        boolean[] target = new boolean[n];
        for (int t : targets) {
            target[t] = true;
        }
        int[] index = new int[n];
        int m = 0;
        for (int u = 0; u < n; u++) {
            index[u] = target[u] ? -1 : m++;
        }
        double[][] a = new double[m][m + targets.length];
        for (int u = 0; u < n; u++) {
            if (target[u]) {
                continue;
            }
            int row = index[u];
            a[row][row] += 1;
            for (int v = 0; v < n; v++) {
                if (!target[v]) {
                    a[row][index[v]] -= p[u][v];
                }
            }
            for (int i = 0; i < targets.length; i++) {
                a[row][m + i] = p[u][targets[i]];
            }
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            assertThat(Math.abs(a[col][col])).as("absorption must happen with probability 1").isGreaterThan(1e-12);
            for (int r = 0; r < m; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c < a[r].length; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[][] h = new double[targets.length][n];
        for (int i = 0; i < targets.length; i++) {
            for (int u = 0; u < n; u++) {
                h[i][u] = target[u] ? (u == targets[i] ? 1 : 0) : a[index[u]][m + i] / a[index[u]][index[u]];
            }
        }
        return h;
    }
}
