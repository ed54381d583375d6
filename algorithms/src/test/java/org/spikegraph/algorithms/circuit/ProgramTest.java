package org.spikegraph.algorithms.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Recording;
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
    @Test
    void aHostLoopRunsUntilItsStateIsDoneAndSumsItsRuns() {
        HostLoop<long[], Long> loop = new HostLoop<>() {
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
        Execution<Long> e = loop.execute(new EventEngine(), 0);
        assertThat(e.answer()).isEqualTo(1 + 2 + 3);
        assertThat(e.totals().runs()).isEqualTo(3);
        assertThat(e.totals().maxNeurons()).isEqualTo(4);
        assertThat(e.totals().spikes()).isEqualTo(2 + 3 + 4);
        assertThat(e.lastRun().firstSpikes()).hasSize(4);
    }
}
