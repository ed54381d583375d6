package org.spikegraph.algorithms.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs.Dag;
import org.spikegraph.algorithms.testing.RandomGraphs.EdgeList;
import org.spikegraph.algorithms.testing.RandomGraphs.Planted;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** The shared generators: both copies of a drawn graph hold the same arcs, a seed rebuilds its graph, DAGs are acyclic. */
class RandomGraphsTest {

    @Seeded(200)
    void csrAndJGraphTCopiesHoldTheSameArcs(long seed) {
        Dice dice = new Dice(seed);
        EdgeList list = RandomGraphs.multigraph(dice, dice.chance(0.5), dice.pick(Weights.values()),
                dice.between(0, 30), dice.between(0, 90));
        CsrGraph csr = list.csr();
        assertThat(csr.vertexCount()).isEqualTo(list.n());
        assertThat(csr.directed()).isEqualTo(list.directed());
        assertThat(csr.weighted()).isEqualTo(list.weighted());
        assertThat(arcs(csr)).isEqualTo(arcs(list.jgrapht(), list.directed()));
        assertThat(list.undirectedJGraphT().edgeSet()).hasSize(list.m());
        assertThat(list.named().edgeSet()).hasSize(list.m());
        assertThat(list.namedUnweighted().vertexSet()).hasSize(list.n());
        Graph<Integer, DefaultWeightedEdge> simple = list.simpleJGraphT();
        double total = simple.edgeSet().stream().mapToDouble(simple::getEdgeWeight).sum();
        double nonLoops = list.edges().stream().filter(e -> e.u() != e.v()).mapToDouble(RandomGraphs.Edge::weight).sum();
        assertThat(total).isCloseTo(nonLoops, org.assertj.core.data.Offset.offset(1e-6 * (1 + Math.abs(nonLoops))));
    }

    @Seeded(50)
    void aSeedRebuildsItsGraph(long seed) {
        EdgeList a = RandomGraphs.multigraph(new Dice(seed), true, Weights.REAL, 20, 60);
        EdgeList b = RandomGraphs.multigraph(new Dice(seed), true, Weights.REAL, 20, 60);
        assertThat(b).isEqualTo(a);
        assertThat(RandomGraphs.multigraph(new Dice(seed + 1), true, Weights.REAL, 20, 60)).isNotEqualTo(a);
    }

    @Seeded(200)
    void dagsAreAcyclicAlongTheirOrderAndAPlantedCycleIsACycle(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 30);
        Dag dag = RandomGraphs.dag(dice, n, dice.between(0, 90), dice.chance(0.5));
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            position[dag.order()[i]] = i;
        }
        for (RandomGraphs.Edge a : dag.arcs().edges()) {
            assertThat(position[a.u()]).isLessThan(position[a.v()]);
        }
        assertThat(new CycleDetector<>(dag.arcs().jgrapht()).detectCycles()).isFalse();
        Planted planted = dag.withCycle(dice, dice.between(1, 6));
        assertThat(new CycleDetector<>(planted.arcs().jgrapht()).detectCycles()).isTrue();
        int[] c = planted.cycle();
        for (int i = 0; i < c.length; i++) {
            int from = c[i];
            int to = c[(i + 1) % c.length];
            assertThat(planted.arcs().edges()).anyMatch(e -> e.u() == from && e.v() == to);
        }
    }

    @Seeded(100)
    void walkGraphsGiveEveryNonSinkAnOutArcAndNoneToTheSinks(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 15);
        int sinks = dice.between(0, n - 1);
        CsrGraph g = RandomGraphs.walkGraph(dice, n, dice.between(n - sinks, 4 * n), sinks).csr();
        for (int u = 0; u < n; u++) {
            int degree = g.outEnd(u) - g.outStart(u);
            if (u < n - sinks) {
                assertThat(degree).as("out-degree of %d", u).isPositive();
            } else {
                assertThat(degree).as("out-degree of sink %d", u).isZero();
            }
        }
        int absorbers = dice.between(1, n);
        CsrGraph h = RandomGraphs.absorbingWalkGraph(dice, n, dice.between(n, 4 * n), absorbers).csr();
        for (int u = 0; u < n; u++) {
            boolean intoAbsorber = false;
            for (int a = h.outStart(u); a < h.outEnd(u); a++) {
                intoAbsorber |= h.target(a) >= n - absorbers;
            }
            assertThat(intoAbsorber).as("vertex %d has an arc into an absorber", u).isTrue();
        }
    }

    @Test
    void impossibleWalkGraphsAreRefused() {
        assertThatThrownBy(() -> RandomGraphs.walkGraph(new Dice(1), 5, 3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n=5 m=3 sinks=1");
        assertThatThrownBy(() -> RandomGraphs.absorbingWalkGraph(new Dice(1), 5, 9, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> arcs(CsrGraph g) {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                out.add(u + ">" + g.target(a) + ":" + g.weight(a));
            }
        }
        Collections.sort(out);
        return out;
    }

    private static List<String> arcs(Graph<Integer, DefaultWeightedEdge> g, boolean directed) {
        List<String> out = new ArrayList<>();
        for (DefaultWeightedEdge e : g.edgeSet()) {
            int s = g.getEdgeSource(e);
            int t = g.getEdgeTarget(e);
            out.add(s + ">" + t + ":" + g.getEdgeWeight(e));
            if (!directed && s != t) {
                out.add(t + ">" + s + ":" + g.getEdgeWeight(e));
            }
        }
        Collections.sort(out);
        return out;
    }
}
