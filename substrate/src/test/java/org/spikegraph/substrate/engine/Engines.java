package org.spikegraph.substrate.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.SpikeRaster;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The engines every rule test runs on, for {@code @MethodSource("org.spikegraph.substrate.engine.Engines#all")},
 * and small helpers to observe a run step by step.
 */
public final class Engines {

    private Engines() {}

    /** Every engine that must implement the model. */
    public static Stream<Engine> all() {
        return Stream.of(new ReferenceEngine(), new EventEngine());
    }

    /** Runs {@code steps} steps (0 .. steps - 1) recording everything, with seed 0. */
    public static Run run(Engine engine, Network network, Stimulus stimulus, long steps) {
        return engine.run(network, stimulus, StopCondition.afterSteps(steps), Recording.all(), 0L);
    }

    /**
     * The potential of {@code neuron} after each step 0 .. steps - 1. A run always starts from rest,
     * so the potential after step t is the final potential of a run of t + 1 steps.
     */
    public static int[] potentials(Engine engine, Network network, Stimulus stimulus, int neuron, int steps) {
        int[] v = new int[steps];
        for (int t = 0; t < steps; t++) {
            v[t] = run(engine, network, stimulus, t + 1).finalPotentials()[neuron];
        }
        return v;
    }

    /** The steps at which {@code neuron} spiked, in order. */
    public static List<Long> spikeSteps(Run run, int neuron) {
        SpikeRaster raster = run.raster();
        List<Long> steps = new ArrayList<>();
        for (int k = 0; k < raster.size(); k++) {
            if (raster.neuron(k) == neuron) {
                steps.add(raster.step(k));
            }
        }
        return steps;
    }
}
