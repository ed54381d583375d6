package org.spikegraph.hardware.placement;

import java.util.Arrays;
import org.spikegraph.hardware.profile.CoreLimits;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.MeshGeometry;
import org.spikegraph.substrate.network.Network;

/**
 * Neurons on cores, cores on a 2-D mesh of tiles, tiles on chips.
 *
 * <p>Neurons are taken in a locality-preserving order ({@link Order#ID}: id order, which is the
 * graph's vertex order for compiled circuits; {@link Order#BFS}: breadth-first over the synapses,
 * ignoring direction) and packed greedily: a core takes the next neuron while every per-core limit
 * still holds, else a new core is opened. Limits: neurons per core; synapses into the core's neurons
 * (and synaptic memory = synapses &times; bytes per synapse); input axons = distinct source neurons
 * with a synapse into the core; output core-edges, bounded while packing by the sum of out-degrees
 * (sufficient, since a neuron reaches at most out-degree cores). On chips where a neuron reaches one
 * core (TrueNorth) all targets of a neuron form a group that is placed on one core together.
 *
 * <p>Cores are numbered in packing order; core k sits on chip k / coresPerChip, tile
 * (k mod coresPerChip) / coresPerTile, and tiles lie on the chip's mesh in {@link Layout#SNAKE}
 * (boustrophedon: consecutive tiles are neighbours) or {@link Layout#ROW_MAJOR} order. Chips form a
 * square-ish grid, row-major; mesh coordinates are global across chips.
 */
public final class Placement {

    /** Neuron order for packing. */
    public enum Order { ID, BFS }

    /** Tile order on the mesh. */
    public enum Layout { ROW_MAJOR, SNAKE }

    private final HardwareProfile profile;
    private final Layout layout;
    private final int[] coreOf;
    private final int cores;
    private final int chips;
    private final int[] neuronsOn;
    private final long[] synapsesOn;
    private final int[] axonsOn;
    private final int[] outEdgesOn;

    private Placement(HardwareProfile profile, Layout layout, int[] coreOf, int cores, int[] neuronsOn, long[] synapsesOn,
                      int[] axonsOn, int[] outEdgesOn) {
        this.profile = profile;
        this.layout = layout;
        this.coreOf = coreOf;
        this.cores = cores;
        int perChip = profile.mesh().cores();
        this.chips = Math.max(1, (cores + perChip - 1) / perChip);
        this.neuronsOn = neuronsOn;
        this.synapsesOn = synapsesOn;
        this.axonsOn = axonsOn;
        this.outEdgesOn = outEdgesOn;
    }

    /** Places in id order, snake layout. */
    public static Placement place(Network network, HardwareProfile profile) {
        return place(network, profile, Order.ID, Layout.SNAKE);
    }

    /**
     * Places {@code network} on {@code profile}'s cores.
     *
     * @throws IllegalArgumentException when the network is not legal for the profile
     *                                  ({@link Legality#require}), or when one neuron (or one group of
     *                                  neurons that must share a core) alone exceeds a core: legalize it first
     */
    public static Placement place(Network network, HardwareProfile profile, Order order, Layout layout) {
        Legality.require(network, profile);
        return new Placer(network, profile).run(order, layout);
    }

    static Placement of(HardwareProfile p, Layout layout, int[] coreOf, int cores, int[] neuronsOn, long[] synapsesOn,
                        int[] axonsOn, int[] outEdgesOn) {
        return new Placement(p, layout, coreOf, cores, neuronsOn, synapsesOn, axonsOn, outEdgesOn);
    }

    /** The profile placed on. */
    public HardwareProfile profile() { return profile; }

    /** The core of a neuron. */
    public int core(int neuron) { return coreOf[neuron]; }

    /** Expert: the core of every neuron. Do not modify. */
    public int[] coreArray() { return coreOf; }

    /** Cores used. */
    public int cores() { return cores; }

    /** Chips used. */
    public int chips() { return chips; }

    /** Neurons on core c. */
    public int neuronsOn(int core) { return neuronsOn[core]; }

    /** Synapses into the neurons of core c. */
    public long synapsesOn(int core) { return synapsesOn[core]; }

    /** Input axons of core c: distinct source neurons with a synapse into it. */
    public int inputAxonsOn(int core) { return axonsOn[core]; }

    /** Output core-edges of core c: the sum over its neurons of their distinct target cores (exact). */
    public int outputCoreEdgesOn(int core) { return outEdgesOn[core]; }

    /** The chip of core c. */
    public int chip(int core) { return core / profile.mesh().cores(); }

    /** The tile of core c within its chip. */
    public int tileInChip(int core) { return (core % profile.mesh().cores()) / profile.mesh().coresPerTileInt(); }

    /** Tiles in use (the barrier depends on them). */
    public int tilesUsed() {
        int per = profile.mesh().coresPerTileInt();
        int perChip = profile.mesh().tilesPerChip();
        int full = cores / profile.mesh().cores();
        int rest = cores % profile.mesh().cores();
        return full * perChip + (rest + per - 1) / per;
    }

    /** Global mesh x of core c (tile column across chips). */
    public int meshX(int core) {
        MeshGeometry m = profile.mesh();
        int tile = tileInChip(core);
        int row = tile / m.width();
        int col = tile % m.width();
        if (layout == Layout.SNAKE && (row & 1) == 1) {
            col = m.width() - 1 - col;
        }
        return chipX(chip(core)) * m.width() + col;
    }

    /** Global mesh y of core c (tile row across chips). */
    public int meshY(int core) {
        MeshGeometry m = profile.mesh();
        return chipY(chip(core)) * m.height() + tileInChip(core) / m.width();
    }

    private int chipsPerRow() {
        return (int) Math.ceil(Math.sqrt(chips));
    }

    private int chipX(int chip) { return chip % chipsPerRow(); }

    private int chipY(int chip) { return chip / chipsPerRow(); }

    /** Fraction of neuron slots used on the cores in use. */
    public double neuronUtilisation() {
        long sum = 0;
        for (int c = 0; c < cores; c++) {
            sum += neuronsOn[c];
        }
        return cores == 0 ? 0 : (double) sum / ((double) cores * profile.core().maxNeurons());
    }

    /** Fraction of synaptic memory (or synapse slots) used on the cores in use; NaN when the chip has no such limit. */
    public double synapseUtilisation() {
        long max = profile.core().maxSynapses();
        if (max == Long.MAX_VALUE || cores == 0) {
            return Double.NaN;
        }
        long sum = Arrays.stream(synapsesOn, 0, cores).sum();
        return (double) sum / ((double) cores * max);
    }

    /** Checks every per-core limit again from the stored counts; true when all hold. */
    public boolean withinLimits() {
        CoreLimits l = profile.core();
        for (int c = 0; c < cores; c++) {
            if (neuronsOn[c] > l.maxNeurons() || synapsesOn[c] > l.maxSynapses() || axonsOn[c] > l.maxInputAxons()
                    || outEdgesOn[c] > l.maxOutputCoreEdges()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Placement[" + profile.name() + ", " + cores + " cores, " + chips + " chips, neuron utilisation "
                + String.format("%.3f", neuronUtilisation()) + "]";
    }
}
