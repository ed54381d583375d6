package org.spikegraph.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.brick.BrickLimits;
import org.spikegraph.algorithms.brick.Composer;
import org.spikegraph.algorithms.brick.CompositionException;
import org.spikegraph.algorithms.brick.Latches;
import org.spikegraph.algorithms.brick.Links;
import org.spikegraph.algorithms.brick.Placed;
import org.spikegraph.algorithms.brick.Port;
import org.spikegraph.algorithms.brick.ThresholdGates;
import org.spikegraph.algorithms.brick.Violation;
import org.spikegraph.hardware.legalize.ChipLimits;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;

/** A chip profile's limits as bricks see them: a composition the chip cannot hold is refused when composed. */
class BrickLimitsOfProfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"loihi", "loihi2", "truenorth", "spinnaker", "spinnaker2"})
    void theBrickLimitsAreTheProfilesLimits(String chip) {
        HardwareProfile p = Profiles.byName(chip);
        ChipLimits l = p.limits();
        BrickLimits b = p.brickLimits();
        assertThat(b.chip()).isEqualTo(chip);
        assertThat(b.maxFanIn()).isEqualTo(l.maxFanIn());
        assertThat(b.weightBits()).isEqualTo(l.weightBits());
        assertThat(b.potentialBits()).isEqualTo(l.potentialBits());
        assertThat(b.stochastic()).isTrue();
    }

    /** A threshold gate over fan-in + 44 inputs: above the chip's fan-in, and not splittable (OR gates are). */
    private static Composer gateOver(BrickLimits limits, int fanIn) {
        Composer c = new Composer(limits);
        Placed src = c.add("inputs", new Latches("out", fanIn, 1, Port.Direction.OUT, 0, 2));
        Placed and = c.add("all-of", new ThresholdGates("in", new int[] {fanIn}, Port.Direction.IN, fanIn, 2));
        Placed or = c.add("any-of", new Latches("in", 1, 1, Port.Direction.IN, fanIn, 2));
        c.connect(src.port("out"), and.port("in"), Links.allToAll(fanIn, 1, 1, 1));
        c.connect(src.port("out"), or.port("in"), Links.allToAll(fanIn, 1, 1, 1));
        return c;
    }

    @Test
    void trueNorthsFanInRefusesAThresholdGateNamingTheBrickAndTheLimit() {
        BrickLimits trueNorth = Profiles.byName("truenorth").brickLimits();
        int fanIn = trueNorth.maxFanIn() + 44;
        assertThatThrownBy(() -> gateOver(trueNorth, fanIn).build()).isInstanceOfSatisfying(CompositionException.class, e -> {
            assertThat(e.violations()).extracting(Violation::instance, Violation::limit).containsExactly(tuple("all-of", "fan-in"));
            assertThat(e.getMessage()).contains("all-of").contains("fan-in").contains("truenorth").contains("allows 256");
        });
        assertThat(gateOver(BrickLimits.NONE, fanIn).build().network().neuronCount()).as("the simulator holds it")
                .isEqualTo(fanIn + 2);
        assertThat(gateOver(Profiles.byName("spinnaker2").brickLimits(), fanIn).build()).as("no fan-in limit").isNotNull();
    }

    @Test
    void loihisWeightWidthRefusesAWideWeight() {
        BrickLimits loihi = Profiles.byName("loihi").brickLimits();
        Composer c = new Composer(loihi);
        Placed src = c.add("src", new Latches("out", 1, 1, Port.Direction.OUT, 0, 2));
        Placed wide = c.add("wide", new Latches("in", 1, 1, Port.Direction.IN, 1, loihi.weightBits() + 3));
        c.connect(src.port("out"), wide.port("in"), Links.oneToOne(1, 1 << (loihi.weightBits() + 1), 1));
        assertThatThrownBy(c::build).isInstanceOfSatisfying(CompositionException.class, e -> {
            assertThat(e.violations()).extracting(Violation::instance, Violation::limit).contains(tuple("wide", "weight bits"));
            assertThat(e.getMessage()).contains("wide").contains("weight bits").contains("loihi holds " + loihi.weightBits());
        });
    }
}
