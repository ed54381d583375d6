package org.spikegraph.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.CircuitRunner;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.components.Components;
import org.spikegraph.algorithms.components.ComponentsCompiler;
import org.spikegraph.algorithms.flow.MaxFlow;
import org.spikegraph.algorithms.flow.MaxFlowCompiler;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.spanningtree.SpanningForest;
import org.spikegraph.algorithms.spanningtree.SpanningForestCompiler;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * Host loops (components, spanning forests, max flow) projected as programs: the total is the sum of
 * every round's circuit projected alone, and the legal runs decode to the simulator's answer.
 */
class ProgramProjectionTest {

    private static final String[] CHIPS = {"loihi", "loihi2", "truenorth", "spinnaker", "spinnaker2"};

    /** A random host-driven program, drawn with its kind. */
    private record Drawn<A>(String kind, Program<A> program) {}

    private static Drawn<?> draw(Dice dice) {
        int n = dice.between(2, 25);
        boolean directed = dice.chance(0.5);
        CsrGraph g = RandomGraphs.multigraph(dice, directed, Weights.SMALL_INTEGERS, n, dice.between(0, 50)).csr();
        return switch (dice.between(0, 3)) {
            case 0 -> new Drawn<>("components", ComponentsCompiler.connected(g).program());
            case 1 -> new Drawn<>("scc", ComponentsCompiler.strong(g).program());
            case 2 -> new Drawn<>("mst", new SpanningForestCompiler(g).program());
            default -> new Drawn<>("maxflow", new MaxFlowCompiler(g, 0, n - 1).program());
        };
    }

    /** The circuits a program runs, in order, recorded while it runs on the event engine. */
    private static List<Circuit<?>> circuits(Program<?> program, long seed) {
        List<Circuit<?>> out = new ArrayList<>();
        CircuitRunner sim = CircuitRunner.on(new EventEngine(), seed);
        program.execute(c -> {
            out.add(c);
            return sim.run(c);
        });
        return out;
    }

    @Seeded(60)
    void aHostLoopsProjectionIsTheSumOfItsRoundsProjectedAlone(long seed) {
        Dice dice = new Dice(seed);
        Drawn<?> d = draw(dice);
        HardwareProfile chip = Profiles.byName(dice.pick(CHIPS));
        ChipRun<?> run;
        try {
            run = Projector.project(d.program(), chip, DelayStrategy.TAPPED_LINES, seed);
        } catch (IllegalArgumentException e) {
            return; // a network this chip cannot hold (checked by the legalizer's own tests)
        }
        List<Circuit<?>> rounds = circuits(d.program(), seed);
        List<Projection> alone = new ArrayList<>();
        ActivityStats activity = ActivityStats.NONE;
        for (Circuit<?> c : rounds) {
            ChipRun<?> one = Projector.project(c, chip, DelayStrategy.TAPPED_LINES, seed);
            assertThat(one.runs()).isOne();
            alone.add(one.projection());
            activity = activity.plus(one.activity());
        }
        assertThat(run.runs()).as(d.kind()).isEqualTo(rounds.size());
        Projection t = run.projection();
        double seconds = 0, joules = 0, joulesLow = 0, secondsHigh = 0;
        long steps = 0, overruns = 0;
        int cores = 0, neurons = 0;
        Map<String, Double> breakdown = new TreeMap<>();
        for (Projection p : alone) {
            seconds += p.seconds();
            secondsHigh += p.secondsHigh();
            joules += p.joules();
            joulesLow += p.joulesLow();
            steps += p.stepsSpanned();
            overruns += p.overrunSteps();
            cores = Math.max(cores, p.cores());
            neurons = Math.max(neurons, p.neurons());
            p.breakdown().forEach((k, v) -> breakdown.merge(k, v, Double::sum));
        }
        double tolerance = 1e-9 * Math.max(seconds, 1e-12);
        assertThat(t.seconds()).isCloseTo(seconds, offset(tolerance));
        assertThat(t.secondsHigh()).isCloseTo(secondsHigh, offset(1e-9 * Math.max(secondsHigh, 1e-12)));
        assertThat(t.joules()).isCloseTo(joules, offset(1e-9 * Math.max(joules, 1e-12)));
        assertThat(t.joulesLow()).isCloseTo(joulesLow, offset(1e-9 * Math.max(joulesLow, 1e-12)));
        assertThat(t.stepsSpanned()).isEqualTo(steps);
        assertThat(t.overrunSteps()).isEqualTo(overruns);
        assertThat(t.cores()).isEqualTo(cores);
        assertThat(t.neurons()).isEqualTo(neurons);
        assertThat(new TreeMap<>(t.breakdown()).keySet()).isEqualTo(breakdown.keySet());
        breakdown.forEach((k, v) -> assertThat(t.breakdown().get(k)).as(k).isCloseTo(v, offset(1e-9 * Math.max(Math.abs(v), 1e-12))));
        if (rounds.size() > 1) {
            assertThat(t.assumptions().get(0)).startsWith(rounds.size() + " runs, driven by the host");
        } else {
            assertThat(t).isEqualTo(alone.get(0));
        }
        assertThat(run.activity().spikes()).isEqualTo(activity.spikes());
        assertThat(run.activity().synapticEvents()).isEqualTo(activity.synapticEvents());
        assertThat(run.activity().stepsSpanned()).isEqualTo(activity.stepsSpanned());
        assertThat(run.networks()).as("each distinct network legalized once")
                .hasSize((int) rounds.stream().map(Circuit::network).distinct().count());
    }

    @Seeded(60)
    void aLegalizedHostLoopDecodesToTheSimulatorsAnswer(long seed) {
        Dice dice = new Dice(seed);
        Drawn<?> d = draw(dice);
        HardwareProfile chip = Profiles.byName(dice.pick(CHIPS));
        assertAgrees(d.program(), chip, seed);
    }

    private static <A> void assertAgrees(Program<A> program, HardwareProfile chip, long seed) {
        Execution<A> simulated = program.execute(new EventEngine(), seed);
        ChipRun<A> onChip;
        try {
            onChip = Projector.project(program, chip, DelayStrategy.TAPPED_LINES, seed);
        } catch (IllegalArgumentException e) {
            return;
        }
        assertThat(onChip.runs()).isEqualTo(simulated.totals().runs());
        assertThat(onChip.agrees(simulated.answer(), ProgramProjectionTest::same)).as(program.problem()).isTrue();
    }

    /** The same answer: labels, forest edges, or flow on every arc. */
    private static boolean same(Object a, Object b) {
        if (a instanceof Components x && b instanceof Components y) {
            return java.util.Arrays.equals(x.labels(), y.labels()) && x.runs() == y.runs();
        }
        if (a instanceof SpanningForest x && b instanceof SpanningForest y) {
            return java.util.Arrays.equals(x.arcs(), y.arcs()) && x.weight() == y.weight() && x.runs() == y.runs();
        }
        MaxFlow x = (MaxFlow) a;
        MaxFlow y = (MaxFlow) b;
        for (int arc = 0; arc < x.graph().arcCount(); arc++) {
            if (x.flow(arc) != y.flow(arc)) {
                return false;
            }
        }
        return x.value() == y.value() && x.runs() == y.runs();
    }

    /** The projection of a program equals what the old ProjectingEngine summed (kept until it is deleted). */
    @Seeded(40)
    @SuppressWarnings("deprecation")
    void equalsTheProjectingEnginesSum(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 25);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), Weights.SMALL_INTEGERS, n, dice.between(0, 50)).csr();
        HardwareProfile chip = Profiles.byName(dice.pick(CHIPS));
        int kind = dice.between(0, 2);
        ProjectingEngine engine = new ProjectingEngine(chip, DelayStrategy.TAPPED_LINES);
        ChipRun<?> run;
        try {
            switch (kind) {
                case 0 -> {
                    Components old = ComponentsCompiler.strong(g).solve(engine, seed);
                    ChipRun<Components> r = Projector.project(ComponentsCompiler.strong(g).program(), chip,
                            DelayStrategy.TAPPED_LINES, seed);
                    assertThat(r.answer().labels()).isEqualTo(old.labels());
                    run = r;
                }
                case 1 -> {
                    SpanningForest old = new SpanningForestCompiler(g).solve(engine, seed);
                    ChipRun<SpanningForest> r = Projector.project(new SpanningForestCompiler(g).program(), chip,
                            DelayStrategy.TAPPED_LINES, seed);
                    assertThat(r.answer().arcs()).isEqualTo(old.arcs());
                    run = r;
                }
                default -> {
                    MaxFlow old = new MaxFlowCompiler(g, 0, n - 1).solve(engine, seed);
                    ChipRun<MaxFlow> r = Projector.project(new MaxFlowCompiler(g, 0, n - 1).program(), chip,
                            DelayStrategy.TAPPED_LINES, seed);
                    assertThat(r.answer().value()).isEqualTo(old.value());
                    run = r;
                }
            }
        } catch (IllegalArgumentException e) {
            return;
        }
        assertThat(run.projection()).isEqualTo(engine.total());
        assertThat(run.runs()).isEqualTo(engine.runs());
        assertThat(run.activity().spikes()).isEqualTo(engine.activity().spikes());
        assertThat(run.activity().neuronUpdates()).isEqualTo(engine.activity().neuronUpdates());
    }
}
