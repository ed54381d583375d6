package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.testing.Engines;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** The JGraphT drop-in against JGraphT's own Dijkstra on random directed pseudographs. */
class SpikingShortestPathProperties {

    /** On a random DirectedWeightedPseudograph (integer weights 0..10, self-loops, parallel edges, isolated vertices, names out of insertion order). */
    @Seeded(100)
    void weightsAndPathsEqualDijkstra(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 25);
        PathReadout readout = dice.pick(PathReadout.values());
        Engines engine = dice.pick(Engines.values());
        Graph<String, DefaultWeightedEdge> g = RandomGraphs.multigraph(dice, true, Weights.SMALL_INTEGERS, n,
                dice.between(0, 60)).named();
        SpikingShortestPath<String, DefaultWeightedEdge> spiking = new SpikingShortestPath<>(g, engine.create(), readout, null);
        DijkstraShortestPath<String, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(g);
        List<String> vs = List.copyOf(g.vertexSet());
        String s = dice.pick(vs);
        String t = dice.pick(vs);

        ShortestPathAlgorithm.SingleSourcePaths<String, DefaultWeightedEdge> expected = dijkstra.getPaths(s);
        ShortestPathAlgorithm.SingleSourcePaths<String, DefaultWeightedEdge> got = spiking.getPaths(s);
        assertThat(spiking.lastOutcome()).isNotNull();
        assertThat(spiking.lastOutcome().run()).isNotNull();
        assertThat(spiking.lastOutcome().answer().sources()).containsExactly(vs.indexOf(s));
        for (String v : vs) {
            assertThat(got.getWeight(v)).as("getPaths(%s).getWeight(%s)", s, v).isEqualTo(expected.getWeight(v));
            checkPath(g, got.getPath(v), s, v, expected.getWeight(v));
        }

        double w = spiking.getPathWeight(s, t);
        assertThat(w).as("getPathWeight(%s, %s)", s, t).isEqualTo(dijkstra.getPathWeight(s, t));
        GraphPath<String, DefaultWeightedEdge> p = spiking.getPath(s, t);
        checkPath(g, p, s, t, dijkstra.getPathWeight(s, t));
        assertThat(spiking.lastOutcome().answer().scope().target()).isEqualTo(vs.indexOf(t));
    }

    private static void checkPath(Graph<String, DefaultWeightedEdge> g, GraphPath<String, DefaultWeightedEdge> p,
                                  String s, String v, double expected) {
        if (expected == Double.POSITIVE_INFINITY) {
            assertThat(p).as("path to unreachable %s", v).isNull();
            return;
        }
        assertThat(p).as("path %s -> %s", s, v).isNotNull();
        assertThat(p.getStartVertex()).isEqualTo(s);
        assertThat(p.getEndVertex()).isEqualTo(v);
        String at = s;
        double w = 0;
        for (DefaultWeightedEdge e : p.getEdgeList()) {
            assertThat(g.getEdgeSource(e)).isEqualTo(at);
            at = g.getEdgeTarget(e);
            w += g.getEdgeWeight(e);
        }
        assertThat(at).isEqualTo(v);
        assertThat(w).isEqualTo(expected);
        assertThat(p.getWeight()).isEqualTo(expected);
    }

    @Test
    void unreachableIsNullAndInfinity() {
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        g.addVertex("b");
        g.addVertex("c");
        g.setEdgeWeight(g.addEdge("a", "b"), 3);
        SpikingShortestPath<String, DefaultWeightedEdge> sp = new SpikingShortestPath<>(g);
        assertThat(sp.lastOutcome()).isNull();
        assertThat(sp.getPath("a", "c")).isNull();
        assertThat(sp.lastOutcome()).isNotNull();
        assertThat(sp.getPathWeight("a", "c")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(sp.getPathWeight("b", "a")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(sp.getPaths("a").getWeight("c")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(sp.getPaths("a").getPath("c")).isNull();
        assertThat(sp.getPathWeight("a", "b")).isEqualTo(3.0);
        assertThat(sp.getPathWeight("a", "a")).isZero();
        assertThat(sp.getPath("a", "a").getLength()).isZero();
    }

    @Test
    void unknownVerticesAreIllegalArguments() {
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        SpikingShortestPath<String, DefaultWeightedEdge> sp = new SpikingShortestPath<>(g);
        assertThatThrownBy(() -> sp.getPath("a", "zz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zz");
        assertThatThrownBy(() -> sp.getPathWeight("zz", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sp.getPaths("zz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeWeightIsRefusedAtConstruction() {
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        g.addVertex("b");
        g.setEdgeWeight(g.addEdge("a", "b"), -1);
        assertThatThrownBy(() -> new SpikingShortestPath<>(g)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bellman-Ford");
    }
}
