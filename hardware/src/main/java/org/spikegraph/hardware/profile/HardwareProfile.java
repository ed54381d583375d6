package org.spikegraph.hardware.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.spikegraph.hardware.legalize.ChipLimits;

/**
 * A neuromorphic chip as data: its per-neuron limits (what legalization works to), its per-core
 * limits (what placement works to), its mesh, and one or more sets of time and energy figures. Made
 * by {@link Profiles} from a JSON resource; every number carries its unit and source.
 *
 * @param name       short lower-case name, e.g. "loihi"
 * @param title      a readable name, e.g. "Intel Loihi"
 * @param maxDelay   the largest synaptic delay, in steps
 * @param maxFanIn   the most synapses into one neuron
 * @param maxFanOut  the most synapses out of one neuron
 * @param weightBits signed bits of a synaptic weight
 * @param potentialBits bits of a neuron's potential
 * @param core       per-core limits
 * @param mesh       cores, tiles and chips
 * @param sets       cost sets, at least one; the first is the primary one, the others make the band
 */
public record HardwareProfile(String name, String title, Figure maxDelay, Figure maxFanIn, Figure maxFanOut,
                              Figure weightBits, Figure potentialBits, CoreLimits core, MeshGeometry mesh,
                              List<CostSet> sets) {

    /** Checks that the profile is usable. */
    public HardwareProfile {
        Objects.requireNonNull(name, "name");
        sets = List.copyOf(sets);
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("profile " + name + " has no cost set");
        }
        if (!mesh.coresPerChip().present()) {
            throw new IllegalArgumentException("profile " + name + " must give cores per chip");
        }
        core.maxNeurons();
        for (CostSet s : sets) {
            Timing t = s.timing();
            if (t.neuronActive().or(0) < t.neuronIdle().or(0)) {
                throw new IllegalArgumentException("profile " + name + " set " + s.name()
                        + ": an active neuron update must not take less time than an idle one");
            }
        }
    }

    /**
     * The per-neuron and per-synapse limits legalization works to (no figure: no limit); one axon per
     * neuron when a neuron may reach only one core ({@link CoreLimits#oneTargetCore()}).
     */
    public ChipLimits limits() {
        int bitsW = weightBits.present() ? weightBits.limitOrNone() : 32;
        int bitsV = potentialBits.present() ? potentialBits.limitOrNone() : 32;
        return new ChipLimits(maxDelay.limitOrNone(), maxFanIn.limitOrNone(), maxFanOut.limitOrNone(), bitsW, bitsV,
                core.oneTargetCore());
    }

    /**
     * The limits bricks are checked against when composed ({@code new Composer(profile.brickLimits())}):
     * this chip's fan-in, weight and potential widths (as {@link #limits()} gives them). Stochastic
     * neurons are allowed: every profiled chip draws random numbers (Loihi's noise, TrueNorth's
     * stochastic modes, SpiNNaker's software), and the cost model projects them.
     */
    public org.spikegraph.algorithms.brick.BrickLimits brickLimits() {
        ChipLimits l = limits();
        return new org.spikegraph.algorithms.brick.BrickLimits(name, l.maxFanIn(), l.weightBits(), l.potentialBits(), true);
    }

    /** The primary cost set (the first). */
    public CostSet primary() {
        return sets.get(0);
    }

    /**
     * The same chip with other per-neuron limits, e.g. a what-if with unlimited delays; the name says so.
     * The cores stay the same, so {@code l.oneAxon()} must match {@link CoreLimits#oneTargetCore()}.
     */
    public HardwareProfile withLimits(String newName, ChipLimits l, String why) {
        if (l.oneAxon() != core.oneTargetCore()) {
            throw new IllegalArgumentException("profile " + name + ": limits with oneAxon " + l.oneAxon()
                    + " do not match its cores (one target core per neuron: " + core.oneTargetCore() + ")");
        }
        Figure d = l.maxDelay() == ChipLimits.NONE ? Figure.absent("steps", why) : new Figure((double) l.maxDelay(), "steps", why, true);
        Figure fi = l.maxFanIn() == ChipLimits.NONE ? Figure.absent("synapses", why) : new Figure((double) l.maxFanIn(), "synapses", why, true);
        Figure fo = l.maxFanOut() == ChipLimits.NONE ? Figure.absent("synapses", why) : new Figure((double) l.maxFanOut(), "synapses", why, true);
        return new HardwareProfile(newName, title + " (" + why + ")", d, fi, fo,
                new Figure((double) l.weightBits(), "bits", why, true), new Figure((double) l.potentialBits(), "bits", why, true),
                core, mesh, sets);
    }

    /** Every figure of the profile with a dotted name, for listings ({@code spikegraph hardware}). */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        figures().forEach((name, figure) -> out.add(name + " = " + figure));
        return out;
    }

    /**
     * Every figure of the profile by its dotted name ({@code limits.maxDelay}, {@code core.neurons},
     * {@code set[NAME].time.synop}, ...), in the order {@link #describe()} lists them.
     */
    public java.util.Map<String, Figure> figures() {
        java.util.Map<String, Figure> out = new java.util.LinkedHashMap<>();
        out.put("limits.maxDelay", maxDelay);
        out.put("limits.maxFanIn", maxFanIn);
        out.put("limits.maxFanOut", maxFanOut);
        out.put("limits.weightBits", weightBits);
        out.put("limits.potentialBits", potentialBits);
        out.put("core.neurons", core.neurons());
        out.put("core.synapses", core.synapses());
        out.put("core.synapseMemoryBytes", core.synapseMemoryBytes());
        out.put("core.bytesPerSynapse", core.bytesPerSynapse());
        out.put("core.inputAxons", core.inputAxons());
        out.put("core.outputCoreEdges", core.outputCoreEdges());
        out.put("core.targetCoresPerNeuron", core.targetCoresPerNeuron());
        out.put("mesh.coresPerChip", mesh.coresPerChip());
        out.put("mesh.coresPerTile", mesh.coresPerTile());
        out.put("mesh.tilesPerRow", mesh.tilesPerRow());
        for (CostSet s : sets) {
            String p = "set[" + s.name() + "].";
            Timing t = s.timing();
            out.put(p + "time.synop", t.synop());
            out.put(p + "time.neuronActive", t.neuronActive());
            out.put(p + "time.neuronIdle", t.neuronIdle());
            out.put(p + "time.spike", t.spike());
            out.put(p + "time.message", t.message());
            out.put(p + "time.hopEw", t.hopEw());
            out.put(p + "time.hopNs", t.hopNs());
            out.put(p + "time.barrierOneTile", t.barrierOneTile());
            out.put(p + "time.barrierFullChip", t.barrierFullChip());
            out.put(p + "time.barrierMultiChip", t.barrierMultiChip());
            out.put(p + "time.barrierChips", t.barrierChips());
            out.put(p + "time.tick", t.tick());
            Energy e = s.energy();
            out.put(p + "energy.synop", e.synop());
            out.put(p + "energy.neuronActive", e.neuronActive());
            out.put(p + "energy.neuronIdle", e.neuronIdle());
            out.put(p + "energy.spike", e.spike());
            out.put(p + "energy.message", e.message());
            out.put(p + "energy.hopEw", e.hopEw());
            out.put(p + "energy.hopNs", e.hopNs());
            out.put(p + "energy.staticPowerPerChip", e.staticPowerPerChip());
            out.put(p + "energy.allInPerSynop", e.allInPerSynop());
        }
        return out;
    }

    @Override
    public String toString() {
        return "HardwareProfile[" + name + ", " + sets.size() + " cost set(s)]";
    }
}
