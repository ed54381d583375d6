package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.substrate.engine.EventEngine;

/** What a Java caller meets: errors naming the edge and the constructor to use, one-line toString, the copy at construction. */
class SpikingShortestPathApiTest {

    /** A vertex whose toString is its name: the messages must use it, not an index. */
    private record City(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Graph<City, DefaultWeightedEdge> directed(Object... arcs) {
        Graph<City, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < arcs.length; i += 3) {
            City u = new City((String) arcs[i]);
            City v = new City((String) arcs[i + 1]);
            g.addVertex(u);
            g.addVertex(v);
            g.setEdgeWeight(g.addEdge(u, v), ((Number) arcs[i + 2]).doubleValue());
        }
        return g;
    }

    /** The resolution the message proposes, read from its constructor call. */
    private static double proposedResolution(String message) {
        Matcher m = Pattern.compile("PathReadout\\.HOST, ([0-9.]+)\\)").matcher(message);
        assertThat(m.find()).as(message).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aDecimalWeightNamesTheEdgeAndAResolutionThatIsExact() {
        Graph<City, DefaultWeightedEdge> g = directed("Rome", "Milan", 1.25, "Milan", "Turin", 2, "Rome", "Turin", 3.5);
        Throwable e = catchThrowable(() -> new SpikingShortestPath<>(g));
        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edge Rome -> Milan has weight 1.25, not an integer")
                .hasMessageContaining("new SpikingShortestPath<>(graph, new EventEngine(), PathReadout.HOST, 0.01)")
                .hasMessageContaining("exact");
        // the advice works: exactly JGraphT's Dijkstra
        var sp = new SpikingShortestPath<>(g, new EventEngine(), PathReadout.HOST, proposedResolution(e.getMessage()));
        var dijkstra = new DijkstraShortestPath<>(g);
        for (City s : g.vertexSet()) {
            for (City t : g.vertexSet()) {
                assertThat(sp.getPathWeight(s, t)).as("%s -> %s", s, t).isEqualTo(dijkstra.getPathWeight(s, t));
            }
        }
    }

    @Test
    void anIrrationalWeightGetsATenthOfTheSmallestAndTheAnswerStaysWithinItsBound() {
        Graph<City, DefaultWeightedEdge> g = directed("a", "b", Math.PI, "b", "c", Math.E, "a", "c", 5.9, "c", "d", 1 / 3.0);
        Throwable e = catchThrowable(() -> new SpikingShortestPath<>(g));
        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edge a -> b has weight " + Math.PI)
                .hasMessageContaining("PathReadout.HOST, 0.03)")
                .hasMessageContaining("errorBound");
        var sp = new SpikingShortestPath<>(g, new EventEngine(), PathReadout.HOST, proposedResolution(e.getMessage()));
        var dijkstra = new DijkstraShortestPath<>(g);
        City a = new City("a");
        sp.getPaths(a);
        ShortestPaths answer = sp.lastOutcome().answer();
        for (City t : g.vertexSet()) {
            int v = indexIn(g, t);
            double expected = dijkstra.getPathWeight(a, t);
            assertThat(answer.weight(v)).as("to %s", t).isBetween(expected - 1e-9, expected + answer.errorBound(v) + 1e-9);
        }
    }

    /** Vertices are indexed in iteration order (IndexedGraph). */
    private static int indexIn(Graph<City, DefaultWeightedEdge> g, City v) {
        return java.util.List.copyOf(g.vertexSet()).indexOf(v);
    }

    @Test
    void negativeAndNonFiniteWeightsNameTheEdgeByItsVertices() {
        assertThatThrownBy(() -> new SpikingShortestPath<>(directed("north", "south", -2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edge north -> south has weight -2.0").hasMessageContaining("Bellman-Ford");
        assertThatThrownBy(() -> new SpikingShortestPath<>(directed("north", "south", Double.NaN),
                new EventEngine(), PathReadout.HOST, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge north -> south has weight NaN");
        Graph<String, DefaultWeightedEdge> undirected = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        undirected.addVertex("x");
        undirected.addVertex("y");
        undirected.setEdgeWeight(undirected.addEdge("x", "y"), 0.5);
        assertThatThrownBy(() -> new SpikingShortestPath<>(undirected)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edge x -- y has weight 0.5").hasMessageContaining("PathReadout.HOST, 0.1)");
    }

    @Test
    void answersPrintAsOneLine() {
        Graph<City, DefaultWeightedEdge> g = directed("a", "b", 1, "b", "c", 2, "a", "c", 5, "d", "a", 1);
        var sp = new SpikingShortestPath<>(g);
        City a = new City("a");
        City c = new City("c");
        GraphPath<City, DefaultWeightedEdge> path = sp.getPath(a, c);
        assertThat(path).hasToString("a -> b -> c (weight 3.0, 2 edges)");
        // ShortestPaths speaks of the copy's indices (vertex iteration order: a=0, b=1, c=2, d=3), as its methods do
        assertThat(sp.lastOutcome().answer().toString())
                .startsWith("ShortestPaths from 0 to 2: weight 3 over 2 arcs;")
                .contains("of 4 vertices reached").endsWith("exact").doesNotContain("\n");
        assertThat(sp.getPaths(a)).hasToString("shortest paths from a: 3 of 4 vertices reached, exact");
        assertThat(sp.lastOutcome().answer().toString()).startsWith("ShortestPaths from 0: 3 of 4 vertices reached");
        assertThat(sp.getPath(c, a)).isNull();
        assertThat(sp.lastOutcome().answer().toString()).startsWith("ShortestPaths from 2 to 0: unreachable;");
    }

    @Test
    void aLongPathIsElidedInTheMiddle() {
        Graph<City, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < 30; i++) {
            g.addVertex(new City("v" + i));
        }
        for (int i = 0; i + 1 < 30; i++) {
            g.setEdgeWeight(g.addEdge(new City("v" + i), new City("v" + (i + 1))), 2);
        }
        String s = new SpikingShortestPath<>(g).getPath(new City("v0"), new City("v29")).toString();
        assertThat(s).isEqualTo("v0 -> v1 -> v2 -> v3 -> v4 -> v5 -> ... (18 more) ... -> v24 -> v25 -> v26 -> v27 -> v28 -> v29"
                + " (weight 58.0, 29 edges)");
    }

    @Test
    void theGraphIsCopiedAtConstruction() {
        Graph<City, DefaultWeightedEdge> g = directed("a", "b", 4);
        var sp = new SpikingShortestPath<>(g);
        City a = new City("a");
        City b = new City("b");
        g.setEdgeWeight(g.getEdge(a, b), 1);
        City c = new City("c");
        g.addVertex(c);
        g.setEdgeWeight(g.addEdge(a, c), 1);
        assertThat(sp.getPathWeight(a, b)).as("the weight at construction").isEqualTo(4.0);
        assertThatThrownBy(() -> sp.getPathWeight(a, c)).as("a vertex added later is not in the copy")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vertex c was added")
                .hasMessageContaining("copied at construction");
        assertThat(new SpikingShortestPath<>(g).getPathWeight(a, b)).as("a new instance sees the change").isEqualTo(1.0);
    }

    @Test
    void hopBoundedPathsPrintAsOneLine() {
        CsrGraph g = new CsrGraphBuilder(true).vertexCount(4).weighted().addArc(0, 1, 1).addArc(1, 2, 1).addArc(0, 2, 5)
                .addArc(2, 3, 1).build();
        HopBoundedPaths p = new HopBoundedCompiler(g).compile(0, 1).run(new EventEngine(), 0).answer();
        assertThat(p).hasToString("HopBoundedPaths from 0, at most 1 arcs: 3 of 4 vertices reached");
    }
}
