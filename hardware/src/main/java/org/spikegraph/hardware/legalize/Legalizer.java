package org.spikegraph.hardware.legalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * Rewrites a network so that it fits a chip's {@link ChipLimits} and spikes exactly like the original
 * (DESIGN.md, "hardware: legalization"). Original neurons keep their ids 0..n&minus;1; relay neurons
 * are appended after them, so the original stimulus, stop condition and decoder work unchanged. No
 * pass lengthens any path: every spike of an original neuron arrives at the same step as before, and
 * a run on the legalized network needs no larger step limit.
 *
 * <h2>Relays</h2>
 * Every added neuron is a <em>relay</em>: &theta; = 1, no leak, no bias, hard reset to 0, no refractory
 * period, deterministic, {@code limits.potentialBits()} bits, fed with weight 1. It spikes in exactly
 * the steps in which at least one spike reaches it, so a relay with a single source is an exact copy
 * of that source's spike train (spikes on consecutive steps included) and a relay with several sources
 * spikes when any of them arrives: an OR.
 *
 * <h2>OR-type neurons</h2>
 * A neuron is <em>OR-type</em> when its type has &theta; = 1, bias 0, hard reset to 0 and fires
 * deterministically (any leak, any refractory period, e.g. the fire-once latches of shortest-path
 * circuits), and every synapse into it has weight &ge; 1. Its potential is 0 at the start of every
 * step in which it is not refractory, so it spikes at step t exactly when it is not refractory and at
 * least one spike reaches it (or the stimulus forces it): the number and sizes of its inputs do not
 * matter. This holds provided the stimulus gives it no negative current; the legalizer does not see
 * the stimulus, so that condition is the caller's.
 *
 * <h2>The passes, in order</h2>
 * <ol>
 *   <li>{@link PassReport.Pass#PRECISION}: a weight outside the chip's signed {@code weightBits} range is
 *       rescaled to 1 when its target is OR-type (exact, see above), otherwise rejected. A neuron whose
 *       type declares more {@code potentialBits} than the chip is narrowed to the chip's width when
 *       that is exact: (a) OR-type neurons (their potential only takes values 0 and the clamped sum of
 *       one step's inputs, which reaches &theta; = 1 at any width), or (b) neurons with a {@code FULL}
 *       leak whose |bias| + &Sigma;|incoming weight| fits the chip's width (the potential never
 *       saturates, stimulus currents aside). Otherwise, or when the threshold or hard-reset value
 *       does not fit the chip's width, it is rejected.</li>
 *   <li>{@link PassReport.Pass#FAN_IN}: a neuron with more incoming synapses than {@code maxFanIn} gets
 *       a relay tree: groups of its inputs go to relays, their delays reduced by one per relay level,
 *       and each relay feeds the neuron (or the relay above it) with delay 1 and weight 1, so every
 *       spike arrives at the step it arrived before. Merging inputs in a relay is exact only for
 *       OR-type targets: any other neuron above the limit is rejected. The inputs with the shortest
 *       delays stay direct; an input can only be relayed through k levels if its delay is &ge; k + 1,
 *       so a neuron whose delay-1 inputs leave no room for a relay is rejected (the pass never lengthens
 *       a delay to make room, which would change the spike times).</li>
 *   <li>{@link PassReport.Pass#FAN_OUT}: a neuron with more outgoing synapses than {@code maxFanOut}
 *       gets a relay tree: it feeds relays with delay 1 and weight 1, and each relay carries a share of
 *       its synapses with their original weights and delays reduced by one per level. Each relay copies
 *       its one source's spike train, so this is exact for every network. As for fan-in, the synapses
 *       with the shortest delays stay direct, synapses of delay 1 cannot be relayed, and a neuron with too
 *       many of them is rejected. This pass runs before the delay pass so that long synapses still have
 *       the slack that deep trees need. Every relay tree keeps the relays' fan-in at 1 and replaces one
 *       synapse into a target by one, so the fan-in limit still holds.</li>
 *   <li>{@link PassReport.Pass#DELAYS}: every delay above {@code maxDelay} becomes a relay chain or a tap
 *       on a shared delay line ({@link DelayStrategy}). Exact for every network, spikes on consecutive
 *       steps included. Relay chains keep every neuron's fan-in and fan-out; tapped lines keep every
 *       fan-in and never raise a fan-out above the limit (a source's long synapses become one synapse to
 *       its line, and a stage carries at most the taps of synapses the source had). With
 *       {@code limits.oneAxon()}, tapped lines put stages every maxDelay &minus; 1 steps so that every tap
 *       leaves 2..maxDelay steps, room for the next pass's splitter hop.</li>
 *   <li>{@link PassReport.Pass#ONE_AXON}, only with {@code limits.oneAxon()} (TrueNorth: each neuron has one
 *       axon, hence one delay and one target core): a neuron with two or more synapses whose delays differ
 *       or whose targets are fed by other neurons too gets <em>private splitter relays</em>: each synapse
 *       s &rarr; t of delay d &ge; 2 becomes s &rarr; r (weight 1, delay 1) and r &rarr; t (its weight, delay
 *       d &minus; 1) through a relay r of its own; synapses of delay 1 stay direct. Arrival times are
 *       unchanged, exact for every network. Afterwards every neuron has one delay, and a neuron's targets
 *       are its own relays and private targets (at most maxFanOut of them), so placement's groups of
 *       neurons that must share a core stay small; only delay-1 synapses into shared targets still join
 *       groups, and a joined group too big for one core is refused by placement. Never rejects a network it
 *       has room for.</li>
 * </ol>
 * Each pass is a {@link LegalizationPass} ({@link PrecisionPass}, {@link FanInPass}, {@link FanOutPass},
 * {@link DelayPass} with the strategy's {@link DelayLines}, {@link OneAxonPass}); {@link #passes} lists them
 * in this order. Every pass that adds relays counts them first (exactly: the fan-in and fan-out trees by a
 * dry run of their construction) and this class refuses, before the pass builds any, when they would not
 * fit a network or this JVM's free heap, naming the limit that needs them and what to change. The result
 * is checked against every limit before it is returned.
 *
 * <p>Not done: rescaling weights by a common factor for non-OR neurons (no exact rescale is attempted,
 * such weights are rejected), and narrowing integrate-and-fire neurons whose potential is unbounded.
 */
public final class Legalizer {

    private Legalizer() {}

    /**
     * Legalizes {@code network} for {@code limits}; see the class comment for what each pass accepts.
     *
     * @param network  the network to legalize; it is not modified
     * @param limits   what the chip allows one neuron and one synapse
     * @param strategy how to shorten long delays
     * @return the legalized network, the number of original neurons and what each pass added
     * @throws IllegalArgumentException naming the synapse (source -&gt; target, weight) or the neuron and
     *                                  the limit, when the network cannot be legalized exactly
     */
    public static Legalized legalize(Network network, ChipLimits limits, DelayStrategy strategy) {
        return legalize(network, limits, strategy, Long.MAX_VALUE);
    }

    /**
     * As {@link #legalize(Network, ChipLimits, DelayStrategy)}, with at most {@code heapBytes} (and at most this
     * JVM's free heap) for the relays of any one pass: a pass whose relays would need more is refused before it
     * builds anything (tests use a small budget to reach these refusals with small networks).
     */
    static Legalized legalize(Network network, ChipLimits limits, DelayStrategy strategy, long heapBytes) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(strategy, "strategy");
        WorkingNetwork net = WorkingNetwork.of(network);
        net.heapBytes = heapBytes;
        List<PassReport> reports = new ArrayList<>(5);
        for (LegalizationPass pass : passes(limits, strategy)) {
            LegalizationPass.Room room = pass.room(net, limits);
            if (room != null) {
                requireRoom(net, room.neurons(), room.synapses(), room.what(), room.change());
            }
            reports.add(pass.apply(net, limits));
        }
        verify(net, limits);
        Network out = net.build();
        StringBuilder d = new StringBuilder();
        d.append("legalized for maxDelay ").append(limitText(limits.maxDelay()))
                .append(", fan-in ").append(limitText(limits.maxFanIn()))
                .append(", fan-out ").append(limitText(limits.maxFanOut()))
                .append(", ").append(limits.weightBits()).append("-bit weights, ")
                .append(limits.potentialBits()).append("-bit potentials").append(limits.oneAxon() ? ", one axon per neuron" : "")
                .append(" with ").append(strategy).append(": ")
                .append(network.neuronCount()).append(" -> ").append(out.neuronCount()).append(" neurons, ")
                .append(network.synapseCount()).append(" -> ").append(out.synapseCount()).append(" synapses");
        for (PassReport r : reports) {
            d.append("; ").append(r);
        }
        return new Legalized(out, network.neuronCount(), reports, d.toString());
    }

    /**
     * The passes, in the order they run (the class comment's): precision, fan-in, fan-out, delays (by
     * {@code strategy}), one axon. Fresh instances, for one legalization.
     */
    static List<LegalizationPass> passes(ChipLimits limits, DelayStrategy strategy) {
        NeuronType relay = relayType(limits);
        return List.of(new PrecisionPass(), new FanInPass(relay), new FanOutPass(relay),
                new DelayPass(strategy.lines(), relay), new OneAxonPass(relay));
    }

    /** The type of every relay: &theta; = 1, no leak, no bias, hard reset to 0, the chip's potential width. */
    static NeuronType relayType(ChipLimits limits) {
        return NeuronType.builder().threshold(1).potentialBits(limits.potentialBits()).build();
    }

    private static String limitText(int limit) {
        return limit == ChipLimits.NONE ? "none" : Integer.toString(limit);
    }

    // ------------------------------------------------------------------ memory guard

    /** Bytes the pipeline holds per neuron and per synapse of a legal network (working copy, network, placement, run). */
    static final long BYTES_PER_NEURON = 100;
    static final long BYTES_PER_SYNAPSE = 60;

    /**
     * Refuses, before building them, relays that would not fit a network, this JVM's free heap or the
     * network's {@link WorkingNetwork#heapBytes}, saying what needs them ({@code what}, naming the limit) and
     * what to change ({@code change}).
     */
    private static void requireRoom(WorkingNetwork net, long neurons, long synapses, String what, String change) {
        long n = net.neuronCount() + neurons;
        long m = net.synapseCount() + synapses;
        if (n > NetworkBuilder.MAX_ELEMENTS || m > NetworkBuilder.MAX_ELEMENTS) {
            throw new IllegalArgumentException(String.format("%s need %,d relay neurons (%,d neurons, %,d synapses in all), "
                    + "more than a network holds (%,d); %s", what, neurons, n, m, NetworkBuilder.MAX_ELEMENTS, change));
        }
        long need = neurons * BYTES_PER_NEURON + synapses * BYTES_PER_SYNAPSE;
        long free = Math.min(net.heapBytes, freeHeap());
        if (need > free && need <= net.heapBytes) {
            System.gc(); // what looks used may be garbage: ask once before refusing
            free = Math.min(net.heapBytes, freeHeap());
        }
        if (need > free) {
            throw new IllegalArgumentException(String.format("%s need %,d relay neurons: about %,d MiB where %,d MiB "
                    + "are free; %s, or give the JVM more heap (SPIKEGRAPH_JAVA_OPTS=-Xmx...)", what, neurons,
                    (need + (1 << 20) - 1) >> 20, free >> 20, change));
        }
    }

    private static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    // ------------------------------------------------------------------ final check

    private static void verify(WorkingNetwork net, ChipLimits limits) {
        long lo = -(1L << (limits.weightBits() - 1));
        long hi = (1L << (limits.weightBits() - 1)) - 1;
        for (int j = 0; j < net.synapseCount(); j++) {
            int w = net.weight.getInt(j);
            int d = net.delay.getInt(j);
            if (d > limits.maxDelay() || d < 1 || w < lo || w > hi) {
                throw new IllegalStateException("internal error: legalized synapse " + net.src.getInt(j) + " -> "
                        + net.tgt.getInt(j) + " (weight " + w + ", delay " + d + ") breaks " + limits);
            }
        }
        int[] in = net.degrees(net.tgt);
        int[] out = net.degrees(net.src);
        if (limits.oneAxon()) {
            int[] axonDelay = new int[net.neuronCount()];
            for (int j = 0; j < net.synapseCount(); j++) {
                int s = net.src.getInt(j);
                int d = net.delay.getInt(j);
                if (axonDelay[s] != 0 && axonDelay[s] != d) {
                    throw new IllegalStateException("internal error: legalized neuron " + s + " has synapses with delays "
                            + axonDelay[s] + " and " + d + ", which breaks one axon per neuron");
                }
                axonDelay[s] = d;
            }
        }
        for (int i = 0; i < net.neuronCount(); i++) {
            if (in[i] > limits.maxFanIn() || out[i] > limits.maxFanOut()
                    || net.type.get(i).potentialBits() > limits.potentialBits()) {
                throw new IllegalStateException("internal error: legalized neuron " + i + " (fan-in " + in[i] + ", fan-out "
                        + out[i] + ", type " + net.type.get(i) + ") breaks " + limits);
            }
        }
    }
}
