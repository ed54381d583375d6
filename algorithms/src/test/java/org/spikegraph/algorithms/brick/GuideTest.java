package org.spikegraph.algorithms.brick;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.Wavefront;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/** The code of docs/bricks.md, run as a test; the guide must quote it verbatim. */
class GuideTest {

    // guide:start
    /** For every vertex: when could two walkers, starting at a and b, both be there (max of the two hop counts)? */
    static Program<long[]> meetingTimes(CsrGraph graph, int a, int b) {
        Composer composer = new Composer(new BrickLimits("my-chip", 64, 8, 16, false));
        DelayEncoding hops = DelayEncoding.hops();
        PortRef fromA = composer.add("fromA", new Wavefront(graph, hops)).port(Wavefront.VERTEX);
        PortRef fromB = composer.add("fromB", new Wavefront(graph, hops)).port(Wavefront.VERTEX);
        // a coincidence gate per vertex: threshold 2, so it spikes once both wavefronts have arrived
        PortRef both = composer.add("both", new Latches("vertex", graph.vertexCount(), 2, Port.Direction.IN, 2, 2))
                .port("vertex");
        composer.connectOneToOne(fromA, both, 1, 1);
        composer.connectOneToOne(fromB, both, 1, 1);
        Composition composition = composer.build(); // checks every brick's declaration and my-chip's limits

        Stimulus start = Stimulus.spikes(0, fromA.id(a), fromB.id(b));
        StopCondition stop = StopCondition.afterSteps(2L * graph.vertexCount() + 2).orQuiescent();
        return Program.of(new Circuit<>("meet", composition.network(), start, stop, Recording.firstSpikeTimes(),
                run -> {
                    long[] first = both.slice(run.firstSpikes());
                    for (int v = 0; v < first.length; v++) {
                        first[v] = first[v] == Run.NEVER ? -1 : first[v] - 1; // the gate spikes one step after the later arrival
                    }
                    return first;
                }));
    }

    @Test
    void meetingTimesAreTheLaterOfTwoBfsDistances() {
        CsrGraph graph = new CsrGraphBuilder(false).vertexCount(7)
                .addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(3, 4).addEdge(1, 5).addEdge(5, 4).build(); // 6 is isolated
        long[] meet = meetingTimes(graph, 0, 4).execute(new EventEngine(), 0).answer();

        Graph<Integer, DefaultEdge> reference = JGraphTGraphs.simpleUndirected(graph);
        var fromA = new BFSShortestPath<>(reference).getPaths(0);
        var fromB = new BFSShortestPath<>(reference).getPaths(4);
        for (int v = 0; v < graph.vertexCount(); v++) {
            var pa = fromA.getPath(v);
            var pb = fromB.getPath(v);
            long expected = pa == null || pb == null ? -1 : Math.max(pa.getLength(), pb.getLength());
            assertThat(meet[v]).as("vertex %d", v).isEqualTo(expected);
        }
    }
    // guide:end

    @Test
    void theGuideQuotesThisCodeVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/spikegraph/algorithms/brick/GuideTest.java"));
        String code = source.substring(source.indexOf("    // guide:start\n") + "    // guide:start\n".length(),
                source.indexOf("    // guide:end\n"));
        String guide = Files.readString(Path.of("../docs/bricks.md"));
        assertThat(guide).contains(code);
    }
}
