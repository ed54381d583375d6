package org.spikegraph.hardware;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.CircuitRunner;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.hardware.cost.CostModel;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.legalize.Legalizer;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;

/**
 * The hardware pipeline: a circuit or a whole {@link Program} (one circuit, or a host loop of them)
 * projected onto a chip. Every circuit's network is legalized for the chip's limits (original neuron
 * ids kept, relays appended) and placed on cores and chips, then each run is made on the legal
 * network and every step costed; the program decodes the legal runs itself, so the answer on the
 * chip can be compared with the simulator's ({@link ChipRun#agrees}).
 *
 * <p>A host loop may run one network many times (components' waves): within one projection each
 * distinct network object is legalized and placed once (an identity map, dropped when the projection
 * returns). What the host does between runs (decoding, choosing the next stimulus, building the next
 * network) and loading each network onto the chip are not costed, and a total of several runs says
 * so among its assumptions.
 *
 * <p>TrueNorth's one axon per neuron (one delay and one target core per neuron) is legalized with
 * private splitter relays ({@code PassReport.Pass.ONE_AXON}); placement then puts each neuron's targets
 * on one core. Synapses of delay 1 to targets that other neurons feed too cannot get a splitter hop, so
 * they keep joining target sets: if such a joined set does not fit one core, the projection fails with
 * placement's message.
 */
public final class Projector {

    private Projector() {}

    /**
     * Projects {@code program} onto {@code profile}: every run legalized, placed, run and costed, the
     * answer decoded from the legal runs. A raster or progress sink the circuits record is not kept
     * (the cost model streams each run itself); project the program as compiled.
     *
     * @param seed every run's seed (a stochastic circuit's draws)
     * @throws IllegalArgumentException when a network cannot be made legal for the chip exactly, or
     *                                  placed (the message names the neuron or synapse and the limit)
     * @throws org.spikegraph.algorithms.circuit.IncompleteRunException when a legal run stopped
     *                                  before its answer was complete
     */
    public static <A> ChipRun<A> project(Program<A> program, HardwareProfile profile, DelayStrategy strategy, long seed) {
        Map<Network, ChipRun.LegalNetwork> legal = new IdentityHashMap<>();
        List<ChipRun.LegalNetwork> order = new ArrayList<>();
        List<Projection> projections = new ArrayList<>();
        ActivityStats[] activity = {ActivityStats.NONE};
        CostModel model = new CostModel(profile);
        CircuitRunner onChip = circuit -> {
            ChipRun.LegalNetwork n = legal.get(circuit.network());
            if (n == null) {
                n = legalize(circuit.network(), profile, strategy);
                legal.put(circuit.network(), n);
                order.add(n);
            }
            Recording r = circuit.recording();
            CostModel.ProjectedRun p = model.projectRun(n.legalized().network(), n.placement(), circuit.stimulus(),
                    circuit.stop(), new Recording(r.firstSpikes(), r.spikeCounts(), false, null, false), seed);
            projections.add(p.projection());
            activity[0] = activity[0].plus(p.run().activity());
            return p.run();
        };
        Execution<A> e = program.execute(onChip);
        if (projections.isEmpty()) {
            throw new IllegalArgumentException(program.problem() + " made no run: nothing to project on " + profile.name());
        }
        return new ChipRun<>(profile, e.answer(), total(profile, projections), activity[0], projections.size(), order);
    }

    /** Projects one circuit: {@code project(Program.of(circuit), profile, strategy, seed)}. */
    public static <A> ChipRun<A> project(Circuit<A> circuit, HardwareProfile profile, DelayStrategy strategy, long seed) {
        return project(Program.of(circuit), profile, strategy, seed);
    }

    /**
     * A projection and everything it was made from.
     *
     * @deprecated the old seven-argument entry, kept until its callers move to {@link #project(Circuit,
     *             HardwareProfile, DelayStrategy, long)}
     */
    @Deprecated
    public record Result(HardwareProfile profile, org.spikegraph.hardware.legalize.Legalized legalized, Placement placement,
                         Projection projection, Run run) {}

    /** @deprecated see {@link Result} */
    @Deprecated
    public static Result project(Network network, org.spikegraph.substrate.stimulus.Stimulus stimulus,
                                 org.spikegraph.substrate.run.StopCondition stop, Recording recording, long seed,
                                 HardwareProfile profile, DelayStrategy strategy) {
        var legal = Legalizer.legalize(network, profile.limits(), strategy);
        Placement placement = place(legal.network(), profile);
        CostModel.ProjectedRun p = new CostModel(profile).projectRun(legal.network(), placement, stimulus, stop,
                recording, seed);
        return new Result(profile, legal, placement, p.projection(), p.run());
    }

    /** Legalizes and places one network. */
    private static ChipRun.LegalNetwork legalize(Network network, HardwareProfile profile, DelayStrategy strategy) {
        var legalized = Legalizer.legalize(network, profile.limits(), strategy);
        return new ChipRun.LegalNetwork(network, legalized, place(legalized.network(), profile));
    }

    /** Places a legal network; a failure says that legalization was done and which per-core rule failed. */
    static Placement place(Network legal, HardwareProfile profile) {
        try {
            return Placement.place(legal, profile);
        } catch (IllegalArgumentException e) {
            // Legalization met every per-neuron rule, so what is left is a per-core rule (e.g. on TrueNorth
            // a set of neurons that must share one core is too big): say so rather than "legalize it first".
            throw new IllegalArgumentException("after legalization the network does not fit the cores of " + profile.name()
                    + " (" + e.getMessage().replaceFirst(": legalize it first.*$", "") + ")", e);
        }
    }

    /**
     * The cost of several runs: times, energies, steps and overruns summed (each cost set's bounds
     * too), the breakdown summed term by term, cores, chips, neurons and synapses the largest of any
     * run, the assumptions of all runs and what the sum leaves out. One run is its own total.
     */
    static Projection total(HardwareProfile profile, List<Projection> projections) {
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
