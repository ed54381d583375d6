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
        assertThat(ev.raster()).as("raster").isEqualTo(ref.raster());
        assertSameResults(ev, ref, "");

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
        assertSameResults(unordered, ref, ", no raster");
        return ref;
    }

    /**
     * Everything a run reports but its raster equals the reference run's: stop reason, steps spanned, first
     * spikes, spike counts, final potentials and the activity with its series (field by field first, for the
     * message). {@code how} ends each label.
     */
    private static void assertSameResults(Run run, Run ref, String how) {
        assertThat(run.stopReason()).as("stop reason" + how).isEqualTo(ref.stopReason());
        assertThat(run.stepsSpanned()).as("steps spanned" + how).isEqualTo(ref.stepsSpanned());
        assertThat(run.firstSpikes()).as("first spikes" + how).isEqualTo(ref.firstSpikes());
        assertThat(run.spikeCounts()).as("spike counts" + how).isEqualTo(ref.spikeCounts());
        assertThat(run.finalPotentials()).as("final potentials" + how).isEqualTo(ref.finalPotentials());
        assertThat(run.activity().activeSteps()).as("active steps" + how).isEqualTo(ref.activity().activeSteps());
        assertThat(run.activity().spikes()).as("spikes" + how).isEqualTo(ref.activity().spikes());
        assertThat(run.activity().synapticEvents()).as("synaptic events" + how).isEqualTo(ref.activity().synapticEvents());
        assertThat(run.activity().neuronUpdates()).as("neuron updates" + how).isEqualTo(ref.activity().neuronUpdates());
        assertThat(run.activity().series()).as("activity series" + how).isEqualTo(ref.activity().series());
        assertThat(run.activity()).as("activity" + how).isEqualTo(ref.activity());
    }
}
