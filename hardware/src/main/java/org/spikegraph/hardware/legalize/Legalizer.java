package org.spikegraph.hardware.legalize;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
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
 * Every pass that adds relays counts them first (exactly: the fan-in and fan-out trees by a dry run of
 * their construction) and refuses, before building any, when they would not fit a network or this JVM's
 * free heap, naming the limit that needs them and what to change. The result is checked against every
 * limit before it is returned.
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
        NeuronType relay = NeuronType.builder().threshold(1).potentialBits(limits.potentialBits()).build();
        List<PassReport> reports = new ArrayList<>(4);
        reports.add(precision(net, limits));
        reports.add(fanIn(net, limits, relay));
        reports.add(fanOut(net, limits, relay));
        reports.add(strategy == DelayStrategy.RELAY_CHAINS ? relayChains(net, limits, relay) : tappedLines(net, limits, relay));
        reports.add(oneAxon(net, limits, relay));
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

    private static String limitText(int limit) {
        return limit == ChipLimits.NONE ? "none" : Integer.toString(limit);
    }

    // ------------------------------------------------------------------ OR-type

    /** The type part of OR-type: &theta; = 1, bias 0, hard reset 0, deterministic. */
    static boolean orTypeParameters(NeuronType t) {
        return t.threshold() == 1 && t.bias() == 0 && !t.stochastic() && !t.reset().isSoft() && t.reset().value() == 0;
    }

    /** OR-type neurons of the working network: type parameters and every incoming weight &ge; 1. */
    private static boolean[] orNeurons(WorkingNetwork net) {
        boolean[] or = new boolean[net.neuronCount()];
        for (int i = 0; i < or.length; i++) {
            or[i] = orTypeParameters(net.type.get(i));
        }
        for (int j = 0; j < net.synapseCount(); j++) {
            if (net.weight.getInt(j) < 1) {
                or[net.tgt.getInt(j)] = false;
            }
        }
        return or;
    }

    private static String whyNotOr(WorkingNetwork net, int neuron) {
        NeuronType t = net.type.get(neuron);
        if (!orTypeParameters(t)) {
            return "its type " + t + " is not OR-type (needs threshold 1, bias 0, hard reset 0, fire chance 1)";
        }
        for (int j = 0; j < net.synapseCount(); j++) {
            if (net.tgt.getInt(j) == neuron && net.weight.getInt(j) < 1) {
                return "synapse " + net.src.getInt(j) + " -> " + neuron + " has weight " + net.weight.getInt(j)
                        + " (an OR-type neuron needs every incoming weight >= 1)";
            }
        }
        return "it is not OR-type";
    }

    // ------------------------------------------------------------------ precision

    private static PassReport precision(WorkingNetwork net, ChipLimits limits) {
        boolean[] or = orNeurons(net);
        long lo = -(1L << (limits.weightBits() - 1));
        long hi = (1L << (limits.weightBits() - 1)) - 1;
        int rescaled = 0;
        for (int j = 0; j < net.synapseCount(); j++) {
            int w = net.weight.getInt(j);
            if (w >= lo && w <= hi) {
                continue;
            }
            int s = net.src.getInt(j);
            int t = net.tgt.getInt(j);
            if (!or[t]) {
                throw new IllegalArgumentException("synapse " + s + " -> " + t + " has weight " + w + ", outside the chip's "
                        + limits.weightBits() + "-bit signed range [" + lo + ", " + hi + "], and no exact rescaling exists: "
                        + "neuron " + t + " is not OR-type, because " + whyNotOr(net, t)
                        + "; scale the circuit's weights and thresholds down or use a chip with wider weights");
            }
            net.weight.set(j, 1);
            rescaled++;
        }

        int bits = limits.potentialBits();
        long maxP = (1L << (bits - 1)) - 1;
        long minP = -(1L << (bits - 1));
        long[] absIn = null;
        Map<NeuronType, NeuronType> narrowed = new HashMap<>();
        int narrowedNeurons = 0;
        for (int i = 0; i < net.neuronCount(); i++) {
            NeuronType t = net.type.get(i);
            if (t.potentialBits() <= bits) {
                continue;
            }
            if (t.threshold() > maxP) {
                throw new IllegalArgumentException("neuron " + i + " has threshold " + t.threshold() + " (type " + t
                        + "), above the largest potential " + maxP + " of the chip's " + bits + "-bit neurons");
            }
            if (!t.reset().isSoft() && (t.reset().value() < minP || t.reset().value() > maxP)) {
                throw new IllegalArgumentException("neuron " + i + " resets to " + t.reset().value() + " (type " + t
                        + "), outside the chip's " + bits + "-bit potential range [" + minP + ", " + maxP + "]");
            }
            boolean exact = or[i];
            if (!exact && t.leak().kind() == Leak.Kind.FULL) {
                if (absIn == null) {
                    absIn = new long[net.neuronCount()];
                    for (int j = 0; j < net.synapseCount(); j++) {
                        absIn[net.tgt.getInt(j)] += Math.abs((long) net.weight.getInt(j));
                    }
                }
                exact = Math.abs((long) t.bias()) + absIn[i] <= maxP;
            }
            if (!exact) {
                throw new IllegalArgumentException("neuron " + i + " has a type declaring " + t.potentialBits()
                        + "-bit potentials (" + t + "), above the chip's " + bits + " bits, and narrowing it is not "
                        + "provably exact: only OR-type neurons (threshold 1, bias 0, hard reset 0, fire chance 1, "
                        + "incoming weights >= 1) and full-leak neurons whose |bias| + sum of |incoming weights| fits "
                        + bits + " bits are narrowed; declare potentialBits <= " + bits + " or use a chip with wider potentials");
            }
            net.type.set(i, narrowed.computeIfAbsent(t, x -> x.toBuilder().potentialBits(bits).build()));
            narrowedNeurons++;
        }
        String detail = rescaled + " weights into OR-type neurons rescaled to 1, " + narrowedNeurons + " neurons of "
                + narrowed.size() + " types narrowed to " + bits + " bits";
        return new PassReport(PassReport.Pass.PRECISION, 0, 0, detail);
    }

    // ------------------------------------------------------------------ fan-in and fan-out trees

    private static PassReport fanIn(WorkingNetwork net, ChipLimits limits, NeuronType relay) {
        int limit = limits.maxFanIn();
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        int[] deg = net.degrees(net.tgt);
        boolean any = false;
        for (int i = 0; i < n0 && !any; i++) {
            any = deg[i] > limit;
        }
        int trees = 0;
        if (any) {
            boolean[] or = orNeurons(net);
            for (int i = 0; i < n0; i++) {
                if (deg[i] > limit && !or[i]) {
                    throw notOrAboveFanIn(net, i, deg[i], limit);
                }
            }
            int[][] in = net.groupBy(net.tgt);
            long relays = treeRelays(net, deg, in, limit);
            requireRoom(net, relays, relays, "relay trees for fan-ins above " + limit,
                    "give the circuit's neurons fewer inputs or use a chip with a larger fan-in limit");
            for (int i = 0; i < n0; i++) {
                if (deg[i] <= limit) {
                    continue;
                }
                if (!or[i]) {
                    throw notOrAboveFanIn(net, i, deg[i], limit);
                }
                int[] ids = java.util.Arrays.copyOfRange(in[1], in[0][i], in[0][i + 1]);
                relayTree(net, i, ids, limit, true, relay, i, 0);
                trees++;
            }
        }
        return new PassReport(PassReport.Pass.FAN_IN, net.neuronCount() - n0, net.synapseCount() - m0,
                trees + " relay trees");
    }

    private static IllegalArgumentException notOrAboveFanIn(WorkingNetwork net, int neuron, int fanIn, int limit) {
        return new IllegalArgumentException("neuron " + neuron + " has " + fanIn + " incoming synapses, above the chip's "
                + "fan-in limit " + limit + ", and cannot get a relay tree because " + whyNotOr(net, neuron)
                + ": merging inputs in relays is exact only for OR-type neurons");
    }

    private static PassReport fanOut(WorkingNetwork net, ChipLimits limits, NeuronType relay) {
        int limit = limits.maxFanOut();
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        int[] deg = net.degrees(net.src);
        int trees = 0;
        int[][] out = null;
        for (int i = 0; i < n0; i++) {
            if (deg[i] <= limit) {
                continue;
            }
            if (out == null) {
                out = net.groupBy(net.src);
                long relays = treeRelays(net, deg, out, limit);
                requireRoom(net, relays, relays, "relay trees for fan-outs above " + limit,
                        "give the circuit's neurons fewer targets or use a chip with a larger fan-out limit");
            }
            int[] ids = java.util.Arrays.copyOfRange(out[1], out[0][i], out[0][i + 1]);
            relayTree(net, i, ids, limit, false, relay, i, 0);
            trees++;
        }
        return new PassReport(PassReport.Pass.FAN_OUT, net.neuronCount() - n0, net.synapseCount() - m0,
                trees + " relay trees");
    }

    /**
     * Attaches the synapses {@code ids} to {@code node} (as their target for fan-in, as their source for
     * fan-out), through a tree of relays when there are more than {@code limit}. The synapses with the
     * shortest delays stay direct; the others are split into groups, one relay each, with the fewest
     * relays that let every group fit one relay (else as many relays as the delay-1 synapses leave room
     * for, and deeper trees). Each relay level takes one step off its synapses' delays and adds a hop
     * of delay 1, so arrival times are unchanged.
     */
    private static void relayTree(WorkingNetwork net, int node, int[] ids, int limit, boolean fanIn, NeuronType relay,
                                  int root, int depth) {
        int m = ids.length;
        if (m <= limit) {
            for (int j : ids) {
                (fanIn ? net.tgt : net.src).set(j, node);
            }
            return;
        }
        IntArrays.mergeSort(ids, (a, b) -> Integer.compare(net.delay.getInt(a), net.delay.getInt(b)));
        int ones = 0;
        while (ones < m && net.delay.getInt(ids[ones]) == 1) {
            ones++;
        }
        int relays = relaysAtNode(m, ones, limit);
        if (relays < 1) {
            String what = fanIn ? "incoming" : "outgoing";
            String kind = fanIn ? "fan-in" : "fan-out";
            throw new IllegalArgumentException("neuron " + root + " has more " + what + " synapses than the chip's " + kind
                    + " limit " + limit + ", and " + ones + " of them " + (depth == 0 ? "have delay 1"
                    : "have delay " + (depth + 1) + ", which is 1 after the " + depth + " relay level(s) they need")
                    + ": every relay adds a step, so a synapse cannot be relayed through more levels than its delay - 1, "
                    + "and a tree node holds at most " + (limit - 1) + " such synapses beside one relay. Lengthening them "
                    + "would change spike times, so this is not done: give these synapses longer delays "
                    + "(e.g. scale every delay of the circuit) or use a chip with a larger " + kind + " limit");
        }
        int keep = limit - relays;
        for (int k = 0; k < keep; k++) {
            (fanIn ? net.tgt : net.src).set(ids[k], node);
        }
        int rest = m - keep;
        int base = rest / relays;
        int extra = rest % relays;
        int pos = keep;
        for (int g = 0; g < relays; g++) {
            int size = base + (g >= relays - extra ? 1 : 0);
            int r = net.addNeuron(relay);
            if (fanIn) {
                net.addSynapse(r, node, 1, 1);
            } else {
                net.addSynapse(node, r, 1, 1);
            }
            int[] group = java.util.Arrays.copyOfRange(ids, pos, pos + size);
            for (int j : group) {
                net.delay.set(j, net.delay.getInt(j) - 1);
                if (fanIn) {
                    net.weight.set(j, 1);
                }
            }
            relayTree(net, r, group, limit, fanIn, relay, root, depth + 1);
            pos += size;
        }
    }

    /**
     * How many relays a tree node with {@code m} synapses, {@code ones} of them with delay 1 (which must stay
     * direct), gets under {@code limit}: the fewest that let every group fit one relay, else as many as the
     * delay-1 synapses leave room for; below 1 when they leave none.
     */
    private static int relaysAtNode(int m, int ones, int limit) {
        for (int k = 1; k <= limit - ones; k++) {
            if ((long) (limit - k) + (long) k * limit >= m) {
                return k;
            }
        }
        return limit - ones;
    }

    /**
     * The relays {@link #relayTree} adds for synapses whose delays, less {@code depth}, are
     * {@code delays[from..to)} (sorted), without building anything; -1 when it would refuse them. Groups are
     * ranges of the sorted delays, as in {@link #relayTree}, whose sort by delay keeps this order.
     */
    private static long treeRelays(int[] delays, int from, int to, int limit, int depth) {
        int m = to - from;
        if (m <= limit) {
            return 0;
        }
        int ones = 0;
        while (ones < m && delays[from + ones] - depth == 1) {
            ones++;
        }
        int relays = relaysAtNode(m, ones, limit);
        if (relays < 1) {
            return -1;
        }
        int rest = m - (limit - relays);
        int base = rest / relays;
        int extra = rest % relays;
        int pos = from + limit - relays;
        long total = relays;
        for (int g = 0; g < relays; g++) {
            int size = base + (g >= relays - extra ? 1 : 0);
            long below = treeRelays(delays, pos, pos + size, limit, depth + 1);
            if (below < 0) {
                return -1;
            }
            total += below;
            pos += size;
        }
        return total;
    }

    /**
     * Relays the fan-in ({@code in} true) or fan-out trees of every neuron above {@code limit} will add, counted
     * before any is built; a neuron whose tree would be refused counts 0 (its pass refuses it, naming it).
     */
    private static long treeRelays(WorkingNetwork net, int[] deg, int[][] groups, int limit) {
        long total = 0;
        for (int i = 0; i < deg.length; i++) {
            if (deg[i] <= limit) {
                continue;
            }
            int[] d = new int[deg[i]];
            for (int k = 0; k < d.length; k++) {
                d[k] = net.delay.getInt(groups[1][groups[0][i] + k]);
            }
            java.util.Arrays.sort(d);
            total += Math.max(0, treeRelays(d, 0, d.length, limit, 0));
        }
        return total;
    }

    // ------------------------------------------------------------------ delays

    private static PassReport relayChains(WorkingNetwork net, ChipLimits limits, NeuronType relay) {
        int max = limits.maxDelay();
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        long relays = 0;
        for (int j = 0; j < m0; j++) {
            int d = net.delay.getInt(j);
            relays += d > max ? (d - 1) / max : 0;
        }
        requireRoom(net, relays, relays, "relay chains for delays above " + max, SHORTER_DELAYS);
        int chains = 0;
        for (int j = 0; j < m0; j++) {
            int d = net.delay.getInt(j);
            if (d <= max) {
                continue;
            }
            int k = (d - 1) / max;
            int prev = net.src.getInt(j);
            for (int h = 0; h < k; h++) {
                int r = net.addNeuron(relay);
                net.addSynapse(prev, r, 1, max);
                prev = r;
            }
            net.src.set(j, prev);
            net.delay.set(j, d - k * max);
            chains++;
        }
        return new PassReport(PassReport.Pass.DELAYS, net.neuronCount() - n0, net.synapseCount() - m0,
                chains + " relay chains");
    }

    /**
     * One delay line per source with long synapses: stages every maxDelay steps, each long synapse tapping
     * the stage that leaves it a final delay in 1..maxDelay. The fan-out pass ran before, so a source has at
     * most maxFanOut synapses; a stage that is not the last is passed by at least one of the source's long
     * synapses, so it has at most maxFanOut - 1 taps plus its successor: no stage exceeds the fan-out limit.
     * With one axon per neuron the stages come every maxDelay - 1 steps and each tap leaves 2..maxDelay.
     */
    private static PassReport tappedLines(WorkingNetwork net, ChipLimits limits, NeuronType relay) {
        int max = limits.maxDelay();
        // With one axon per neuron, stages come every max - 1 steps and taps leave 2..max steps, so that
        // the one-axon pass can put a splitter hop in front of every tap (see oneAxon).
        boolean roomy = limits.oneAxon() && max >= 2 && max != ChipLimits.NONE;
        int spacing = roomy ? max - 1 : max;
        int low = roomy ? 2 : 1;
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        int[] stages = new int[n0];
        for (int j = 0; j < m0; j++) {
            int d = net.delay.getInt(j);
            if (d > max) {
                int s = net.src.getInt(j);
                stages[s] = Math.max(stages[s], (d - low) / spacing);
            }
        }
        long relays = 0;
        for (int s = 0; s < n0; s++) {
            relays += stages[s];
        }
        requireRoom(net, relays, relays, "tapped delay lines for delays above " + max, SHORTER_DELAYS);
        int[] firstStage = new int[n0];
        int lines = 0;
        for (int s = 0; s < n0; s++) {
            if (stages[s] == 0) {
                continue;
            }
            int prev = s;
            for (int i = 1; i <= stages[s]; i++) {
                int r = net.addNeuron(relay);
                net.addSynapse(prev, r, 1, spacing);
                if (i == 1) {
                    firstStage[s] = r;
                }
                prev = r;
            }
            lines++;
        }
        for (int j = 0; j < m0; j++) {
            int d = net.delay.getInt(j);
            if (d > max) {
                int i = (d - low) / spacing;
                // The stages of one line are consecutive neuron ids.
                net.src.set(j, firstStage[net.src.getInt(j)] + i - 1);
                net.delay.set(j, d - i * spacing);
            }
        }
        return new PassReport(PassReport.Pass.DELAYS, net.neuronCount() - n0, net.synapseCount() - m0,
                lines + " tapped lines");
    }

    /** Bytes the pipeline holds per neuron and per synapse of a legal network (working copy, network, placement, run). */
    static final long BYTES_PER_NEURON = 100;
    static final long BYTES_PER_SYNAPSE = 60;

    private static final String SHORTER_DELAYS =
            "give the circuit shorter delays (e.g. a coarser weight resolution) or use a chip with longer delays";

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

    // ------------------------------------------------------------------ one axon

    /**
     * One axon per neuron: a neuron with two or more synapses must give them one delay, and Placement puts
     * all its targets on one core, joining the target sets of different neurons that share a target. A
     * neuron with out-degree &ge; 2 is left alone when its synapses share one delay and each of its targets
     * is <em>private</em> to it (fed by no other neuron). Otherwise it is split: every synapse of delay 1
     * stays direct, every other synapse s &rarr; t (weight w, delay d &ge; 2) becomes s &rarr; r (weight 1,
     * delay 1) and r &rarr; t (weight w, delay d &minus; 1) through a new relay r of its own. The relay copies
     * s's spike train one step late, so t receives the same spikes at the same steps. Then s's axon has
     * delay 1, its targets are private relays plus its delay-1 targets, and each relay has one synapse.
     * Fan-in and fan-out do not change (one synapse into t replaces one), and delays only get shorter.
     * Only delay-1 synapses to shared targets are left to join target sets; the delay pass leaves such taps
     * only where the circuit itself has them (relay chains end in out-degree-1 relays, and tapped lines
     * leave 2..max steps when the chip has one axon).
     */
    private static PassReport oneAxon(WorkingNetwork net, ChipLimits limits, NeuronType relay) {
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        if (!limits.oneAxon()) {
            return new PassReport(PassReport.Pass.ONE_AXON, 0, 0, "not required");
        }
        // the single source feeding each neuron, -1 for none, -2 for several
        int[] soleSource = new int[n0];
        java.util.Arrays.fill(soleSource, -1);
        for (int j = 0; j < m0; j++) {
            int t = net.tgt.getInt(j);
            int s = net.src.getInt(j);
            soleSource[t] = soleSource[t] == -1 || soleSource[t] == s ? s : -2;
        }
        int[][] out = net.groupBy(net.src);
        boolean[] splits = new boolean[n0];
        long relays = 0;
        for (int s = 0; s < n0; s++) {
            int a = out[0][s];
            int b = out[0][s + 1];
            if (b - a < 2) {
                continue;
            }
            boolean fine = true;
            int d0 = net.delay.getInt(out[1][a]);
            for (int k = a; k < b && fine; k++) {
                int j = out[1][k];
                fine = net.delay.getInt(j) == d0 && soleSource[net.tgt.getInt(j)] == s;
            }
            if (!fine) {
                splits[s] = true;
                for (int k = a; k < b; k++) {
                    relays += net.delay.getInt(out[1][k]) >= 2 ? 1 : 0;
                }
            }
        }
        requireRoom(net, relays, relays, "splitter relays for the chip's one axon per neuron",
                "give each neuron synapses of one delay into targets of its own, or use a chip with more than one axon per neuron");
        int split = 0;
        int sharedOnes = 0;
        for (int s = 0; s < n0; s++) {
            if (!splits[s]) {
                continue;
            }
            int a = out[0][s];
            int b = out[0][s + 1];
            boolean any = false;
            for (int k = a; k < b; k++) {
                int j = out[1][k];
                int d = net.delay.getInt(j);
                if (d == 1) {
                    if (soleSource[net.tgt.getInt(j)] != s) {
                        sharedOnes++;
                    }
                    continue;
                }
                int r = net.addNeuron(relay);
                net.addSynapse(s, r, 1, 1);
                net.src.set(j, r);
                net.delay.set(j, d - 1);
                any = true;
            }
            if (any) {
                split++;
            }
        }
        return new PassReport(PassReport.Pass.ONE_AXON, net.neuronCount() - n0, net.synapseCount() - m0,
                split + " neurons split, " + sharedOnes + " delay-1 synapses to shared targets kept direct");
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
