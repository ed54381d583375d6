package org.spikegraph.bench.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.hardware.ChipRun;
import org.spikegraph.hardware.Projector;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * kcore, mis and coloring project onto every chip: their bricks declare potential widths narrower
 * than the chips' (peeling gates count up to the degree, inhibited latches go negative, so neither is
 * an OR gate the legalizer could narrow), and the legal runs decode to the same answer.
 */
class NewProblemsOnChipsTest {

    @Seeded(30)
    void theLegalRunsGiveTheSameSummary(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = RandomGraphs.multigraph(dice, dice.chance(0.5), RandomGraphs.Weights.NONE, dice.between(1, 40),
                dice.between(0, 160)).csr();
        HardwareProfile chip = dice.pick(Profiles.all().toArray(HardwareProfile[]::new));
        for (String name : new String[] {"kcore", "mis", "coloring"}) {
            assertSameOnChip(ProblemSpecs.named(name).orElseThrow(), g, chip, seed);
        }
    }

    private static <P, A> void assertSameOnChip(ProblemSpec<P, A> spec, CsrGraph g, HardwareProfile chip, long seed) {
        P p = spec.parameters();
        A exact = spec.compile(g, p, -1, seed).execute(new EventEngine(), seed).answer();
        ChipRun<A> onChip = Projector.project(spec.compile(g, p, -1, seed), chip, DelayStrategy.TAPPED_LINES, seed);
        assertThat(spec.summary(onChip.answer(), p)).as("%s on %s", spec.name(), chip.name())
                .isEqualTo(spec.summary(exact, p));
        assertThat(spec.validate(onChip.answer(), p).agrees()).isTrue();
        assertThat(onChip.projection().seconds()).isPositive();
    }
}
