package org.spikegraph.hardware.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spikegraph.hardware.placement.Legality;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.CostSet;
import org.spikegraph.hardware.profile.Energy;
import org.spikegraph.hardware.profile.Figure;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Timing;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.ActivitySeries;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Projects a run of an already legal network onto a chip, SANA-FE style (Boyle et al., SANA-FE;
 * the equations are in docs/hardware.md).
 *
 * <p><b>Time.</b> For every spanned step t and core c:
 * work(t, c) = active(t, c)&middot;t_active + (neurons(c) &minus; active(t, c))&middot;t_idle
 * + events(t, c)&middot;t_synop + spikes(t, c)&middot;t_spike + messages(t, c)&middot;t_message;
 * step(t) = max_c work(t, c) + barrier(tiles, chips); a chip with a fixed tick takes
 * max(tick, step(t)) and counts the steps where step(t) &gt; tick as overruns. Hop latency is not in
 * the step time (the mesh is pipelined; hops cost energy).
 *
 * <p><b>Energy.</b> synops&middot;E_synop + active&middot;E_active + idle&middot;E_idle
 * + spikes&middot;E_spike + messages&middot;E_message + hopsEW&middot;E_ew + hopsNS&middot;E_ns
 * + P_static&middot;time&middot;chips; with an all-in figure: synops&middot;E_allIn
 * + P_static&middot;time&middot;chips (the parts are never added to an all-in figure).
 *
 * <p><b>Neuron updates per core.</b> Totals (energy) are the model's own
 * {@link ActivityStats#neuronUpdates()} (active) and {@link ActivityStats#idleNeuronUpdates} (idle).
 * Per core and step (time) a neuron counts as active when it receives a synaptic event, a stimulus
 * entry, or spikes; neurons that are live without input (bias, leak toward a nonzero state,
 * refractory countdown) are known only per step, from the run's {@link ActivitySeries}: their number
 * X(t) is added to the busiest core (work + X(t)&middot;(t_active &minus; t_idle)), an upper bound
 * on the true step time. For networks whose neurons rest between inputs (threshold gates, latches:
 * every compiled graph circuit) the per-core count is exact.
 *
 * <p>A missing (not published) time or energy figure counts as 0 and is listed in the assumptions.
 * Cost: one engine run plus O(spikes &middot; out-degree + active steps) accounting: like the event
 * engine, the accounting skips empty time (a delivery 2^31 &minus; 1 steps ahead costs a heap operation, not
 * a walk), and the idle steps it skips are paid arithmetically, each at the idle work of the fullest core
 * plus the barrier (at least the tick). Nothing is allocated per step &times; core or per step of delay.
 */
public final class CostModel {

    private final HardwareProfile profile;

    /** A cost model for one chip. */
    public CostModel(HardwareProfile profile) {
        this.profile = profile;
    }

    /** The profile. */
    public HardwareProfile profile() {
        return profile;
    }

    /**
     * Places {@code network} (id order) and projects a run of it.
     *
     * @throws IllegalArgumentException when the network is not legal for the chip: legalize it first
     */
    public Projection project(Network network, Stimulus stimulus, StopCondition stop, long seed) {
        Legality.require(network, profile);
        return project(network, Placement.place(network, profile), stimulus, stop, seed);
    }

    /**
     * Projects a run of {@code network} on a given placement: the network is run again on the
     * {@link EventEngine} with a spike sink and the per-step series, and every step is accounted.
     *
     * @throws IllegalArgumentException when the placement is for another profile or network
     */
    public Projection project(Network network, Placement placement, Stimulus stimulus, StopCondition stop, long seed) {
        return projectRun(network, placement, stimulus, stop, Recording.none(), seed).projection();
    }

    /** A projection together with the run it was accounted on. */
    public record ProjectedRun(Projection projection, Run run) {}

    /**
     * As {@link #project(Network, Placement, Stimulus, StopCondition, long)}, also recording what
     * {@code recording} asks for (e.g. first-spike times, so a decoder can read the legal network's
     * answer from the very run that was costed), and returning that run.
     */
    public ProjectedRun projectRun(Network network, Placement placement, Stimulus stimulus, StopCondition stop,
                                   Recording recording, long seed) {
        if (placement.profile() != profile && !placement.profile().name().equals(profile.name())) {
            throw new IllegalArgumentException("placement is for " + placement.profile().name() + ", not " + profile.name());
        }
        if (placement.coreArray().length != network.neuronCount()) {
            throw new IllegalArgumentException("placement is for a network of " + placement.coreArray().length
                    + " neurons, this one has " + network.neuronCount());
        }
        Set<String> assumptions = new LinkedHashSet<>();
        List<CostSet> sets = profile.sets();
        double[][] per = new double[sets.size()][];
        for (int k = 0; k < sets.size(); k++) {
            Timing t = sets.get(k).timing();
            String p = label(k);
            per[k] = new double[] {
                use(t.neuronActive(), p + "time per active neuron update", assumptions),
                use(t.neuronIdle(), p + "time per idle neuron update", assumptions),
                use(t.synop(), p + "time per synaptic event", assumptions),
                use(t.spike(), p + "time per spike", assumptions),
                use(t.message(), p + "time per spike message", assumptions)};
        }
        StepAccountant acc = new StepAccountant(network, placement, stimulus, per);
        if (recording.sink() != null) {
            throw new IllegalArgumentException("the cost model streams the run's spikes itself: record a raster instead of a sink");
        }
        Run run = new EventEngine().run(network, stimulus, stop, recording.withSink(acc).withSeries(), seed);
        ActivityStats stats = run.activity();
        long spanned = stats.stepsSpanned();
        acc.finish(spanned);
        if (acc.events != stats.synapticEvents() || acc.spikes != stats.spikes()) {
            throw new IllegalStateException("accounting disagrees with the engine: " + acc.events + " events vs "
                    + stats.synapticEvents() + ", " + acc.spikes + " spikes vs " + stats.spikes());
        }
        int n = network.neuronCount();
        long active = stats.neuronUpdates();
        long idle = stats.idleNeuronUpdates(n);
        int maxOnCore = 0;
        for (int c = 0; c < placement.cores(); c++) {
            maxOnCore = Math.max(maxOnCore, placement.neuronsOn(c));
        }
        ActivitySeries series = stats.series();
        Map<String, Double> breakdown = new LinkedHashMap<>();
        breakdown.put("count.stepsSpanned", (double) spanned);
        breakdown.put("count.activeSteps", (double) stats.activeSteps());
        breakdown.put("count.synapticEvents", (double) stats.synapticEvents());
        breakdown.put("count.activeNeuronUpdates", (double) active);
        breakdown.put("count.idleNeuronUpdates", (double) idle);
        breakdown.put("count.spikes", (double) stats.spikes());
        breakdown.put("count.messages", (double) acc.messages);
        breakdown.put("count.hopsEW", (double) acc.hopsEw);
        breakdown.put("count.hopsNS", (double) acc.hopsNs);
        breakdown.put("count.liveUpdatesWithoutInput", (double) Math.max(0, active - acc.inputUpdates));
        long stochastic = stochasticNeurons(network);
        if (stochastic > 0) {
            assumptions.add(String.format("%d stochastic neurons: the model draws a fire chance in units of 2^-16 at every update"
                    + " above threshold; the profile states no random-number resolution and no cost per draw for this chip, so"
                    + " draws are taken as exact and free (neither is checked against a source)", stochastic));
        }
        if (active > acc.inputUpdates) {
            assumptions.add(String.format("%d neuron updates were live neurons without input; their per-core place is not"
                    + " known, so each step's are charged to its busiest core (the time is an upper bound)", active - acc.inputUpdates));
        }
        int tiles = placement.tilesUsed();
        int chips = placement.chips();
        double[] secs = new double[sets.size()];
        double[] joules = new double[sets.size()];
        long overrunsPrimary = 0;
        for (int k = 0; k < sets.size(); k++) {
            CostSet set = sets.get(k);
            Timing t = set.timing();
            String p = label(k);
            double barrier = t.barrier(tiles, chips, profile.mesh().tilesPerChip());
            if (!t.barrierOneTile().present() && !t.barrierFullChip().present() && !t.tick().present()) {
                assumptions.add(p + "barrier time: " + t.barrierOneTile().source() + "; counted as 0");
            }
            if (chips > 1 && t.barrierMultiChip().assumed()) {
                assumptions.add(p + "multi-chip barrier: " + t.barrierMultiChip().source());
            }
            boolean ticked = t.tick().present();
            double tick = ticked ? use(t.tick(), p + "tick", assumptions) : 0;
            double idleWork = maxOnCore * per[k][1];
            double dWork = per[k][0] - per[k][1];
            double work = 0;
            double tickPad = 0;
            long overruns = 0;
            long visited = 0;
            int a = 0;
            int b = 0;
            int sn = series == null ? 0 : series.size();
            // merge the accounted steps with the series (live neurons without input)
            while (a < acc.recorded || b < sn) {
                long ta = a < acc.recorded ? acc.stepOf[a] : Long.MAX_VALUE;
                long tb = b < sn ? series.step(b) : Long.MAX_VALUE;
                long step = Math.min(ta, tb);
                double w = idleWork;
                int counted = 0;
                if (ta == step) {
                    w = Math.max(w, acc.workOf[k][a]);
                    counted = acc.updatesOf[a];
                    a++;
                }
                if (tb == step) {
                    int live = series.neuronUpdates(b) - counted;
                    if (live > 0) {
                        w += live * dWork;
                    }
                    b++;
                }
                visited++;
                work += w;
                if (ticked) {
                    if (w + barrier > tick) {
                        overruns++;
                    } else {
                        tickPad += tick - w - barrier;
                    }
                }
            }
            long idleSteps = spanned - visited;
            work += idleSteps * idleWork;
            if (ticked && idleWork + barrier <= tick) {
                tickPad += idleSteps * (tick - idleWork - barrier);
            } else if (ticked) {
                overruns += idleSteps;
            }
            double seconds = work + spanned * barrier + tickPad;
            secs[k] = seconds;
            breakdown.put(p + "time.work", work);
            breakdown.put(p + "time.barrier", spanned * barrier);
            if (ticked) {
                breakdown.put(p + "time.tickPadding", tickPad);
            }
            if (k == 0) {
                overrunsPrimary = overruns;
            }
            if (ticked && overruns > 0) {
                assumptions.add(p + overruns + " steps overran the fixed tick of " + tick + " s (the chip would fall behind real time)");
            }
            if (ticked && per[k][0] == 0 && per[k][2] == 0) {
                assumptions.add(p + "per-operation times are not published: every step is taken to fit the fixed tick, overruns cannot be detected");
            }
            Energy e = set.energy();
            double staticJ = use(e.staticPowerPerChip(), p + "static power per chip", assumptions) * seconds * chips;
            double total;
            if (e.allIn()) {
                double allIn = use(e.allInPerSynop(), p + "all-in energy per synaptic event", assumptions);
                breakdown.put(p + "energy.allIn", stats.synapticEvents() * allIn);
                total = stats.synapticEvents() * allIn;
                assumptions.add(p + "all-in energy per synaptic event (" + e.allInPerSynop().source()
                        + ") replaces the per-operation parts, which are not added");
                assumptions.add(p + "static power is added to the all-in figure as the model's equation says; where the "
                        + "all-in figure is a whole system at full load it already holds that load's static share, so a "
                        + "busy run's energy is overstated by up to that share (idle steps are not)");
            } else {
                double[] terms = {
                    stats.synapticEvents() * use(e.synop(), p + "energy per synaptic event", assumptions),
                    active * use(e.neuronActive(), p + "energy per active neuron update", assumptions),
                    idle * use(e.neuronIdle(), p + "energy per idle neuron update", assumptions),
                    stats.spikes() * use(e.spike(), p + "energy per spike", assumptions),
                    acc.messages * use(e.message(), p + "energy per spike message", assumptions),
                    acc.hopsEw * use(e.hopEw(), p + "energy per east-west hop", assumptions),
                    acc.hopsNs * use(e.hopNs(), p + "energy per north-south hop", assumptions)};
                String[] names = {"synop", "neuronActive", "neuronIdle", "spike", "message", "hopEW", "hopNS"};
                total = 0;
                for (int q = 0; q < terms.length; q++) {
                    breakdown.put(p + "energy." + names[q], terms[q]);
                    total += terms[q];
                }
            }
            breakdown.put(p + "energy.static", staticJ);
            joules[k] = total + staticJ;
        }
        assumptions.add("hop latency is not part of the step time (the mesh is pipelined); hops cost energy only");
        assumptions.add("placement: " + placement);
        return new ProjectedRun(new Projection(profile.name(), secs[0], min(secs), max(secs), joules[0], min(joules),
                max(joules), placement.cores(), chips, n, network.synapseCount(), spanned, overrunsPrimary, breakdown,
                new ArrayList<>(assumptions)), run);
    }

    private String label(int k) {
        return k == 0 ? "" : "[" + profile.sets().get(k).name() + "] ";
    }

    private static double use(Figure f, String what, Set<String> assumptions) {
        if (!f.present()) {
            assumptions.add(what + ": " + f.source() + "; counted as 0");
            return 0;
        }
        if (f.assumed()) {
            assumptions.add(what + " = " + f.value() + " " + f.unit() + " is an assumption: " + f.source());
        }
        return f.value();
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Neurons whose type fires with a chance below 1. */
    private static long stochasticNeurons(Network network) {
        long count = 0;
        for (int v = 0; v < network.neuronCount(); v++) {
            if (network.type(v).stochastic()) {
                count++;
            }
        }
        return count;
    }
}
