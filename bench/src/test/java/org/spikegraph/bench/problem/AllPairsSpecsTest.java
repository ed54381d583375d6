package org.spikegraph.bench.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.CircuitRunner;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.RunTotals;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The all-sources specs ({@code eccentricity}, {@code closeness}, {@code apsp}) on seeded random
 * multigraphs (directed and undirected, unweighted, zero-including and large weights, self-loops,
 * parallel arcs, isolated vertices): their answers agree with JGraphT ({@code validate}), the lane
 * engine's execution equals the one-source-at-a-time execution (answers and summed activity), every
 * baseline agrees with the reference, and a chip costs n separate runs.
 */
class AllPairsSpecsTest {

    private static final List<AllPairsSpec<?>> SPECS = List.of(new EccentricitySpec(), new ClosenessSpec(), new ApspSpec());

    private static RandomGraphs.EdgeList edges(Dice dice) {
        int n = dice.chance(0.3) ? dice.between(1, 5) : dice.between(1, 40);
        Weights weights = dice.pick(Weights.NONE, Weights.ZERO_TO_100, Weights.UP_TO_MILLION);
        return RandomGraphs.multigraph(dice, dice.chance(0.5), weights, n, dice.between(0, 3 * n));
    }

    @Seeded(200)
    void everySpecAgreesWithJGraphTOnLanesAndOneSourceAtATime(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = edges(dice).csr();
        for (AllPairsSpec<?> spec : SPECS) {
            check(spec, g, dice.chance(0.5), dice.between(1, 3));
        }
    }

    private static <A> void check(AllPairsSpec<A> spec, CsrGraph g, boolean hops, int threads) {
        AllPairsSpec.Parameters p = spec.parameters();
        p.hops = hops;
        p.threads = threads;
        Program<AllPairsSpec.Answer<A>> program = spec.compile(g, p, -1, 0);
        Execution<AllPairsSpec.Answer<A>> lanes = program.execute(new EventEngine(), 0);
        Execution<AllPairsSpec.Answer<A>> single = program.execute(CircuitRunner.on(new EventEngine(), 0));

        Validation v = spec.validate(lanes.answer(), p);
        assertThat(v.agrees()).as("%s %s", spec.name(), v).isTrue();
        assertThat(v.compared()).isPositive();

        var baselines = spec.baselines(g, p);
        check(baselines, lanes.answer(), single.answer(), spec.name());
        assertThat(lanes.totals().runs()).isEqualTo(g.vertexCount());
        assertThat(withoutTime(lanes.totals())).as("%s: lane activity = the event engine's, run by run", spec.name())
                .isEqualTo(withoutTime(single.totals()));
    }

    private static <A, C> void check(Baselines<A, C> baselines, A lanes, A single, String name) {
        C reference = baselines.methods().get(0).solve(0).answer().get();
        Validation one = baselines.check(baselines.form(single), reference);
        Validation all = baselines.check(baselines.form(lanes), reference);
        assertThat(one.agrees()).as("%s one source at a time: %s", name, one).isTrue();
        assertThat(all.agrees()).as("%s lanes: %s", name, all).isTrue();
        for (var m : baselines.methods()) {
            Validation b = baselines.check(m.solve(0).answer().get(), reference);
            assertThat(b.agrees()).as("%s %s: %s", name, m.name(), b).isTrue();
        }
    }

    private static RunTotals withoutTime(RunTotals t) {
        return new RunTotals(t.runs(), t.maxNeurons(), t.maxSynapses(), t.stepsSpanned(), t.activeSteps(), t.spikes(),
                t.synapticEvents(), t.neuronUpdates(), 0);
    }

    @Test
    void aWrongAnswerIsCaught() {
        CsrGraph path = new CsrGraphBuilder(true).vertexCount(3).addArc(0, 1, 2).addArc(1, 2, 3).build();
        ApspSpec apsp = new ApspSpec();
        AllPairsSpec.Parameters p = apsp.parameters();
        AllPairsSpec.Answer<ApspSpec.Pairs> a = apsp.compile(path, p, -1, 0).execute(new EventEngine(), 0).answer();
        assertThat(a.value().sums()).containsExactly(7, 3, 0);
        assertThat(apsp.validate(a, p).agrees()).isTrue();
        a.value().sums()[0] = 6;
        Validation v = apsp.validate(a, p);
        assertThat(v.mismatches()).isEqualTo(1);
        assertThat(v.examples().get(0)).contains("source " + path.name(0), "sum 7 vs 6");

        ClosenessSpec closeness = new ClosenessSpec();
        var c = closeness.compile(path, p, -1, 0).execute(new ReferenceEngine(), 0).answer();
        c.value().farness()[0] = 6;
        assertThat(closeness.validate(c, p).agrees()).isFalse();
    }

    @Test
    void aChipCostsOneRunPerSource() {
        Dice dice = new Dice(7);
        CsrGraph g = RandomGraphs.multigraph(dice, true, Weights.NONE, 12, 30).csr();
        ClosenessSpec spec = new ClosenessSpec();
        var program = spec.compile(g, spec.parameters(), -1, 0);
        OnChip.Result<?> r = OnChip.project(program, Profiles.byName("loihi"), 0);
        assertThat(r.failed()).as("%s", r.error()).isFalse();
        assertThat(r.runs()).isEqualTo(12);
        assertThat(r.answer()).isNotNull();
    }

    @Test
    void apspStreamsTheRowsInSourceOrderNamingTheFilesVertices() {
        CsrGraph path = new CsrGraphBuilder(true).vertexCount(3).addArc(0, 1, 2).addArc(1, 2, 3).build();
        ApspSpec apsp = new ApspSpec();
        AllPairsSpec.Parameters p = apsp.parameters();
        StringWriter w = new StringWriter();
        apsp.streamTo(p, new PrintWriter(w, true));
        apsp.compile(path, p, -1, 0).execute(new EventEngine(), 0);
        String a = path.name(0);
        String b = path.name(1);
        String c = path.name(2);
        assertThat(w.toString().lines()).containsExactly("# source\ttarget\tdistance", a + "\t" + a + "\t0",
                a + "\t" + b + "\t2", a + "\t" + c + "\t5", b + "\t" + b + "\t0", b + "\t" + c + "\t3",
                c + "\t" + c + "\t0");
    }

    @Test
    void apspKeepsNoMatrixAndSamplesSources() {
        CsrGraph big = new CsrGraphBuilder(true).vertexCount(20_000).build();
        ApspSpec apsp = new ApspSpec();
        ApspSpec.Parameters p = (ApspSpec.Parameters) apsp.parameters();
        assertThat(apsp.size(big, p).neurons()).isEqualTo(20_000); // n^2 = 4e8: no matrix, no refusal
        p.sourcesLimit = 3;
        var answer = apsp.compile(big, p, -1, 0).execute(new EventEngine(), 0).answer().value();
        assertThat(answer.sources()).containsExactly(0, 6_666, 13_333);
        assertThat(answer.pairs()).isEqualTo(60_000);
        assertThat(apsp.summary(new AllPairsSpec.Answer<>(big, false, answer), p)).containsEntry("reachablePairs", 0L)
                .containsEntry("sources", 3);
        p.sourcesLimit = 20_001;
        assertThatThrownBy(() -> apsp.size(big, p)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).message("big.gr")).contains("--sources-limit must be 1..20000"));
    }

    @Test
    void apspBoundsItsOutputBeforeAnyWork() {
        CsrGraph path = new CsrGraphBuilder(true).vertexCount(3).addArc(0, 1, 2).addArc(1, 2, 3).build();
        ApspSpec apsp = new ApspSpec();
        AllPairsSpec.Parameters p = apsp.parameters();
        StringWriter w = new StringWriter();
        apsp.streamTo(p, new PrintWriter(w, true));
        apsp.compile(path, p, -1, 0).execute(new EventEngine(), 0);
        assertThat((long) w.toString().length()).isLessThanOrEqualTo(apsp.streamedOutputBound(path, p));
        assertThat(new ClosenessSpec().streamedOutputBound(path, p)).isEqualTo(-1);
    }
}
