package org.spikegraph.bench.problem;

import org.spikegraph.bench.report.Report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.components.Components;
import org.spikegraph.algorithms.flow.MaxFlow;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.spanningtree.SpanningForest;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The components, mst and maxflow specs used directly on random multigraphs: the program runs within
 * the size checked before compiling, its answer validates, the summary counts its runs, the answer
 * file has its header and one line per vertex (or arc), and every baseline of {@code compare} agrees
 * with the reference and with the spiking answer; a wrong answer is caught.
 */
class HostDrivenSpecsTest {

    @Test
    void theSpecsAreFoundByName() {
        assertThat(ProblemSpecs.named("components")).containsInstanceOf(ComponentsSpec.class);
        assertThat(ProblemSpecs.named("mst")).containsInstanceOf(MstSpec.class);
        assertThat(ProblemSpecs.named("maxflow")).containsInstanceOf(MaxFlowSpec.class);
    }

    @Seeded(80)
    void componentsOfEveryKind(long seed) {
        Dice dice = new Dice(seed);
        boolean directed = dice.chance(0.6);
        CsrGraph g = RandomGraphs.multigraph(dice, directed, RandomGraphs.Weights.NONE, dice.between(0, 60),
                dice.between(0, 90)).csr();
        ComponentsSpec spec = new ComponentsSpec();
        ComponentsSpec.Parameters p = !directed ? spec.parameters()
                : dice.chance(0.5) ? ComponentsSpec.Parameters.strong() : ComponentsSpec.Parameters.weak();
        Execution<Components> e = runWithinSize(spec, g, p, seed);
        Components c = e.answer();
        Validation v = spec.validate(c, p);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(c.kind()).isEqualTo(p.mode != null && p.mode.strong ? Components.Kind.STRONG : Components.Kind.CONNECTED);
        assertThat(spec.reportName(g, p)).isEqualTo(p.mode == null ? "components" : p.mode.strong ? "scc" : "wcc");
        assertThat(spec.reportParameters(g, p)).containsEntry("kind",
                p.mode == null ? "connected" : p.mode.strong ? "strong" : "weak");
        assertThat(spec.summary(c, p)).containsExactlyEntriesOf(ProblemSpec.fields("components", c.count(),
                "largest", c.largest(), "runs", e.totals().runs()));
        assertBaselinesAgree(spec.baselines(g, p), c, g.vertexCount());
        assertThat(answerFile(spec, g, c, p)).hasSize(1 + g.vertexCount()).first().isEqualTo("# vertex\tcomponent");
    }

    @Test
    void aDirectedGraphNeedsWeakOrStrong() {
        CsrGraph g = RandomGraphs.multigraph(new Dice(1), true, RandomGraphs.Weights.NONE, 5, 6).csr();
        ComponentsSpec spec = new ComponentsSpec();
        assertThatThrownBy(() -> spec.compile(g, spec.parameters(), -1, 0)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.message("g.txt")).isEqualTo("g.txt is directed: give --weak or --strong "
                        + "(or --undirected to read it as undirected)"));
        assertThatThrownBy(() -> spec.size(g, spec.parameters())).isInstanceOf(InputException.class)
                .hasMessageContaining("give --weak or --strong"); // refused before any work, as compile refuses
        assertThat(spec.compareParameters(g).mode).as("compare asks as solve does: no silent default").isNull();
    }

    @Test
    void theParametersAreAPicocliMixin() {
        ComponentsSpec.Parameters p = new ComponentsSpec().parameters();
        picocli.CommandLine cl = new picocli.CommandLine(picocli.CommandLine.Model.CommandSpec.create().addMixin("p",
                picocli.CommandLine.Model.CommandSpec.forAnnotatedObject(p)));
        cl.parseArgs("--strong");
        assertThat(p.mode.strong).isTrue();
        assertThatThrownBy(() -> cl.parseArgs("--weak", "--strong")).hasMessageContaining("mutually exclusive");
        MaxFlowSpec.Parameters f = new MaxFlowSpec().parameters();
        picocli.CommandLine flow = new picocli.CommandLine(picocli.CommandLine.Model.CommandSpec.create().addMixin("f",
                picocli.CommandLine.Model.CommandSpec.forAnnotatedObject(f)));
        flow.parseArgs("--source", "1", "--sink", "7");
        assertThat(f.sourceId).isEqualTo("1");
        assertThat(f.sinkId).isEqualTo("7");
        MaxFlowSpec.Parameters d = new MaxFlowSpec().parameters();
        new picocli.CommandLine(picocli.CommandLine.Model.CommandSpec.create().addMixin("d",
                picocli.CommandLine.Model.CommandSpec.forAnnotatedObject(d))).parseArgs();
        assertThat(d.sourceId).as("--source defaults as in every problem").isNull();
        assertThat(d.sinkId).as("--sink defaults too").isNull();
    }

    @Seeded(80)
    void minimumSpanningForests(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), dice.chance(0.5) ? RandomGraphs.Weights.SMALL_INTEGERS
                : RandomGraphs.Weights.REAL, dice.between(0, 50), dice.between(0, 120)).csr();
        MstSpec spec = new MstSpec();
        MstSpec.Parameters p = spec.parameters();
        Execution<SpanningForest> e = runWithinSize(spec, g, p, seed);
        SpanningForest f = e.answer();
        Validation v = spec.validate(f, p);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(spec.summary(f, p)).containsEntry("edges", f.edgeCount()).containsEntry("runs", e.totals().runs());
        assertThat(spec.summary(f, p).get("weight")).isInstanceOf(g.integralWeights() ? Long.class : Double.class);
        assertBaselinesAgree(spec.baselines(g, p), f, 2);
        List<String> lines = answerFile(spec, g, f, p);
        assertThat(lines).hasSize(1 + f.edgeCount()).first().isEqualTo("# u\tv\tweight");
        double total = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split("\t")[2])).sum();
        assertThat(total).isCloseTo(f.weight(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Seeded(80)
    void maximumFlows(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 30);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), dice.chance(0.5) ? RandomGraphs.Weights.SMALL_INTEGERS
                : RandomGraphs.Weights.NONE, n, dice.between(0, 100)).csr();
        MaxFlowSpec spec = new MaxFlowSpec();
        MaxFlowSpec.Parameters p = spec.parameters();
        int s = dice.between(0, n - 1);
        p.sourceId = g.name(s);
        p.sinkId = g.name((s + dice.between(1, n - 1)) % n);
        assertThat(spec.source(g, p)).isEqualTo(s);
        Execution<MaxFlow> e = runWithinSize(spec, g, p, seed);
        MaxFlow f = e.answer();
        Validation v = spec.validate(f, p);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(spec.summary(f, p)).containsEntry("augmentingPaths", f.augmentations())
                .containsEntry("runs", e.totals().runs());
        assertThat(spec.reportParameters(g, p)).containsEntry("sink", Report.vertexId(g, g.find(p.sinkId)));
        assertBaselinesAgree(spec.baselines(g, p), f, 1);
        List<String> lines = answerFile(spec, g, f, p);
        assertThat(lines).hasSize(1 + g.arcCount()).first().isEqualTo("# tail\thead\tcapacity\tflow\tcut");
        double cut = lines.stream().skip(1).map(l -> l.split("\t")).filter(x -> x[4].equals("cut"))
                .mapToDouble(x -> Double.parseDouble(x[2])).sum();
        assertThat(cut).isEqualTo(f.value());
    }

    @Test
    void maxflowRefusesTheSameSourceAndSinkAndUnknownVertices() {
        CsrGraph g = RandomGraphs.multigraph(new Dice(2), true, RandomGraphs.Weights.NONE, 4, 6).csr();
        MaxFlowSpec spec = new MaxFlowSpec();
        MaxFlowSpec.Parameters p = spec.parameters();
        p.sourceId = g.name(1);
        p.sinkId = g.name(1);
        assertThatThrownBy(() -> spec.compile(g, p, -1, 0)).isInstanceOf(InputException.class)
                .hasMessage("--source and --sink must differ (both are " + g.name(1) + ")");
        p.sinkId = "nowhere";
        assertThatThrownBy(() -> spec.compile(g, p, -1, 0)).isInstanceOf(InputException.class)
                .hasMessageContaining("--sink 'nowhere'");
        MaxFlowSpec.Parameters c = spec.compareParameters(g);
        assertThat(spec.source(g, c)).as("the first vertex").isZero();
        assertThat(spec.reportParameters(g, c)).as("the last vertex").containsEntry("sink", Report.vertexId(g, 3));
        p.sourceId = g.name(3);
        p.sinkId = null;
        assertThatThrownBy(() -> spec.compile(g, p, -1, 0)).isInstanceOf(InputException.class)
                .hasMessage("--source and --sink must differ (both are " + g.name(3) + ", the last vertex, --sink's default)");
    }

    @Seeded(40)
    void aWrongAnswerIsCaughtByTheBaselinesCheck(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = RandomGraphs.multigraph(dice, false, RandomGraphs.Weights.SMALL_INTEGERS, dice.between(3, 30),
                dice.between(2, 60)).csr();
        MstSpec mst = new MstSpec();
        Baselines<SpanningForest, double[]> b = mst.baselines(g, mst.parameters());
        double[] expected = b.methods().get(0).solve(-1).answer().get();
        assertThat(b.check(new double[] {expected[0] + 1, expected[1]}, expected).mismatches()).isEqualTo(1);
        assertThat(b.check(new double[] {expected[0], expected[1] - 1}, expected).mismatches()).isEqualTo(1);
        ComponentsSpec components = new ComponentsSpec();
        Baselines<Components, long[]> cb = components.baselines(g, components.parameters());
        long[] labels = cb.methods().get(0).solve(-1).answer().get();
        long[] wrong = labels.clone();
        int v = dice.between(0, wrong.length - 1);
        wrong[v] = wrong[v] == 0 ? 1 : 0;
        assertThat(cb.check(wrong, labels).mismatches()).isEqualTo(1);
    }

    private static <P, A> Execution<A> runWithinSize(ProblemSpec<P, A> spec, CsrGraph g, P p, long seed) {
        ProblemSpec.Size size = spec.size(g, p);
        Execution<A> e = spec.compile(g, p, spec.source(g, p), seed).execute(new EventEngine(), seed);
        assertThat((long) e.totals().maxNeurons()).isLessThanOrEqualTo(size.neurons());
        assertThat(e.totals().maxSynapses()).isLessThanOrEqualTo(size.synapses());
        return e;
    }

    private static <A, C> void assertBaselinesAgree(Baselines<A, C> baselines, A answer, long compared) {
        List<Method<C>> methods = baselines.methods();
        assertThat(methods).extracting(Method::name).containsExactly("jgrapht", "primitive");
        C expected = methods.get(0).solve(-1).answer().get();
        for (Method<C> m : methods) {
            Validation v = baselines.check(m.solve(-1).answer().get(), expected);
            assertThat(v.agrees()).as("%s: %s", m.name(), v).isTrue();
            assertThat(v.compared()).isEqualTo(compared);
        }
        Validation spiking = baselines.check(baselines.form(answer), expected);
        assertThat(spiking.agrees()).as("spiking: %s", spiking).isTrue();
    }

    private static <P, A> List<String> answerFile(ProblemSpec<P, A> spec, CsrGraph g, A answer, P p) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            spec.writeAnswer(g, answer, p, out);
        }
        return text.toString().lines().toList();
    }
}
