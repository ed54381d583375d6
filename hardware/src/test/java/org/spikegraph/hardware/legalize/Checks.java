package org.spikegraph.hardware.legalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.SpikeRaster;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/** Test helpers: an independent check of the chip limits, and spike trains of the first neurons. */
final class Checks {

    private Checks() {}

    /** Every synapse and neuron of {@code network} respects {@code limits}, counted from scratch. */
    static void assertWithinLimits(Network network, ChipLimits limits) {
        long lo = -(1L << (limits.weightBits() - 1));
        long hi = (1L << (limits.weightBits() - 1)) - 1;
        int[] in = new int[network.neuronCount()];
        List<String> bad = new ArrayList<>();
        network.forEachSynapse((s, t, w, d) -> {
            in[t]++;
            if (d > limits.maxDelay() || w < lo || w > hi) {
                bad.add(s + " -> " + t + " w " + w + " d " + d);
            }
        });
        for (int i = 0; i < network.neuronCount(); i++) {
            if (in[i] > limits.maxFanIn() || network.outDegree(i) > limits.maxFanOut()
                    || network.type(i).potentialBits() > limits.potentialBits()) {
                bad.add("neuron " + i + " in " + in[i] + " out " + network.outDegree(i) + " " + network.type(i));
            }
        }
        assertThat(bad).as("limit violations for %s", limits).isEmpty();
    }

    /** The spike steps of neurons 0 .. n - 1, one list per neuron, over {@code steps} steps. */
    static List<List<Long>> spikeTrains(Engine engine, Network network, Stimulus stimulus, long steps, int n) {
        Run run = engine.run(network, stimulus, StopCondition.afterSteps(steps), Recording.none().withRaster(), 7);
        SpikeRaster raster = run.raster();
        List<List<Long>> trains = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            trains.add(new ArrayList<>());
        }
        for (int k = 0; k < raster.size(); k++) {
            if (raster.neuron(k) < n) {
                trains.get(raster.neuron(k)).add(raster.step(k));
            }
        }
        return trains;
    }
}
