package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * Every lane of the lane engine reports exactly the event engine's run of that lane's stimulus alone
 * (stop reason, steps spanned, first spikes, spike counts, final potentials, activity), on seeded
 * random networks of the accepted types, for 1, 2 and 3 threads and batches of more than 64 lanes,
 * by every {@link LaneEngine.Strategy}: any delays (the lane calendar, or the event engine per lane),
 * and delay 1 everywhere (the dense next-step path). The first-spike histogram of every lane, recorded
 * with the first spikes and alone, is the one derived from the event engine's first spikes.
 */
class LaneEngineAgreementTest {

    private static final EventEngine EVENT = new EventEngine();
    private static final Recording RECORDING = Recording.firstSpikeTimes().withSpikeCounts().withFirstSpikeHistogram();
    private static final Recording HISTOGRAM_ONLY = Recording.firstSpikeHistogramOnly();

    @Seeded(1000)
    void everyLaneEqualsTheEventEngine(long seed) {
        Dice dice = new Dice(seed);
        assertEveryLaneEqualsTheEventEngine(LaneNetworks.draw(dice, dice.chance(0.8) ? 64 : 200));
    }

    @Seeded(1000)
    void everyLaneEqualsTheEventEngineWithUnitDelays(long seed) {
        Dice dice = new Dice(seed);
        LaneNetworks c = LaneNetworks.draw(dice, dice.chance(0.8) ? 64 : 200, true);
        assertThat(c.network().maxDelay()).isLessThanOrEqualTo(1);
        assertEveryLaneEqualsTheEventEngine(c);
    }

    private static void assertEveryLaneEqualsTheEventEngine(LaneNetworks c) {
        Run[] expected = new Run[c.stimuli().length];
        for (int k = 0; k < expected.length; k++) {
            expected[k] = EVENT.run(c.network(), c.stimuli()[k], c.stop(), RECORDING, c.seed());
        }
        for (LaneEngine.Strategy strategy : LaneEngine.Strategy.values()) {
            for (int threads = 1; threads <= 3; threads++) {
                Run[] lanes = new LaneEngine(threads, strategy).run(c.network(), c.stimuli(), c.stop(), RECORDING,
                        c.seed());
                assertThat(lanes).hasSameSizeAs(expected);
                for (int k = 0; k < lanes.length; k++) {
                    assertSameRun(lanes[k], expected[k], "lane " + k + " of " + lanes.length + ", " + threads
                            + " threads, " + strategy);
                }
                Run[] histograms = new LaneEngine(threads, strategy).run(c.network(), c.stimuli(), c.stop(),
                        HISTOGRAM_ONLY, c.seed());
                for (int k = 0; k < histograms.length; k++) {
                    String what = "lane " + k + ", histogram only, " + threads + " threads, " + strategy;
                    assertThat(histograms[k].hasFirstSpikes()).as("first spikes kept, %s", what).isFalse();
                    assertThat(histograms[k].firstSpikeHistogram()).as("first-spike histogram, %s", what)
                            .isEqualTo(Run.histogramOf(expected[k].firstSpikes()));
                    assertThat(histograms[k].activity()).as("activity, %s", what).isEqualTo(expected[k].activity());
                    assertThat(histograms[k].stopReason()).as("stop reason, %s", what)
                            .isEqualTo(expected[k].stopReason());
                }
            }
        }
    }

    /** Asserts that {@code lane} is the event engine's run {@code event}, field by field. */
    static void assertSameRun(Run lane, Run event, String what) {
        assertThat(lane.stopReason()).as("stop reason, %s", what).isEqualTo(event.stopReason());
        assertThat(lane.stepsSpanned()).as("steps spanned, %s", what).isEqualTo(event.stepsSpanned());
        assertThat(lane.firstSpikes()).as("first spikes, %s", what).isEqualTo(event.firstSpikes());
        if (lane.hasFirstSpikeHistogram()) {
            assertThat(lane.firstSpikeHistogram()).as("first-spike histogram, %s", what)
                    .isEqualTo(Run.histogramOf(event.firstSpikes()));
        }
        assertThat(lane.spikeCounts()).as("spike counts, %s", what).isEqualTo(event.spikeCounts());
        assertThat(lane.finalPotentials()).as("final potentials, %s", what).isEqualTo(event.finalPotentials());
        assertThat(lane.activity()).as("activity, %s", what).isEqualTo(event.activity());
    }
}
