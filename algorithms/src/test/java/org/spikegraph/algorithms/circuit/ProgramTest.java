package org.spikegraph.algorithms.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/** A single run and a host loop execute as their circuits do, with summed totals. */
class ProgramTest {

    /** A chain 0 -> 1 -> ... -> k-1 of delay-d synapses; the answer is when the last neuron fires. */
    private static Circuit<Long> chain(int k, int d) {
        var b = Network.builder();
        for (int i = 0; i < k; i++) {
            b.neuron(NeuronType.latch(1));
        }
        for (int i = 0; i + 1 < k; i++) {
            b.synapse(i, i + 1, 1, d);
        }
        return new Circuit<>("chain", b.build(), Stimulus.spikes(0, 0), StopCondition.afterSteps(1000).orQuiescent(),
                Recording.firstSpikeTimes(), run -> run.firstSpikes()[k - 1]);
    }

    @Test
    void aSingleRunIsItsCircuitsRun() {
        Circuit<Long> c = chain(5, 3);
        Execution<Long> e = Program.of(c).execute(new EventEngine(), 0);
        assertThat(e.answer()).isEqualTo(c.run(new EventEngine(), 0).answer()).isEqualTo(12L);
        assertThat(e.totals().runs()).isOne();
        assertThat(e.totals().spikes()).isEqualTo(5);
        assertThat(e.lastRun().firstSpikes()).hasSize(5);
        assertThat(Program.of(c).problem()).isEqualTo("chain");
    }

    /** Runs chains of length 2, 3, 4 in turn and sums when their ends fired: 1 + 2 + 3 (delay 1). */
    private static HostLoop<long[], Long> chains() {
        return new HostLoop<>() {
            @Override
            public String problem() {
                return "chains";
            }

            @Override
            public long[] start() {
                return new long[] {2, 0}; // next length, sum so far
            }

            @Override
            public Round<long[], ?> next(long[] state) {
                return state[0] > 4 ? null
                        : new Round<>(chain((int) state[0], 1), (s, last) -> new long[] {s[0] + 1, s[1] + last});
            }

            @Override
            public Long finish(long[] state) {
                return state[1];
            }
        };
    }

    @Test
    void aHostLoopRunsUntilItsStateIsDoneAndSumsItsRuns() {
        Execution<Long> e = chains().execute(new EventEngine(), 0);
        assertThat(e.answer()).isEqualTo(1 + 2 + 3);
        assertThat(e.totals().runs()).isEqualTo(3);
        assertThat(e.totals().maxNeurons()).isEqualTo(4);
        assertThat(e.totals().spikes()).isEqualTo(2 + 3 + 4);
        assertThat(e.lastRun().firstSpikes()).hasSize(4);
        assertThat(e.firstRun().firstSpikes()).hasSize(2);
    }

    /** Every run a program makes, recorded while it runs on the event engine. */
    private static List<Run> runs(Program<?> program) {
        List<Run> out = new ArrayList<>();
        CircuitRunner engine = CircuitRunner.on(new EventEngine(), 0);
        program.execute(c -> {
            Run r = engine.run(c);
            out.add(r);
            return r;
        });
        return out;
    }

    @Test
    void aStepLimitReachesEveryRoundAndARunCutShortIsRefused() {
        // chains of 2, 3, 4 latches with delay 1 end at steps 1, 2, 3: a limit of 2 cuts the third round short
        List<Run> limited = runs(chains().limitSteps(2));
        assertThat(limited).hasSize(3).allSatisfy(r -> assertThat(r.stepsSpanned()).isLessThanOrEqualTo(2));
        assertThat(limited.get(2).stopReason()).isEqualTo(StopReason.STEP_LIMIT);
        assertThat(runs(chains())).extracting(Run::stopReason).doesNotContain(StopReason.STEP_LIMIT);

        Circuit<Long> strict = new Circuit<>("strict", chain(5, 3).network(), Stimulus.spikes(0, 0),
                StopCondition.afterSteps(1000).orQuiescent(), Recording.firstSpikeTimes(), run -> {
                    if (run.firstSpikes()[4] == Run.NEVER) {
                        throw new IncompleteRunException("the end was not reached in " + run.stepsSpanned() + " steps");
                    }
                    return run.firstSpikes()[4];
                });
        assertThat(Program.of(strict).limitSteps(20).execute(new EventEngine(), 0).answer()).isEqualTo(12L);
        assertThatThrownBy(() -> Program.of(strict).limitSteps(11).execute(new EventEngine(), 0))
                .isInstanceOf(IncompleteRunException.class).hasMessageContaining("11 steps");
        assertThatThrownBy(() -> chains().limitSteps(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Program.of(strict).limitSteps(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extraRecordingReachesEveryRoundAndKeepsWhatTheDecodersNeed() {
        long[] sunk = {0};
        Program<Long> recorded = chains().recording(Recording.none().withRaster().withSink((step, neuron) -> sunk[0]++));
        assertThat(recorded.problem()).isEqualTo("chains");
        List<Run> runs = runs(recorded);
        assertThat(runs).hasSize(3).allSatisfy(r -> {
            assertThat(r.raster()).isNotNull();
            assertThat(r.firstSpikes()).isNotNull();
        });
        assertThat(sunk[0]).as("the sink saw every run's spikes").isEqualTo(2 + 3 + 4);
        assertThat(recorded.execute(new EventEngine(), 0).answer()).isEqualTo(6L);
        assertThat(runs(chains())).allSatisfy(r -> assertThatThrownBy(r::raster).isInstanceOf(IllegalStateException.class));
        assertThat(runs(Program.of(chain(3, 1)).recording(Recording.none().withRaster())).get(0).raster()).isNotNull();
    }

    @Test
    void mapConvertsTheAnswerAndKeepsTheRuns() {
        Execution<String> loop = chains().map(sum -> "sum " + sum).execute(new EventEngine(), 0);
        assertThat(loop.answer()).isEqualTo("sum 6");
        assertThat(loop.totals()).usingRecursiveComparison().ignoringFields("simulateNanos")
                .isEqualTo(chains().execute(new EventEngine(), 0).totals());
        assertThat(Program.of(chain(5, 3)).map(t -> t * 2).execute(new EventEngine(), 0).answer()).isEqualTo(24L);
    }
}
