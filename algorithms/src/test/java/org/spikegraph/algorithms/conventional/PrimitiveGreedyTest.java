package org.spikegraph.algorithms.conventional;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.algorithms.mis.Colouring;
import org.spikegraph.algorithms.mis.IndependentSet;
import org.spikegraph.algorithms.mis.MisCompiler;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.validation.IndependentSetValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The greedy independent set and first-fit colouring on arrays: valid by definition, and identical to
 * the spiking circuits' answers (which MisProperties checks against sequential greedy code), since
 * both follow the same degree order.
 */
class PrimitiveGreedyTest {

    private static CsrGraph draw(Dice dice) {
        int n = dice.between(0, 60);
        int m = dice.between(0, dice.chance(0.3) ? 500 : 120);
        return RandomGraphs.multigraph(dice, dice.chance(0.5), RandomGraphs.Weights.NONE, n, m).csr();
    }

    @Seeded(200)
    void theIndependentSetIsMaximalAndTheCircuits(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        SimpleNeighbours s = SimpleNeighbours.of(g);
        boolean[] member = PrimitiveGreedy.independentSet(s, PrimitiveGreedy.degreeOrder(s, false));
        Validation v = IndependentSetValidator.validate(new IndependentSet(g, member));
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(member).isEqualTo(MisCompiler.independentSet(g).execute(new EventEngine(), seed).answer().member());
    }

    @Seeded(200)
    void theColouringIsProperAndTheCircuits(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        SimpleNeighbours s = SimpleNeighbours.of(g);
        int[] colour = PrimitiveGreedy.colouring(s, PrimitiveGreedy.degreeOrder(s, true));
        int colours = 0;
        for (int c : colour) {
            colours = Math.max(colours, c + 1);
        }
        Validation v = IndependentSetValidator.validate(new Colouring(g, colour, colours, colours));
        assertThat(v.agrees()).as("%s", v).isTrue();
        Colouring spiking = MisCompiler.colouring(g).execute(new EventEngine(), seed).answer();
        assertThat(colour).isEqualTo(spiking.colour());
    }

    @Seeded(100)
    void theDegreeOrderIsSortedWithTiesByIndex(long seed) {
        Dice dice = new Dice(seed);
        SimpleNeighbours s = SimpleNeighbours.of(draw(dice));
        boolean largestFirst = dice.chance(0.5);
        int[] order = PrimitiveGreedy.degreeOrder(s, largestFirst);
        assertThat(order).hasSize(s.vertexCount());
        assertThat(order.clone()).containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, s.vertexCount()).toArray());
        for (int i = 1; i < order.length; i++) {
            int a = order[i - 1];
            int b = order[i];
            int byDegree = largestFirst ? Integer.compare(s.degree()[b], s.degree()[a])
                    : Integer.compare(s.degree()[a], s.degree()[b]);
            assertThat(byDegree < 0 || byDegree == 0 && a < b).as("%d before %d", a, b).isTrue();
        }
    }

    @Test
    void aStarIsColouredCentreFirst() {
        CsrGraphBuilder b = new CsrGraphBuilder(false).vertexCount(4);
        b.addEdge(3, 0).addEdge(3, 1).addEdge(3, 2);
        SimpleNeighbours s = SimpleNeighbours.of(b.build());
        assertThat(PrimitiveGreedy.colouring(s, PrimitiveGreedy.degreeOrder(s, true))).containsExactly(1, 1, 1, 0);
        assertThat(PrimitiveGreedy.independentSet(s, PrimitiveGreedy.degreeOrder(s, false)))
                .containsExactly(true, true, true, false);
    }
}
