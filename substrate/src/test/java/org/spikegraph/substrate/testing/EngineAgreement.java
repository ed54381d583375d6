package org.spikegraph.substrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.RasterSink;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The check that the event engine reports exactly the reference engine's run: raster, first spikes,
 * spike counts, final potentials, stop reason and {@link org.spikegraph.substrate.run.ActivityStats}
 * with its series; and that a cheap recording (a sink only), or one without raster and sink, changes none of
 * what it still reports.
 */
public final class EngineAgreement {

    private static final Engine REFERENCE = new ReferenceEngine();
    private static final Engine EVENT = new EventEngine();

    private EngineAgreement() {}

    /** {@link #assertSameRun(Network, Stimulus, StopCondition, long)} on the run a spec describes. */
    public static void assertSameRun(NetSpec spec) {
        assertSameRun(spec.network(), spec.stim(), spec.stop(), spec.seed());
    }

    /**
     * Runs both engines on the same input and asserts identical results.
     *
     * @return the reference engine's run
     */
    public static Run assertSameRun(Network net, Stimulus stimulus, StopCondition stop, long seed) {
        Run ref = REFERENCE.run(net, stimulus, stop, Recording.all(), seed);
        Run ev = EVENT.run(net, stimulus, stop, Recording.all(), seed);
        assertThat(ev.stopReason()).as("stop reason").isEqualTo(ref.stopReason());
        assertThat(ev.stepsSpanned()).as("steps spanned").isEqualTo(ref.stepsSpanned());
        assertThat(ev.raster()).as("raster").isEqualTo(ref.raster());
        assertThat(ev.firstSpikes()).as("first spikes").isEqualTo(ref.firstSpikes());
        assertThat(ev.spikeCounts()).as("spike counts").isEqualTo(ref.spikeCounts());
        assertThat(ev.finalPotentials()).as("final potentials").isEqualTo(ref.finalPotentials());
        assertThat(ev.activity().activeSteps()).as("active steps").isEqualTo(ref.activity().activeSteps());
        assertThat(ev.activity().spikes()).as("spikes").isEqualTo(ref.activity().spikes());
        assertThat(ev.activity().synapticEvents()).as("synaptic events").isEqualTo(ref.activity().synapticEvents());
        assertThat(ev.activity().neuronUpdates()).as("neuron updates").isEqualTo(ref.activity().neuronUpdates());
        assertThat(ev.activity().series()).as("activity series").isEqualTo(ref.activity().series());
        assertThat(ev.activity()).as("activity").isEqualTo(ref.activity());

        // A cheap recording (a sink only) changes nothing either.
        List<String> streamed = new ArrayList<>();
        Run cheap = EVENT.run(net, stimulus, stop, Recording.none().withSink((t, i) -> streamed.add(t + ":" + i)), seed);
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < ref.raster().size(); k++) {
            expected.add(ref.raster().step(k) + ":" + ref.raster().neuron(k));
        }
        assertThat(streamed).as("streamed spikes").isEqualTo(expected);
        assertThat(cheap.finalPotentials()).as("final potentials, cheap recording").isEqualTo(ref.finalPotentials());
        assertThat(cheap.stopReason()).as("stop reason, cheap recording").isEqualTo(ref.stopReason());
        assertThat(cheap.activity().series()).isNull();
        assertThat(cheap.activity().neuronUpdates()).as("neuron updates, cheap recording")
                .isEqualTo(ref.activity().neuronUpdates());
        assertThat(cheap.activity().synapticEvents()).as("synaptic events, cheap recording")
                .isEqualTo(ref.activity().synapticEvents());
        assertThat(cheap.activity().activeSteps()).as("active steps, cheap recording")
                .isEqualTo(ref.activity().activeSteps());

        // Without a raster, and with a sink that does not need it, nothing asks for the spikes of a step in
        // id order: a wavefront whose every arrival fires may then take its steps in arrival order
        // (EventEngine's fireOnArrival). The sink gets the same spikes, step after step.
        List<long[]> counted = new ArrayList<>();
        RasterSink anyOrder = new RasterSink() {
            @Override
            public void spike(long step, int neuron) {
                counted.add(new long[] {step, neuron});
            }

            @Override
            public boolean needsIdOrder() {
                return false;
            }
        };
        Run unordered = EVENT.run(net, stimulus, stop, new Recording(true, true, false, anyOrder, true), seed);
        for (int k = 1; k < counted.size(); k++) {
            assertThat(counted.get(k)[0]).as("steps of the spikes given to an order-free sink")
                    .isGreaterThanOrEqualTo(counted.get(k - 1)[0]);
        }
        counted.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<String> sorted = new ArrayList<>();
        for (long[] x : counted) {
            sorted.add(x[0] + ":" + x[1]);
        }
        assertThat(sorted).as("spikes given to an order-free sink, sorted within each step").isEqualTo(expected);
        assertThat(unordered.stopReason()).as("stop reason, no raster").isEqualTo(ref.stopReason());
        assertThat(unordered.stepsSpanned()).as("steps spanned, no raster").isEqualTo(ref.stepsSpanned());
        assertThat(unordered.firstSpikes()).as("first spikes, no raster").isEqualTo(ref.firstSpikes());
        assertThat(unordered.spikeCounts()).as("spike counts, no raster").isEqualTo(ref.spikeCounts());
        assertThat(unordered.finalPotentials()).as("final potentials, no raster").isEqualTo(ref.finalPotentials());
        assertThat(unordered.activity()).as("activity with its series, no raster").isEqualTo(ref.activity());
        return ref;
    }
}
