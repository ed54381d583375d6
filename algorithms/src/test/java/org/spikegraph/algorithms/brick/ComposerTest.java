package org.spikegraph.algorithms.brick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** Placing, connecting and checking bricks. */
class ComposerTest {

    @Test
    void portsAreLaidOutInOrderAndAddressedByName() {
        Composer c = new Composer();
        Placed a = c.add("a", new Latches("out", 3, 1, Port.Direction.OUT, 0, 2));
        Placed b = c.add("b", new Latches("in", 2, 1, Port.Direction.IN, 3, 2));
        c.connect(a.port("out"), b.port("in"), Links.allToAll(3, 2, 1, 2));
        Composition comp = c.build();
        assertThat(a.port("out").all()).containsExactly(0, 1, 2);
        assertThat(b.port("in").ids()).isEmpty();
        assertThat(b.port("in").id(1)).isEqualTo(4);
        assertThat(comp.instance("b")).isSameAs(b);
        assertThat(comp.network().synapseCount()).isEqualTo(6);
        assertThatThrownBy(() -> a.port("nope")).hasMessageContaining("brick a (or-latches) has no port nope")
                .hasMessageContaining("[out]");
        assertThatThrownBy(() -> b.port("in").id(2)).hasMessageContaining("b.in");
    }

    @Test
    void anInputPortCannotSend() {
        Composer c = new Composer();
        Placed a = c.add("a", new Latches("in", 1, 1, Port.Direction.IN, 1, 2));
        Placed b = c.add("b", new Latches("in", 1, 1, Port.Direction.IN, 1, 2));
        assertThatThrownBy(() -> c.connect(a.port("in"), b.port("in"), Links.oneToOne(1, 1, 1)))
                .hasMessageContaining("port a.in is an input port");
    }

    @Test
    void aBrickThatBreaksItsDeclaredFanInIsNamedWhenComposed() {
        Composer c = new Composer();
        Placed a = c.add("src", new Latches("out", 3, 1, Port.Direction.OUT, 0, 2));
        Placed b = c.add("gate", new Latches("in", 1, 1, Port.Direction.IN, 2, 2));
        c.connect(a.port("out"), b.port("in"), Links.allToAll(3, 1, 1, 1));
        assertThatThrownBy(c::build).isInstanceOf(CompositionException.class)
                .hasMessageContaining("brick gate (or-latches): fan-in: neuron in[0] has 3 synapses, declared at most 2");
    }

    @Test
    void aWideWeightIsNamed() {
        Composer c = new Composer();
        Placed a = c.add("src", new Latches("out", 1, 1, Port.Direction.OUT, 0, 2));
        Placed b = c.add("gate", new Latches("in", 1, 1, Port.Direction.IN, 1, 2));
        c.connect(a.port("out"), b.port("in"), Links.oneToOne(1, 5, 1));
        assertThatThrownBy(c::build).hasMessageContaining("brick gate (or-latches): weight bits: neuron in[0] has a 4-bit weight, declared 2");
    }

    @Test
    void aThresholdGateAboveTheChipsFanInIsReportedButAnOrGateIsNot() {
        BrickLimits chip = new BrickLimits("tiny", 2, 8, 3, false);
        Composer c = new Composer(chip);
        Placed src = c.add("src", new Latches("out", 3, 1, Port.Direction.OUT, 0, 2));
        Placed or = c.add("or", new Latches("in", 1, 1, Port.Direction.IN, 3, 2));
        Placed and = c.add("and", new ThresholdGates("in", new int[] {3}, Port.Direction.IN, 3, 2));
        c.connect(src.port("out"), or.port("in"), Links.allToAll(3, 1, 1, 1));
        c.connect(src.port("out"), and.port("in"), Links.allToAll(3, 1, 1, 1));
        assertThatThrownBy(c::build).isInstanceOfSatisfying(CompositionException.class, e -> {
            assertThat(e.violations()).hasSize(3); // and: fan-in; or, and: inputs up to 6 need 4-bit potentials
            assertThat(e.violations()).extracting(Violation::instance, Violation::limit)
                    .contains(org.assertj.core.groups.Tuple.tuple("and", "fan-in"),
                            org.assertj.core.groups.Tuple.tuple("or", "potential bits"), org.assertj.core.groups.Tuple.tuple("and", "potential bits"));
            assertThat(e.violations()).noneMatch(v -> v.instance().equals("or") && v.limit().equals("fan-in"));
        });
    }

    @Test
    void aBrickCannotWireAnotherBricksNeurons() {
        Composer c = new Composer();
        Placed a = c.add("a", new Latches("out", 1, 1, Port.Direction.OUT, 0, 2));
        Brick thief = new Brick() {
            @Override public String kind() { return "thief"; }
            @Override public Assumptions assumptions() { return Assumptions.orLatches(1); }
            @Override public void build(BrickScope s) {
                PortRef mine = s.port("x", Port.Direction.IN, org.spikegraph.substrate.neuron.NeuronType.latch(1), 1);
                s.synapse(a.port("out"), 0, mine, 0, 1, 1);
            }
        };
        assertThatThrownBy(() -> c.add("t", thief)).hasMessageContaining("wires port a.out of another brick");
    }

    /** A brick with a done neuron: a coincidence of all its inputs, watched to stop the run. */
    @Seeded(30)
    void aDoneNeuronSpikesWhenEveryInputHasArrived(long seed) {
        Dice dice = new Dice(seed);
        int width = dice.between(1, 6);
        Brick allArrived = new Brick() {
            @Override public String kind() { return "all-arrived"; }
            @Override public Assumptions assumptions() { return new Assumptions(false, width, 2, 8, true, false); }
            @Override public void build(BrickScope s) {
                PortRef in = s.port("in", Port.Direction.IN, org.spikegraph.substrate.neuron.NeuronType.latch(1), width);
                PortRef done = s.done(org.spikegraph.substrate.neuron.NeuronType.latch(width));
                for (int i = 0; i < width; i++) {
                    s.synapse(in, i, done, 0, 1, 1);
                }
            }
        };
        Composer c = new Composer();
        Placed gate = c.add("gate", allArrived);
        Network net = c.build().network();
        long[] at = new long[width];
        Stimulus.Builder sb = Stimulus.builder();
        long latest = 0;
        for (int i = 0; i < width; i++) {
            at[i] = dice.between(0, 20);
            latest = Math.max(latest, at[i]);
            sb.spike(gate.port("in").id(i), at[i]);
        }
        Run run = new EventEngine().run(net, sb.build(), StopCondition.afterSteps(100).orWhenAnySpiked(gate.done().id(0)),
                Recording.firstSpikeTimes(), seed);
        assertThat(gate.done()).isSameAs(gate.port("done"));
        assertThat(run.firstSpike(gate.done().id(0))).isEqualTo(latest + 1);
        assertThat(run.stepsSpanned()).isEqualTo(latest + 2);
    }

    /** A chain of OR-latch bricks connected one to one carries a spike one brick per step. */
    @Seeded(50)
    void aChainOfBricksDelaysASpikeByItsLength(long seed) {
        Dice dice = new Dice(seed);
        int length = dice.between(1, 12);
        int width = dice.between(1, 5);
        Composer c = new Composer();
        PortRef[] stage = new PortRef[length];
        for (int i = 0; i < length; i++) {
            stage[i] = c.add("s" + i, new Latches("x", width, 1, Port.Direction.IN_OUT, 1, 2)).port("x");
            if (i > 0) {
                c.connectOneToOne(stage[i - 1], stage[i], 1, 1);
            }
        }
        Network net = c.build().network();
        int lane = dice.between(0, width - 1);
        Run run = new EventEngine().run(net, Stimulus.spikes(0, stage[0].id(lane)),
                StopCondition.afterSteps(100).orQuiescent(), Recording.firstSpikeTimes(), seed);
        for (int i = 0; i < length; i++) {
            for (int j = 0; j < width; j++) {
                assertThat(run.firstSpike(stage[i].id(j))).isEqualTo(j == lane ? i : Run.NEVER);
            }
        }
    }
}
