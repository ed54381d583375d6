package org.spikegraph.bench.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.kcore.CoreDecomposition;
import org.spikegraph.algorithms.mis.Colouring;
import org.spikegraph.algorithms.mis.IndependentSet;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The kcore, mis and coloring specs used directly, as every command uses them: size before compile,
 * compile, run, validate, summary, answer file, and every baseline of {@code compare} agreeing with
 * the reference and with the spiking answer; a wrong answer is caught.
 */
class PeelingAndGreedySpecsTest {

    private static CsrGraph draw(Dice dice) {
        int n = dice.between(1, 50);
        int m = dice.between(0, dice.chance(0.3) ? 400 : 100);
        return RandomGraphs.multigraph(dice, dice.chance(0.5), RandomGraphs.Weights.NONE, n, m).csr();
    }

    @Test
    void theSpecsAreFoundByName() {
        assertThat(ProblemSpecs.named("kcore")).containsInstanceOf(KCoreSpec.class);
        assertThat(ProblemSpecs.named("mis")).containsInstanceOf(MisSpec.class);
        assertThat(ProblemSpecs.named("coloring")).containsInstanceOf(ColoringSpec.class);
    }

    @Seeded(60)
    void kcoreRunsValidatesAndEveryBaselineAgrees(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        KCoreSpec spec = new KCoreSpec();
        KCoreSpec.Parameters p = spec.parameters();
        Execution<CoreDecomposition> e = runWithinSize(spec, g, p, seed);
        Validation v = spec.validate(e.answer(), p);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isEqualTo(g.vertexCount());
        assertThat(spec.summary(e.answer(), p)).containsKeys("degeneracy", "maxCoreVertices", "corenessSum")
                .containsEntry("degeneracy", e.answer().degeneracy());
        assertBaselinesAgree(spec.baselines(g, p), e.answer(), g);
        assertAnswerFile(spec, g, e.answer(), p, "# vertex\tcoreness");
    }

    @Seeded(60)
    void misRunsValidatesAndEveryBaselineAgrees(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        MisSpec spec = new MisSpec();
        MisSpec.Parameters p = spec.parameters();
        Execution<IndependentSet> e = runWithinSize(spec, g, p, seed);
        Validation v = spec.validate(e.answer(), p);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isEqualTo(2L * g.vertexCount());
        assertThat(spec.summary(e.answer(), p)).containsEntry("size", e.answer().size());
        assertBaselinesAgree(spec.baselines(g, p), e.answer(), g);
        assertAnswerFile(spec, g, e.answer(), p, "# vertex\tin_set");
    }

    @Seeded(60)
    void coloringRunsValidatesAndEveryBaselineAgrees(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        ColoringSpec spec = new ColoringSpec();
        ColoringSpec.Parameters p = spec.parameters();
        Execution<Colouring> e = runWithinSize(spec, g, p, seed);
        Validation v = spec.validate(e.answer(), p);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(spec.summary(e.answer(), p)).containsEntry("colours", e.answer().colours());
        assertThat(e.totals().runs()).isEqualTo(e.answer().colours());
        assertBaselinesAgree(spec.baselines(g, p), e.answer(), g);
        assertAnswerFile(spec, g, e.answer(), p, "# vertex\tcolour");
    }

    /** A set that is still independent and maximal but not the greedy one of the order, and a wrong coreness. */
    @Seeded(60)
    void aWrongAnswerIsCaught(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        int v = dice.between(0, g.vertexCount() - 1);

        KCoreSpec kcore = new KCoreSpec();
        CoreDecomposition d = kcore.compile(g, kcore.parameters(), -1, seed).execute(new EventEngine(), seed).answer();
        int[] coreness = d.coreness().clone();
        coreness[v]++;
        assertThat(kcore.validate(new CoreDecomposition(g, coreness, d.runs()), kcore.parameters()).mismatches()).isEqualTo(1);

        MisSpec mis = new MisSpec();
        IndependentSet set = mis.compile(g, mis.parameters(), -1, seed).execute(new EventEngine(), seed).answer();
        boolean[] member = set.member().clone();
        member[v] = !member[v];
        Validation wrong = mis.validate(new IndependentSet(g, member), mis.parameters());
        assertThat(wrong.mismatches()).isGreaterThanOrEqualTo(2); // not independent or not maximal, and not the greedy set
        assertThat(wrong.examples()).anySatisfy(x -> assertThat(x).contains("membership"));

        ColoringSpec coloring = new ColoringSpec();
        Colouring c = coloring.compile(g, coloring.parameters(), -1, seed).execute(new EventEngine(), seed).answer();
        int[] renamed = c.colour().clone(); // colours 0 and 1 swapped: still proper, no longer first fit
        for (int u = 0; u < renamed.length; u++) {
            renamed[u] = renamed[u] < 2 && c.colours() >= 2 ? 1 - renamed[u] : renamed[u];
        }
        Validation swapped = coloring.validate(new Colouring(g, renamed, c.colours(), c.runs()), coloring.parameters());
        assertThat(swapped.agrees()).isEqualTo(c.colours() < 2);
    }

    private static <P, A> Execution<A> runWithinSize(ProblemSpec<P, A> spec, CsrGraph g, P p, long seed) {
        ProblemSpec.Size size = spec.size(g, p);
        Execution<A> e = spec.compile(g, p, -1, seed).execute(new EventEngine(), seed);
        assertThat((long) e.totals().maxNeurons()).isLessThanOrEqualTo(size.neurons());
        assertThat(e.totals().maxSynapses()).isLessThanOrEqualTo(size.synapses());
        return e;
    }

    private static <A, C> void assertBaselinesAgree(Baselines<A, C> baselines, A answer, CsrGraph g) {
        List<Method<C>> methods = baselines.methods();
        assertThat(methods).extracting(Method::name).containsExactly("jgrapht", "primitive");
        C expected = methods.get(0).solve(-1).answer().get();
        for (Method<C> m : methods) {
            Validation v = baselines.check(m.solve(-1).answer().get(), expected);
            assertThat(v.agrees()).as("%s: %s", m.name(), v).isTrue();
            assertThat(v.compared()).isEqualTo(g.vertexCount());
        }
        Validation spiking = baselines.check(baselines.form(answer), expected);
        assertThat(spiking.agrees()).as("spiking: %s", spiking).isTrue();
        assertThat(baselines.spikingMeasures()).isNotBlank();
    }

    private static <P, A> void assertAnswerFile(ProblemSpec<P, A> spec, CsrGraph g, A answer, P p, String header) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            spec.writeAnswer(g, answer, p, out);
        }
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(1 + g.vertexCount());
        assertThat(lines.get(0)).isEqualTo(header);
        for (int v = 0; v < g.vertexCount(); v++) {
            assertThat(lines.get(1 + v)).startsWith(g.name(v) + "\t");
        }
    }
}
