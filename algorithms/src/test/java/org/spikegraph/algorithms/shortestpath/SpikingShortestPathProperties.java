package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.spikegraph.algorithms.shortestpath.TestGraphs.Engines;

/** The JGraphT drop-in against JGraphT's own Dijkstra on random directed pseudographs. */
class SpikingShortestPathProperties {

    /**
     * Random DirectedWeightedPseudograph, integer weights 0..20 (self-loops, parallel edges, isolated
     * vertices).
     */
    static Graph<String, DefaultWeightedEdge> randomGraph(long seed, int n, int m) {
        Random rnd = new Random(seed);
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex("v" + (n - v)); // insertion order differs from name order
        }
        List<String> vs = List.copyOf(g.vertexSet());
        for (int i = 0; i < m; i++) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(6) == 0 ? u : rnd.nextInt(n);
            int copies = rnd.nextInt(5) == 0 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                g.setEdgeWeight(g.addEdge(vs.get(u), vs.get(v)), rnd.nextInt(21));
            }
        }
        return g;
    }

    @Property(tries = 100)
    void weightsAndPathsEqualDijkstra(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int n,
                                      @ForAll @IntRange(min = 0, max = 60) int m,
                                      @ForAll PathReadout readout, @ForAll Engines engine) {
        Graph<String, DefaultWeightedEdge> g = randomGraph(seed, n, m);
        SpikingShortestPath<String, DefaultWeightedEdge> spiking = new SpikingShortestPath<>(g, engine.create(), readout, null);
        DijkstraShortestPath<String, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(g);
        List<String> vs = List.copyOf(g.vertexSet());
        Random rnd = new Random(seed);
        String s = vs.get(rnd.nextInt(n));
        String t = vs.get(rnd.nextInt(n));

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

    @Example
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

    @Example
    void unknownVerticesAreIllegalArguments() {
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        SpikingShortestPath<String, DefaultWeightedEdge> sp = new SpikingShortestPath<>(g);
        assertThatThrownBy(() -> sp.getPath("a", "zz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zz");
        assertThatThrownBy(() -> sp.getPathWeight("zz", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sp.getPaths("zz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void aNegativeWeightIsRefusedAtConstruction() {
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        g.addVertex("b");
        g.setEdgeWeight(g.addEdge("a", "b"), -1);
        assertThatThrownBy(() -> new SpikingShortestPath<>(g)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bellman-Ford");
    }
}
