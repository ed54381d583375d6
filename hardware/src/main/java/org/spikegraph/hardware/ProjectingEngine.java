package org.spikegraph.hardware;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spikegraph.hardware.cost.CostModel;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.legalize.Legalized;
import org.spikegraph.hardware.legalize.Legalizer;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * An engine that runs every network it is given on a chip's model: legalized for the chip, placed,
 * run and costed as {@link Projector} does, the legal network's run returned (original neuron ids
 * kept, so a decoder reads it as it would the original's). Host-driven problems, which run several
 * networks with host work in between (components, Borůvka rounds, augmenting paths), take it in
 * place of a simulator, and {@link #total()} is the cost of all their runs on the chip.
 *
 * <p>A network given again (the same object, as a components run's) is legalized and placed once.
 * The total sums the runs' times and energies and keeps the largest network's size; what the host
 * does between runs (decoding, choosing the next stimulus, building the next network) and loading
 * each network onto the chip are not counted, and the total says so among its assumptions. Not
 * thread-safe.
 */
public final class ProjectingEngine implements Engine {

    private final HardwareProfile profile;
    private final DelayStrategy strategy;
    private final List<Projection> projections = new ArrayList<>();
    private ActivityStats activity = ActivityStats.NONE;
    private Network lastNetwork;
    private Legalized lastLegal;
    private Placement lastPlacement;

    /** Projects onto {@code profile}, long delays legalized with {@code strategy}. */
    public ProjectingEngine(HardwareProfile profile, DelayStrategy strategy) {
        this.profile = profile;
        this.strategy = strategy;
    }

    @Override
    public String name() {
        return "projected on " + profile.name();
    }

    /**
     * Legalizes (once per network), places and costs the run, and returns the legal network's run.
     *
     * @throws IllegalArgumentException when the network cannot be made legal or placed on the chip
     */
    @Override
    public Run run(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed) {
        if (network != lastNetwork) {
            lastLegal = Legalizer.legalize(network, profile.limits(), strategy);
            lastPlacement = Projector.place(lastLegal.network(), profile);
            lastNetwork = network;
        }
        CostModel.ProjectedRun p = new CostModel(profile).projectRun(lastLegal.network(), lastPlacement, stimulus, stop,
                recording, seed);
        projections.add(p.projection());
        activity = activity.plus(p.run().activity());
        return p.run();
    }

    /** The legal networks' activity over all runs so far, summed (relays included; no per-step series). */
    public ActivityStats activity() {
        return activity;
    }

    /** The runs projected so far. */
    public int runs() {
        return projections.size();
    }

    /**
     * The cost of every run so far: times, energies, steps and overruns summed (each cost set's bounds
     * too), the breakdown summed term by term, cores, chips, neurons and synapses the largest of any
     * run, the assumptions of all runs and what the sum leaves out.
     *
     * @throws IllegalStateException before the first run
     */
    public Projection total() {
        if (projections.isEmpty()) {
            throw new IllegalStateException("nothing was run on " + profile.name());
        }
        if (projections.size() == 1) {
            return projections.get(0);
        }
        double s = 0, sLow = 0, sHigh = 0, j = 0, jLow = 0, jHigh = 0;
        int cores = 0, chips = 0, neurons = 0;
        long synapses = 0, steps = 0, overruns = 0;
        Map<String, Double> breakdown = new LinkedHashMap<>();
        Set<String> assumptions = new LinkedHashSet<>();
        assumptions.add(projections.size() + " runs, driven by the host, costed one by one and summed; the host's work "
                + "between runs and loading each run's network and stimulus onto the chip are not counted");
        if (projections.stream().anyMatch(Projection::isBand)) {
            assumptions.add("the low and high ends are each run's ends summed, which can be wider than any one cost "
                    + "set's total (the cheapest set may differ between runs)");
        }
        for (Projection p : projections) {
            s += p.seconds();
            sLow += p.secondsLow();
            sHigh += p.secondsHigh();
            j += p.joules();
            jLow += p.joulesLow();
            jHigh += p.joulesHigh();
            cores = Math.max(cores, p.cores());
            chips = Math.max(chips, p.chips());
            neurons = Math.max(neurons, p.neurons());
            synapses = Math.max(synapses, p.synapses());
            steps += p.stepsSpanned();
            overruns += p.overrunSteps();
            p.breakdown().forEach((k, v) -> breakdown.merge(k, v, Double::sum));
            assumptions.addAll(p.assumptions());
        }
        return new Projection(profile.name(), s, sLow, sHigh, j, jLow, jHigh, cores, chips, neurons, synapses, steps, overruns,
                breakdown, new ArrayList<>(assumptions));
    }
}
