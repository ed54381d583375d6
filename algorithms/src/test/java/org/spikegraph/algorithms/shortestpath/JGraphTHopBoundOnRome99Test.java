package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.HopBoundedValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.substrate.engine.EventEngine;

/**
 * Pins the figures quoted in {@code HopBoundedValidator}'s Javadoc and docs/design-notes.md: on
 * rome99 from vertex 1 with maxHops = 20, JGraphT 1.5.3's {@code BellmanFordShortestPath} returns
 * 348 paths of more than 20 arcs (25 arcs to vertex 28), while the hop-bounded circuit agrees with
 * the exact k-round Bellman-Ford.
 */
class JGraphTHopBoundOnRome99Test {

    @Test
    void jgraphtMaxHopsIsNotAHopBoundButTheCircuitIs() {
        CsrGraph g = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
        int source = g.indexOf(1);
        ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths =
                new BellmanFordShortestPath<>(JGraphTGraphs.of(g), 1e-9, 20).getPaths(source);
        int longer = 0;
        for (int v = 0; v < g.vertexCount(); v++) {
            GraphPath<Integer, DefaultWeightedEdge> p = paths.getPath(v);
            longer += p != null && p.getLength() > 20 ? 1 : 0;
        }
        assertThat(longer).isEqualTo(348);
        assertThat(paths.getPath(g.indexOf(28)).getLength()).isEqualTo(25);

        HopBoundedPaths spiking = new HopBoundedCompiler(g).compile(source, 20).run(new EventEngine(), 0).answer();
        assertThat(HopBoundedValidator.validate(spiking).agrees()).isTrue();
        assertThat(spiking.pathArcs(g.indexOf(28)).length).isLessThanOrEqualTo(20);
    }
}
