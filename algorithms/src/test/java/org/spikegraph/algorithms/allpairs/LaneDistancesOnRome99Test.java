package org.spikegraph.algorithms.allpairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.LaneEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The lane engine on a real road network, rome99 (3,353 vertices, 8,870 arcs, DIMACS): SSSP from 64
 * sources equals, lane by lane, the event engine's run from each source (first spikes, counts, stop,
 * activity) for 1, 2 and 4 threads; all-pairs distances (11 M pairs) give JGraphT's closeness,
 * harmonic centrality, eccentricities, radius, diameter and centre.
 */
class LaneDistancesOnRome99Test {

    static CsrGraph rome99;
    static LaneDistances weighted;

    @BeforeAll
    static void load() {
        rome99 = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
        weighted = LaneDistances.weighted(rome99, 2);
    }

    @Test
    void ssspFrom64SourcesEqualsTheEventEngineLaneByLane() {
        Network net = weighted.network();
        int n = rome99.vertexCount();
        Stimulus[] stimuli = new Stimulus[64];
        for (int k = 0; k < 64; k++) {
            stimuli[k] = Stimulus.spikes(0, (int) ((k * 2_654_435_761L) % n));
        }
        StopCondition stop = StopCondition.afterSteps(1_000_000_000L).orQuiescent();
        Recording recording = Recording.firstSpikeTimes().withSpikeCounts();
        Run[] one = new LaneEngine(1).run(net, stimuli, stop, recording, 0);
        EventEngine event = new EventEngine();
        for (int k = 0; k < 64; k++) {
            Run expected = event.run(net, stimuli[k], stop, recording, 0);
            String lane = "lane " + k;
            assertThat(one[k].stopReason()).as(lane).isEqualTo(expected.stopReason());
            assertThat(one[k].stepsSpanned()).as(lane).isEqualTo(expected.stepsSpanned());
            assertThat(one[k].firstSpikes()).as(lane).isEqualTo(expected.firstSpikes());
            assertThat(one[k].spikeCounts()).as(lane).isEqualTo(expected.spikeCounts());
            assertThat(one[k].activity()).as(lane).isEqualTo(expected.activity());
            long[] dijkstra = PrimitiveDijkstra.distances(rome99, stimuli[k].neuron(0));
            long[] times = one[k].firstSpikes();
            for (int v = 0; v < n; v++) {
                assertThat(times[v] == Run.NEVER ? PrimitiveDijkstra.UNREACHED : times[v]).isEqualTo(dijkstra[v]);
            }
        }
        for (int threads : new int[] {2, 4}) {
            // 3 batches (64 + 64 + 64 lanes, the same sources shifted): every batch equals the 1-thread one
            Stimulus[] three = new Stimulus[192];
            for (int k = 0; k < 192; k++) {
                three[k] = stimuli[k % 64];
            }
            Run[] many = new LaneEngine(threads).run(net, three, stop, recording, 0);
            for (int k = 0; k < 192; k++) {
                assertThat(many[k].firstSpikes()).as("lane %d, %d threads", k, threads).isEqualTo(one[k % 64].firstSpikes());
                assertThat(many[k].activity()).as("lane %d, %d threads", k, threads).isEqualTo(one[k % 64].activity());
                assertThat(many[k].stopReason()).isEqualTo(one[k % 64].stopReason());
            }
        }
    }

    @Test
    void allPairsMeasuresEqualJGraphT() {
        DistanceSummary summary = weighted.summary();
        JGraphTMeasures<?> reference = JGraphTMeasures.of(JGraphTGraphs.of(rome99));
        int n = rome99.vertexCount();
        for (int v = 0; v < n; v++) {
            assertThat(summary.closeness(v)).as("closeness of %d", v).isEqualTo(reference.closeness().get(v));
            assertThat(summary.harmonic(v)).as("harmonic centrality of %d", v).isEqualTo(reference.harmonic().get(v));
            assertThat(summary.eccentricityValue(v)).as("eccentricity of %d", v)
                    .isEqualTo(reference.eccentricity().get(v));
        }
        assertThat((double) summary.radius()).isEqualTo(reference.radius());
        assertThat((double) summary.diameter()).isEqualTo(reference.diameter());
        assertThat(Arrays.stream(summary.centre()).boxed().collect(Collectors.toSet())).isEqualTo(reference.centre());
        // rome99 is strongly connected: every vertex reaches all 3,353, so the figures are finite
        assertThat(summary.reached()).containsOnly(n);
        assertThat(summary.diameter()).isLessThan(DistanceSummary.INFINITE);
    }
}
