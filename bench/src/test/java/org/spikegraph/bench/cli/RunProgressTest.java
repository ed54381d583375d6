package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.SingleRun;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.bench.problem.BfsSpec;
import org.spikegraph.bench.problem.PageRankSpec;
import org.spikegraph.bench.problem.PathOptions;
import org.spikegraph.bench.problem.RandomWalkSpec;
import org.spikegraph.bench.problem.SsspSpec;
import org.spikegraph.bench.problem.WorkMeasure;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The specs' work measures count real work: a random walk's total is its walkers (not its neurons)
 * and a complete run ends exactly that many walks; PageRank's total is walkers per vertex times the
 * vertices, all ended; a wavefront reaches exactly the vertices reachable from its source. Checked
 * on seeded random directed graphs (self-loops, parallel arcs, dead ends, absorbing targets).
 */
class RunProgressTest {

    /** A random directed graph of 2 to 40 vertices with weights 1 .. 9. */
    private static CsrGraph graph(Dice dice) {
        int n = dice.between(2, 40);
        int m = dice.between(1, 4 * n);
        CsrGraphBuilder b = new CsrGraphBuilder(true).vertexCount(n);
        for (int i = 0; i < m; i++) {
            b.addArc(dice.between(0, n - 1), dice.between(0, n - 1), dice.between(1, 9));
        }
        return b.build();
    }

    /** Runs {@code program} with the sink and returns it, with its step bound set as the command sets it. */
    private static <A> RunProgress run(Program<A> program, WorkMeasure measure, long seed) {
        RunProgress progress = new RunProgress("simulate", measure, false);
        SingleRun<A> single = (SingleRun<A>) program.recording(Recording.none().withSink(progress));
        progress.startRun(single.circuit().stop().maxSteps());
        single.execute(new EventEngine(), seed);
        progress.publish();
        return progress;
    }

    @Seeded(60)
    void aRandomWalksTotalIsItsWalkersAndACompleteRunEndsThemAll(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = graph(dice);
        RandomWalkSpec spec = new RandomWalkSpec();
        RandomWalkSpec.Parameters p = spec.parameters();
        p.walkers = dice.between(1, 3000);
        p.steps = dice.between(0, 6);
        if (dice.chance(0.3)) {
            p.targets = java.util.List.of(g.name(dice.between(0, g.vertexCount() - 1)));
        }
        int source = dice.between(0, g.vertexCount() - 1);
        Program<?> program = spec.compile(g, p, source, seed);
        WorkMeasure m = workOf(spec, g, p, source, program);
        int neurons = ((SingleRun<?>) program).circuit().network().neuronCount();
        assertThat(m.total()).isEqualTo(p.walkers);
        assertThat(m.unit()).isEqualTo("walkers ended");
        RunProgress progress = run(program, m, seed);
        assertThat(progress.done()).as("walks ended of %d walkers, %d neurons", p.walkers, neurons).isEqualTo(p.walkers);
        Progress.Status s = progress.status();
        assertThat(s.total()).isEqualTo(p.walkers).isNotEqualTo(neurons == p.walkers ? -1 : neurons);
        assertThat(s.percent()).isEqualTo(100);
    }

    @Seeded(20)
    void pageRankEndsWalkersPerVertexTimesVerticesWalks(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = graph(dice);
        PageRankSpec spec = new PageRankSpec();
        PageRankSpec.Parameters p = spec.parameters();
        int perVertex = dice.between(1, 20);
        p.walkers = (long) perVertex * g.vertexCount() - dice.between(0, g.vertexCount() - 1);
        Program<?> program = spec.compile(g, p, -1, seed);
        WorkMeasure m = workOf(spec, g, p, -1, program);
        assertThat(m.total()).isEqualTo((long) perVertex * g.vertexCount()); // rounded up to a multiple of the vertices
        assertThat(run(program, m, seed).done()).isEqualTo(m.total());
    }

    @Seeded(60)
    void aWavefrontReachesExactlyTheVerticesReachableFromItsSource(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = graph(dice);
        int source = dice.between(0, g.vertexCount() - 1);
        boolean hops = dice.chance(0.5);
        Program<?> program;
        WorkMeasure m;
        if (hops) {
            BfsSpec spec = new BfsSpec();
            PathOptions p = spec.parameters();
            program = spec.compile(g, p, source, seed);
            m = workOf(spec, g, p, source, program);
        } else {
            SsspSpec spec = new SsspSpec();
            SsspSpec.Parameters p = spec.parameters();
            program = spec.compile(g, p, source, seed);
            m = workOf(spec, g, p, source, program);
        }
        long reachable = java.util.Arrays.stream(org.spikegraph.algorithms.conventional.PrimitiveBfs.hops(g, source))
                .filter(h -> h >= 0).count();
        assertThat(m.total()).isEqualTo(reachable);
        assertThat(run(program, m, seed).done()).isEqualTo(reachable);
    }

    @Seeded(5)
    void withoutAMeasureTheStepCountsAgainstTheStepBound(long seed) {
        CsrGraph g = Generators.roadLike(400, 3, seed).graph();
        SsspSpec spec = new SsspSpec();
        SsspSpec.Parameters p = spec.parameters();
        Program<?> program = spec.compile(g, p, 0, seed);
        long bound = ((SingleRun<?>) program).circuit().stop().maxSteps();
        RunProgress progress = run(program, null, seed);
        Progress.Status s = progress.status();
        assertThat(s.total()).isEqualTo(bound);
        assertThat(s.done()).isPositive().isLessThanOrEqualTo(bound);
        assertThat(s.detail()).isEqualTo("step " + Progress.count(s.done()) + " of " + Progress.count(bound));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static WorkMeasure workOf(org.spikegraph.bench.problem.ProblemSpec spec, CsrGraph g, Object p, int source,
                                      Program<?> program) {
        return spec.work(g, p, source, program);
    }
}
