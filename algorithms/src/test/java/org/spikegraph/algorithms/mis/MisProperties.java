package org.spikegraph.algorithms.mis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.algorithms.testing.Engines;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.validation.IndependentSetValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** Spiking maximal independent sets and colourings on random multigraphs, on both engines. */
class MisProperties {

    private static CsrGraph draw(Dice dice) {
        int n = dice.between(0, 40);
        int m = dice.between(0, dice.chance(0.3) ? 300 : 90);
        return RandomGraphs.multigraph(dice, dice.chance(0.5), RandomGraphs.Weights.NONE, n, m).csr();
    }

    @Seeded(300)
    void theSetIsIndependentMaximalAndTheGreedySetOfThePriorityOrder(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        IndependentSet set = MisCompiler.independentSet(g).execute(dice.pick(Engines.values()).create(), seed).answer();
        Validation v = IndependentSetValidator.validate(set);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isEqualTo(g.vertexCount());
        assertThat(set.member()).isEqualTo(sequentialGreedy(g));
    }

    @Seeded(300)
    void theColouringIsProperWelshPowellWithAtMostMaxDegreePlusOneColours(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        Colouring c = MisCompiler.colouring(g).execute(dice.pick(Engines.values()).create(), seed).answer();
        Validation v = IndependentSetValidator.validate(c);
        assertThat(v.agrees()).as("%s", v).isTrue();
        int maxDegree = SimpleNeighbours.of(g).maxDegree();
        assertThat(c.colours()).isLessThanOrEqualTo(g.vertexCount() == 0 ? 0 : maxDegree + 1);
        assertThat(c.colour()).isEqualTo(firstFitLargestDegreeFirst(g));
        // each class is maximal among the vertices left: a vertex of colour c has a neighbour of every colour below c
        SimpleNeighbours s = SimpleNeighbours.of(g);
        boolean[][] seen = new boolean[g.vertexCount()][c.colours() + 1];
        for (int k = 0; k < s.from().length; k++) {
            seen[s.from()[k]][c.colour()[s.to()[k]]] = true;
        }
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int below = 0; below < c.colour()[u]; below++) {
                assertThat(seen[u][below]).as("vertex %d of colour %d lacks colour %d around it", u, c.colour()[u], below).isTrue();
            }
        }
    }

    @Seeded(100)
    void theValidatorCatchesADependentSetAndABadColouring(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        SimpleNeighbours s = SimpleNeighbours.of(g);
        org.junit.jupiter.api.Assumptions.assumeTrue(s.from().length > 0);
        int k = dice.between(0, s.from().length - 1);
        IndependentSet set = MisCompiler.independentSet(g).execute(Engines.EVENT.create(), seed).answer();
        boolean[] both = set.member().clone();
        both[s.from()[k]] = true;
        both[s.to()[k]] = true;
        assertThat(IndependentSetValidator.validate(new IndependentSet(g, both)).agrees()).isFalse();
        Colouring c = MisCompiler.colouring(g).execute(Engines.EVENT.create(), seed).answer();
        int[] same = c.colour().clone();
        same[s.to()[k]] = same[s.from()[k]];
        assertThat(IndependentSetValidator.validate(new Colouring(g, same, c.colours(), c.runs())).agrees()).isFalse();
    }

    /** Welsh-Powell: first-fit colouring in order of decreasing degree (ties: smaller index), computed sequentially. */
    private static int[] firstFitLargestDegreeFirst(CsrGraph g) {
        SimpleNeighbours s = SimpleNeighbours.of(g);
        int n = g.vertexCount();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer v) -> -s.degree()[v]).thenComparingInt(v -> v));
        int[] colour = new int[n];
        Arrays.fill(colour, -1);
        for (int v : order) {
            java.util.Set<Integer> used = new java.util.HashSet<>();
            for (int k = 0; k < s.from().length; k++) {
                if (s.from()[k] == v && colour[s.to()[k]] >= 0) {
                    used.add(colour[s.to()[k]]);
                }
            }
            int c = 0;
            while (used.contains(c)) {
                c++;
            }
            colour[v] = c;
        }
        return colour;
    }

    /** The greedy independent set of the compiler's order (degree, then index), computed sequentially. */
    private static boolean[] sequentialGreedy(CsrGraph g) {
        SimpleNeighbours s = SimpleNeighbours.of(g);
        int n = g.vertexCount();
        boolean[] member = new boolean[n];
        boolean[] blocked = new boolean[n];
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer v) -> s.degree()[v]).thenComparingInt(v -> v));
        int[] start = new int[n + 1];
        for (int f : s.from()) {
            start[f + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        for (int v : order) {
            if (!blocked[v]) {
                member[v] = true;
                for (int k = start[v]; k < start[v + 1]; k++) {
                    blocked[s.to()[k]] = true;
                }
            }
        }
        return member;
    }
}
