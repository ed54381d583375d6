package org.spikegraph.bench.compare;

import org.spikegraph.bench.problem.ComponentsSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.bench.problem.PageRankSpec;

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
        WithBrokenMethod p = new WithBrokenMethod(sssp(), 0);
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
        WithBrokenMethod p = new WithBrokenMethod(sssp(), 2); // right in the checking pass, wrong from its 3rd call
        int[] sources = Sources.choose(ROAD, 1, 1);
        assertThatThrownBy(() -> Harness.run(p, "road", sources, new Harness.Settings(0, 5)))
                .isInstanceOf(MismatchException.class).hasMessageContaining("broken disagrees");
    }

    @Test
    void rightMethodsAreTimedTheAskedNumberOfTimesAfterTheirCheck() {
        for (Problem<long[]> p : List.of(sssp(), distances("bfs"))) {
            int[] sources = Sources.choose(ROAD, 2, 3);
            Harness.Result<long[]> r = Harness.run(p, "road", sources, new Harness.Settings(1, 3));
            // the lanes method solves both sources per call, so its timings come after the per-source ones
            assertThat(r.timed()).extracting(Harness.Timed::method)
                    .containsExactly("jgrapht", "spiking", "primitive", "jgrapht", "spiking", "primitive", "spiking, lanes",
                            "spiking, lanes");
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

    /** Components (no source, host-driven): checked and timed like the others, projected run by run. */
    @Test
    void componentsAreCheckedAndTimedAndProjectedRunByRun() {
        CsrGraph g = Generators.gnp(400, 0.004, true, null, 5).graph(); // sparse: many weak components
        @SuppressWarnings("unchecked")
        Problem<long[]> p = (Problem<long[]>) Problems.of("components", g,
                o -> ((ComponentsSpec.Parameters) o).mode = ComponentsSpec.Parameters.weak().mode, 1);
        int[] sources = Sources.choose(g, 2, 1);
        Harness.Result<long[]> r = Harness.run(p, "gnp", sources, new Harness.Settings(0, 2));
        long[] expected = java.util.Arrays.stream(
                org.spikegraph.algorithms.conventional.PrimitiveComponents.smallestVertexLabels(g)).asLongStream().toArray();
        assertThat(r.references()).allSatisfy(ref -> assertThat(ref).containsExactly(expected));
        long components = java.util.Arrays.stream(expected).distinct().count();
        assertThat(components).isGreaterThan(1);
        Harness.Timed spiking = r.timed().get(1);
        assertThat(spiking.method()).isEqualTo("spiking");
        assertThat(spiking.activity().spikes()).as("each vertex spikes in its component's wave").isEqualTo(g.vertexCount());
        List<ChipProjections.Projected> projected = ChipProjections.project(p, "gnp", sources, r.references(),
                org.spikegraph.hardware.profile.Profiles.all(), 1);
        assertThat(projected).hasSize(2 * org.spikegraph.hardware.profile.Profiles.all().size());
        ChipProjections.Projected loihi = projected.stream().filter(x -> x.chip().equals("loihi")).findFirst().orElseThrow();
        assertThat(loihi.error()).isNull();
        assertThat(loihi.projection().assumptions()).anySatisfy(a -> assertThat(a).contains(components + " runs"));
        assertThat(loihi.activity().spikes()).as("every vertex spikes once, in its wave (Loihi adds no relays here)")
                .isEqualTo(g.vertexCount());
        assertThat(loihi.projection().seconds()).isPositive();
        assertThat(GraphBenchmark.pictureRun(p, "gnp", sources[0], r.references().get(0), 1)).isEmpty();
    }

    /** Spanning forests (host-driven Borůvka rounds): checked against Kruskal, projected round by round. */
    @Test
    void spanningForestsAreCheckedAndProjectedRoundByRound() {
        @SuppressWarnings("unchecked")
        Problem<double[]> p = (Problem<double[]>) Problems.of("mst", ROAD);
        int[] sources = Sources.choose(ROAD, 1, 1);
        Harness.Result<double[]> r = Harness.run(p, "road", sources, new Harness.Settings(0, 2));
        double[] expected = r.references().get(0);
        org.spikegraph.algorithms.conventional.PrimitiveKruskal.Forest f =
                org.spikegraph.algorithms.conventional.PrimitiveKruskal.minimumSpanningForest(ROAD);
        assertThat(expected).containsExactly(f.weight(), f.edges());
        assertThat(p.check(new double[] {expected[0] + 1, expected[1]}, expected).mismatches()).isEqualTo(1);
        List<ChipProjections.Projected> projected = ChipProjections.project(p, "road", sources, r.references(),
                List.of(org.spikegraph.hardware.profile.Profiles.byName("spinnaker2")), 1);
        assertThat(projected).singleElement().satisfies(x -> {
            assertThat(x.error()).isNull();
            assertThat(x.runs()).isGreaterThan(1);
        });
    }

    /** PageRank (statistical answers): each estimate checked within its intervals, projected, drawn as a raster only. */
    @Test
    void pagerankIsCheckedStatisticallyAndProjected() {
        CsrGraph g = Generators.barabasiAlbert(300, 2, null, 4).graph();
        @SuppressWarnings("unchecked")
        Problem<PageRankSpec.Scores> p = (Problem<PageRankSpec.Scores>) Problems.of("pagerank", g);
        int[] sources = Sources.choose(g, 2, 1);
        Harness.Result<PageRankSpec.Scores> r = Harness.run(p, "ba", sources, new Harness.Settings(0, 2));
        assertThat(r.timed()).extracting(Harness.Timed::method)
                .containsExactly("jgrapht", "spiking", "primitive", "jgrapht", "spiking", "primitive");
        double[] exact = r.references().get(0).exact();
        assertThat(java.util.Arrays.stream(exact).sum()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.timed().get(1).activity().spikes()).isGreaterThan(300L * PageRankSpec.COMPARE_WALKERS_PER_VERTEX);
        // A wrong answer is caught: the other source's walks, checked against a perturbed reference.
        double[] shifted = exact.clone();
        shifted[0] += 0.05;
        shifted[1] -= 0.05;
        PageRankSpec.Scores spiking = p.methods().get(1).solve(sources[0]).answer().get();
        assertThat(p.check(spiking, new PageRankSpec.Scores(exact, null)).agrees()).isTrue();
        assertThat(p.check(spiking, new PageRankSpec.Scores(shifted, null)).mismatches()).isEqualTo(2);
        List<ChipProjections.Projected> projected = ChipProjections.project(p, "ba", new int[] {sources[0]},
                List.of(r.references().get(0)), List.of(org.spikegraph.hardware.profile.Profiles.byName("loihi")), 1);
        assertThat(projected).singleElement().satisfies(x -> assertThat(x.error()).isNull());
        assertThat(GraphBenchmark.pictureRun(p, "ba", sources[0], r.references().get(0), 1)).isPresent();
        assertThat(p.vertexFirstSpikes(null)).as("walkers are not a wave: no wavefront").isNull();
    }

    @Test
    void aBatchedMethodIsCheckedSourceBySourceAndTimedOncePerCall() {
        Problem<long[]> real = sssp();
        int[] sources = Sources.choose(ROAD, 3, 5);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        boolean[] wrong = {false};
        Method<long[]> batch = Method.batch("batch", "test: all sources per call", ss -> {
            calls.incrementAndGet();
            List<Method.Solved<long[]>> out = new java.util.ArrayList<>();
            for (int k = 0; k < ss.length; k++) {
                long[] d = real.methods().get(0).solve(ss[k]).answer().get().clone();
                if (wrong[0] && k == ss.length - 1) {
                    d[0] += 1;
                }
                out.add(Method.Solved.of(() -> d));
            }
            return out;
        });
        Problem<long[]> p = new Problem<>() {
            @Override
            public String name() {
                return real.name();
            }

            @Override
            public CsrGraph graph() {
                return real.graph();
            }

            @Override
            public String against() {
                return real.against();
            }

            @Override
            public List<Method<long[]>> methods() {
                return List.of(real.methods().get(0), batch);
            }

            @Override
            public org.spikegraph.algorithms.validation.Validation check(long[] answer, long[] expected) {
                return real.check(answer, expected);
            }

            @Override
            public java.util.Optional<Compiled<long[]>> compile(int source) {
                return java.util.Optional.empty();
            }

            @Override
            public long[] vertexFirstSpikes(org.spikegraph.substrate.run.Run run) {
                return null;
            }
        };
        Harness.Result<long[]> r = Harness.run(p, "road", sources, new Harness.Settings(1, 2));
        assertThat(calls.get()).as("one check call, one warm-up, two timed").isEqualTo(4);
        assertThat(r.timed()).filteredOn(t -> t.method().equals("batch")).extracting(Harness.Timed::source)
                .containsExactly(sources[0], sources[1], sources[2]);
        assertThat(r.timed()).filteredOn(t -> t.method().equals("batch"))
                .allSatisfy(t -> assertThat(t.nanos()).hasSize(2).doesNotContain(0L));
        wrong[0] = true;
        assertThatThrownBy(() -> Harness.run(p, "road", sources, new Harness.Settings(0, 1)))
                .isInstanceOf(MismatchException.class)
                .hasMessageContaining("batch disagrees").hasMessageContaining("from vertex " + ROAD.originalId(sources[2]));
    }

    private static Problem<long[]> sssp() {
        return distances("sssp");
    }

    @SuppressWarnings("unchecked")
    private static Problem<long[]> distances(String name) {
        return (Problem<long[]>) Problems.of(name, ROAD);
    }

    @Test
    void settingsRefuseNoRepetitions() {
        assertThatThrownBy(() -> new Harness.Settings(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Harness.Settings(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A call that keeps several cores busy pays their power: energy = median x W x the threads it ran on. */
    @Test
    void aMethodOnSeveralThreadsPaysEachCore() {
        Row.GraphInfo g = new Row.GraphInfo("g", 10, 20);
        long[] nanos = {2_000_000, 2_000_000, 2_000_000};
        Row one = Row.measured(g, "sssp", List.of(new Harness.Timed("m", "test", 0, nanos, null, 1)), 0, 15);
        Row two = Row.measured(g, "sssp", List.of(new Harness.Timed("m", "test", 0, nanos, null, 2)), 0, 15);
        assertThat(one.joules()).isEqualTo(2e-3 * 15);
        assertThat(two.joules()).isEqualTo(2 * one.joules());
        assertThat(one.energyBasis()).contains("one core");
        assertThat(two.energyBasis()).contains("2 cores busy");
        Method<long[]> lanes = Method.batch("lanes", "test", k -> Math.min(2, (k + 63) / 64), ss -> List.of());
        assertThat(List.of(lanes.threads(5), lanes.threads(64), lanes.threads(65), lanes.threads(1000))).containsExactly(1, 1, 2, 2);
    }
}
