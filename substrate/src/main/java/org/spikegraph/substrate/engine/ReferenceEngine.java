package org.spikegraph.substrate.engine;

import java.util.Arrays;
import java.util.TreeMap;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.NeuronRules;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.random.CounterRng;
import org.spikegraph.substrate.run.ActivitySeries;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.SpikeRaster;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The reference engine: clock-driven, plain and obviously correct; the oracle every other engine is
 * tested against. Every step visits every neuron and applies the rules of {@link NeuronType} as
 * written, through the type's own methods (whose arithmetic is {@link NeuronRules}', the event
 * engine's too); refractoriness is kept here as plain per-neuron state. Pending input is a map from delivery step to a dense
 * input vector. Cost: O(neurons) per step whatever happens, so it is meant for small networks.
 */
public final class ReferenceEngine implements Engine {

    @Override
    public String name() {
        return "reference";
    }

    /** Input arriving at one step. */
    private static final class Arrival {
        final long[] input;
        final boolean[] received;
        long events;

        Arrival(int n) {
            input = new long[n];
            received = new boolean[n];
        }
    }

    @Override
    public Run run(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed) {
        int n = network.neuronCount();
        stimulus.checkNeurons(n);
        stop.checkNeurons(n);

        int[] v = new int[n];
        int[] refractoryLeft = new int[n];
        boolean[] latched = new boolean[n];
        boolean[] spikedEver = new boolean[n];
        long[] firstSpikes = recording.firstSpikes() ? filled(n, Run.NEVER) : null;
        int[] counts = recording.spikeCounts() ? new int[n] : null;
        SpikeRaster raster = recording.raster() ? new SpikeRaster() : null;
        ActivitySeries series = recording.series() ? new ActivitySeries() : null;
        TreeMap<Long, Arrival> pending = new TreeMap<>();
        int[] watched = stop.watched();

        long[] current = new long[n];
        boolean[] forced = new boolean[n];
        boolean[] stimulated = new boolean[n];
        int cursor = 0;

        long activeSteps = 0;
        long spikes = 0;
        long events = 0;
        long updates = 0;
        long t = 0;
        StopReason reason;
        while (true) {
            Arrival arrival = pending.remove(t);
            Arrays.fill(current, 0);
            Arrays.fill(forced, false);
            Arrays.fill(stimulated, false);
            while (cursor < stimulus.size() && stimulus.step(cursor) == t) {
                int i = stimulus.neuron(cursor);
                current[i] = stimulus.current(cursor);
                forced[i] = stimulus.forced(cursor);
                stimulated[i] = true;
                cursor++;
            }
            int stepSpikes = 0;
            int stepUpdates = 0;
            long stepEvents = arrival == null ? 0 : arrival.events;
            for (int i = 0; i < n; i++) {
                NeuronType type = network.type(i);
                boolean input = stimulated[i] || (arrival != null && arrival.received[i]);
                if (input || live(type, latched[i], refractoryLeft[i], v[i])) {
                    stepUpdates++;
                }
                // 1. refractory: input dropped, count down.
                if (latched[i]) {
                    continue;
                }
                if (refractoryLeft[i] > 0) {
                    refractoryLeft[i]--;
                    continue;
                }
                // 2. leak; 3. integrate, saturating.
                long synaptic = arrival == null ? 0 : arrival.input[i];
                int x = type.integrate(v[i], synaptic + current[i]);
                // 4. fire.
                boolean fires = forced[i] || (x >= type.threshold()
                        && (!type.stochastic() || NeuronRules.drawFires(CounterRng.draw16(seed, i, t), type.fireChance())));
                if (fires) {
                    x = type.afterSpike(x);
                    if (type.firesOnce()) {
                        latched[i] = true;
                    } else {
                        refractoryLeft[i] = type.refractory();
                    }
                    stepSpikes++;
                    if (!spikedEver[i] && firstSpikes != null) {
                        firstSpikes[i] = t;
                    }
                    spikedEver[i] = true;
                    if (counts != null) {
                        counts[i]++;
                    }
                    if (raster != null) {
                        raster.spike(t, i);
                    }
                    if (recording.sink() != null) {
                        recording.sink().spike(t, i);
                    }
                    for (int j = network.outStart(i); j < network.outEnd(i); j++) {
                        int delay = network.delay(j);
                        Arrival a = pending.computeIfAbsent(t + delay, k -> new Arrival(n));
                        a.input[network.target(j)] += network.weight(j);
                        a.received[network.target(j)] = true;
                        a.events++;
                    }
                }
                v[i] = x;
            }
            spikes += stepSpikes;
            events += stepEvents;
            updates += stepUpdates;
            if (stepUpdates > 0) {
                activeSteps++;
                if (series != null) {
                    series.add(t, stepSpikes, stepEvents, stepUpdates);
                }
            }

            if (stop.watches() && watchedSpiked(watched, spikedEver, stop.allWatched())) {
                reason = StopReason.SPIKED;
                break;
            }
            if (stop.quiescence() && pending.isEmpty() && cursor == stimulus.size()
                    && allAtRest(network, latched, refractoryLeft, v)) {
                reason = StopReason.QUIESCENT;
                break;
            }
            if (t + 1 == stop.maxSteps()) {
                reason = StopReason.STEP_LIMIT;
                break;
            }
            t++;
        }
        ActivityStats stats = new ActivityStats(t + 1, activeSteps, spikes, events, updates, series);
        return new Run(reason, stats, v, firstSpikes, counts, raster);
    }

    private static boolean live(NeuronType type, boolean latched, int refractoryLeft, int v) {
        return !latched && (refractoryLeft > 0 || !type.restsAt(v));
    }

    private static boolean allAtRest(Network network, boolean[] latched, int[] refractoryLeft, int[] v) {
        for (int i = 0; i < v.length; i++) {
            if (live(network.type(i), latched[i], refractoryLeft[i], v[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean watchedSpiked(int[] watched, boolean[] spikedEver, boolean all) {
        for (int i : watched) {
            if (spikedEver[i] != all) {
                return !all;
            }
        }
        return all;
    }

    private static long[] filled(int n, long value) {
        long[] a = new long[n];
        Arrays.fill(a, value);
        return a;
    }
}
