package org.spikegraph.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * The harness checks every method's answer against the reference before it keeps any time: a
 * deliberately wrong method (on every call, or only once timing has started) makes the run fail with
 * {@link MismatchException} and no result, while the right methods of the real sssp and bfs problems
 * are checked, timed the asked number of times, and report their spiking activity.
 */
class HarnessTest {

    private static final CsrGraph ROAD = Generators.roadLike(1_500, 3, 7).graph();

    @Test
    void aWrongMethodFailsTheRunBeforeAnythingIsTimed() {
        WithBrokenMethod p = new WithBrokenMethod(ShortestPathProblem.sssp(ROAD), 0);
        int[] sources = Sources.choose(ROAD, 3, 1);
        assertThatThrownBy(() -> Harness.run(p, "road", sources, new Harness.Settings(2, 5)))
                .isInstanceOf(MismatchException.class)
                .hasMessageContaining("broken disagrees with JGraphT DijkstraShortestPath on road from vertex "
                        + ROAD.originalId(sources[0]))
                .hasMessageContaining("1 of " + ROAD.vertexCount() + " vertices differ");
        // The checking pass stopped at the first source: every method ran once, none was warmed up or timed.
        assertThat(p.calls().values()).allSatisfy(c -> assertThat(c.get()).isEqualTo(1));
    }

    @Test
    void aMethodThatGoesWrongWhileBeingTimedFailsTheRunToo() {
        WithBrokenMethod p = new WithBrokenMethod(ShortestPathProblem.sssp(ROAD), 2); // right in the checking pass, wrong from its 3rd call
        int[] sources = Sources.choose(ROAD, 1, 1);
        assertThatThrownBy(() -> Harness.run(p, "road", sources, new Harness.Settings(0, 5)))
                .isInstanceOf(MismatchException.class).hasMessageContaining("broken disagrees");
    }

    @Test
    void rightMethodsAreTimedTheAskedNumberOfTimesAfterTheirCheck() {
        for (ShortestPathProblem p : List.of(ShortestPathProblem.sssp(ROAD), ShortestPathProblem.bfs(ROAD))) {
            int[] sources = Sources.choose(ROAD, 2, 3);
            Harness.Result<long[]> r = Harness.run(p, "road", sources, new Harness.Settings(1, 3));
            assertThat(r.timed()).extracting(Harness.Timed::method)
                    .containsExactly("jgrapht", "spiking", "primitive", "jgrapht", "spiking", "primitive");
            assertThat(r.timed()).allSatisfy(t -> assertThat(t.nanos()).hasSize(3).doesNotContain(0L));
            assertThat(r.references()).hasSize(2);
            for (int i = 0; i < sources.length; i++) {
                // the reference answers are JGraphT's, equal to the independent primitive baseline's
                long[] expected = PrimitiveDijkstra.distances(p.name().equals("bfs") ? ROAD.unweighted() : ROAD, sources[i]);
                assertThat(r.references().get(i)).containsExactly(expected);
                Harness.Timed spiking = r.timed().get(3 * i + 1);
                long reached = java.util.Arrays.stream(expected).filter(d -> d >= 0).count();
                assertThat(spiking.activity().spikes()).as("one spike per reached vertex").isEqualTo(reached);
                assertThat(spiking.activity().stepsSpanned()).isGreaterThanOrEqualTo(java.util.Arrays.stream(expected).max().orElseThrow());
                assertThat(r.timed().get(3 * i).activity()).isNull();
            }
        }
    }

    @Test
    void settingsRefuseNoRepetitions() {
        assertThatThrownBy(() -> new Harness.Settings(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Harness.Settings(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
