package org.spikegraph.hardware.legalize;

import java.util.Arrays;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * {@link DelayStrategy#COUNTERS}: for a source that spikes at most once, one <em>clock</em> relay and one
 * fire-once <em>counter</em> per group of its long synapses that leave the same window, instead of a relay
 * per hop.
 *
 * <h2>Construction, per source s with synapses longer than D = maxDelay</h2>
 * P = D (P = D &minus; 1 and taps of 2..D on one-axon chips, as for tapped lines); low = 1 (2 with one axon);
 * the clock's offset a in 1..P is the one that needs the fewest relays for s's long delays.
 * <ul>
 *   <li>The clock k (a relay: &theta; = 1, no leak, no bias) is fed by s (weight 1, delay a), so it spikes at
 *       T0 = t_s + a. When s has counters it also feeds itself (weight 1, delay P) and spikes again at
 *       Ti = T0 + i&middot;P.</li>
 *   <li>A synapse of delay d leaves window j = (d &minus; a &minus; low) / P. Window 0 taps the clock with
 *       delay d &minus; a. Window j &ge; 1 taps counter c_j with delay d &minus; a &minus; j&middot;P (in
 *       low..low + P &minus; 1 &le; D): c_j is fire-once with &theta; = j and is fed by the clock (weight 1,
 *       delay P), so its j-th input arrives at T(j&minus;1) + P = Tj, where it spikes, once.</li>
 *   <li>The last counter c_J stops the clock: c_J &rarr; k (weight &minus;1, delay P) arrives at T(J+1)
 *       together with the clock's own spike from TJ, so k stays at 0 and never spikes again. The clock
 *       spikes J + 1 times; its last spike reaches the counters after each has spiked (they drop it).</li>
 *   <li>When the clock spikes more than once, a window-0 tap sees its later spikes: that is exact only for a
 *       fire-once OR-type target ({@link Legalizer}: it spikes at the first arrival and drops everything
 *       after). Window-0 synapses into any other target tap a fire-once <em>guard</em> relay fed by s with
 *       delay a, which spikes at T0 only.</li>
 * </ul>
 * Every tap thus spikes once, at t_s + d &minus; (its final delay), so each target receives the spike at
 * t_s + d with its original weight: exact, provided s spikes at most once. A source that may spike twice is
 * refused, naming it: a fire-once type, or a relay of an earlier pass with one input from such a source.
 * Counting with a bias instead of a clock is impossible in this neuron model: with no input, v moves by
 * leak(v) + bias &minus; v, which never increases with v, so a neuron that rests below &theta; before its
 * input can never later climb to &theta; without input.
 *
 * <h2>Chip limits</h2>
 * Weights &plusmn;1 (any width &ge; 2 bits), no bias, a counter's threshold J must fit the potential width
 * (else refused, naming the synapse), clock fan-in 3 (2 without the stop, which is dropped when the fan-in
 * limit is 2 or the last counter's fan-out is full: the clock then runs on, still exact), clock fan-out =
 * window-0 taps + counters + 1 (refused, naming the source, above the limit).
 */
final class CounterRelays implements DelayLines {

    @Override
    public String what() {
        return "counter relays";
    }

    /** What will be built for one source. */
    private record SourcePlan(int source, int offset, int[] synapses, int[] windows, int[] counterWindows,
                              boolean guard, boolean stop, boolean allOnGuard, int lineStages) {

        /** A tapped line instead (offset 0): stage i = window, taps leave low..low + P - 1. */
        static SourcePlan line(int s, int[] ids, int[] ds, int spacing, int low, int stages) {
            int[] windows = new int[ds.length];
            for (int i = 0; i < ds.length; i++) {
                windows[i] = (ds[i] - low) / spacing;
            }
            return new SourcePlan(s, 0, ids, windows, new int[0], false, false, false, stages);
        }

        int relays() {
            return lineStages > 0 ? lineStages : 1 + counterWindows.length + (guard ? 1 : 0);
        }

        long synapsesAdded() {
            if (lineStages > 0) {
                return lineStages;
            }
            // s -> clock, clock -> each counter, the self-loop and the stop; a guard's input; taps replace synapses
            int j = counterWindows.length;
            return 1 + j + (j > 0 ? 1 : 0) + (stop ? 1 : 0) + (guard ? 1 : 0);
        }
    }

    @Override
    public long relays(WorkingNetwork net, ChipLimits limits) {
        long relays = 0;
        for (SourcePlan p : plan(net, limits)) {
            relays += p.relays();
        }
        return relays;
    }

    @Override
    public long synapses(WorkingNetwork net, ChipLimits limits) {
        long synapses = 0;
        for (SourcePlan p : plan(net, limits)) {
            synapses += p.synapsesAdded();
        }
        return synapses;
    }

    /** The plan for every source with long synapses (stateless: the strategy is shared, so nothing is cached). */
    private static SourcePlan[] plan(WorkingNetwork net, ChipLimits limits) {
        int max = limits.maxDelay();
        boolean roomy = limits.oneAxon() && max >= 2 && max != ChipLimits.NONE;
        int spacing = roomy ? max - 1 : max;
        int low = roomy ? 2 : 1;
        int n = net.neuronCount();
        int m = net.synapseCount();
        boolean[] once = spikesAtMostOnce(net);
        boolean[] or = OrType.orNeurons(net);
        int[] longCount = new int[n];
        for (int j = 0; j < m; j++) {
            int d = net.delay.getInt(j);
            if (d > max) {
                int s = net.src.getInt(j);
                if (!once[s]) {
                    throw new IllegalArgumentException("counter relays need sources that spike at most once, but neuron " + s
                            + " (type " + net.type.get(s) + ") can spike more than once and has synapse " + s + " -> "
                            + net.tgt.getInt(j) + " of delay " + d + " above " + max
                            + "; use relay chains or tapped lines (--delays chains|taps)");
                }
                longCount[s]++;
            }
        }
        int[][] out = net.groupBy(net.src);
        int maxCount = org.spikegraph.substrate.neuron.NeuronRules.maxPotential(limits.potentialBits());
        java.util.List<SourcePlan> list = new java.util.ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (longCount[s] == 0) {
                continue;
            }
            int[] ids = new int[longCount[s]];
            int[] ds = new int[longCount[s]];
            boolean[] tolerant = new boolean[longCount[s]];
            int k = 0;
            for (int x = out[0][s]; x < out[0][s + 1]; x++) {
                int j = out[1][x];
                int d = net.delay.getInt(j);
                if (d > max) {
                    int t = net.tgt.getInt(j);
                    ids[k] = j;
                    tolerant[k] = or[t] && net.type.get(t).firesOnce();
                    ds[k++] = d;
                }
            }
            int a = bestOffset(ds, tolerant, spacing, low);
            int[] windows = new int[ids.length];
            int top = 0;
            for (int i = 0; i < ids.length; i++) {
                int w = (ds[i] - a - low) / spacing;
                if (w > maxCount) {
                    throw new IllegalArgumentException("counter relays for synapse " + s + " -> " + net.tgt.getInt(ids[i])
                            + " (delay " + ds[i] + ") need a counter threshold of " + w + ", more than the largest "
                            + limits.potentialBits() + "-bit potential " + maxCount
                            + "; use relay chains or tapped lines, or a chip with wider potentials");
                }
                windows[i] = w;
                top = Math.max(top, w);
            }
            int[] counterWindows = Arrays.stream(windows).filter(w -> w > 0).distinct().sorted().toArray();
            int windowZero = 0;
            int clockTaps = 0;
            for (int i = 0; i < ids.length; i++) {
                if (windows[i] == 0) {
                    windowZero++;
                    clockTaps += top == 0 || tolerant[i] ? 1 : 0;
                }
            }
            int clockOut = clockTaps + counterWindows.length + (top > 0 ? 1 : 0);
            boolean allOnGuard = clockOut > limits.maxFanOut() && top > 0;
            if (allOnGuard) {
                // every window-0 synapse taps the guard instead, which leaves the clock its counters and its loop
                clockTaps = 0;
                clockOut = counterWindows.length + 1;
            }
            boolean guard = windowZero > clockTaps;
            int stages = 0;
            for (int d : ds) {
                stages = Math.max(stages, (d - low) / spacing);
            }
            int counterRelays = 1 + counterWindows.length + (guard ? 1 : 0);
            if (clockOut > limits.maxFanOut() || stages <= counterRelays) {
                // a tapped line (exact for any source) fits the fan-out limit and here needs no more relays
                list.add(SourcePlan.line(s, ids, ds, spacing, low, stages));
                continue;
            }
            int lastTaps = 0;
            for (int w : windows) {
                lastTaps += w == top ? 1 : 0;
            }
            boolean stop = top > 0 && limits.maxFanIn() >= 3 && lastTaps + 1 <= limits.maxFanOut();
            list.add(new SourcePlan(s, a, ids, windows, counterWindows, guard, stop, allOnGuard, 0));
        }
        return list.toArray(new SourcePlan[0]);
    }

    /**
     * The clock's offset a in 1..P that needs the fewest relays for one source's long delays (then the fewest
     * clock spikes): every offset for P &le; 256, else the offsets that put some delay at a window's edge (the
     * count only changes there).
     */
    private static int bestOffset(int[] ds, boolean[] tolerant, int spacing, int low) {
        int best = 1;
        long bestCost = Long.MAX_VALUE;
        int[] candidates;
        if (spacing <= 256) {
            candidates = java.util.stream.IntStream.rangeClosed(1, spacing).toArray();
        } else {
            candidates = new int[2 * ds.length + 1];
            for (int i = 0; i < ds.length; i++) {
                candidates[2 * i] = Math.floorMod(ds[i] - low - 1, spacing) + 1;
                candidates[2 * i + 1] = Math.floorMod(ds[i] - low, spacing) + 1;
            }
            candidates[2 * ds.length] = spacing;
        }
        for (int a : candidates) {
            int[] w = new int[ds.length];
            boolean intolerantFirst = false;
            for (int i = 0; i < ds.length; i++) {
                w[i] = (ds[i] - a - low) / spacing;
                intolerantFirst |= w[i] == 0 && !tolerant[i];
            }
            Arrays.sort(w);
            int top = w[w.length - 1];
            long relays = 1 + (top > 0 && intolerantFirst ? 1 : 0);
            for (int i = 0; i < w.length; i++) {
                relays += w[i] > 0 && (i == 0 || w[i] != w[i - 1]) ? 1 : 0;
            }
            long cost = relays * (1L << 32) + top;
            if (cost < bestCost) {
                bestCost = cost;
                best = a;
            }
        }
        return best;
    }

    /**
     * Neurons that spike at most once in any run: fire-once types, and relays added by earlier passes
     * (no stimulus reaches them) whose only input comes from such a neuron.
     */
    static boolean[] spikesAtMostOnce(WorkingNetwork net) {
        int n = net.neuronCount();
        boolean[] once = new boolean[n];
        int[] soleSource = new int[n];
        Arrays.fill(soleSource, -1);
        for (int j = 0; j < net.synapseCount(); j++) {
            int t = net.tgt.getInt(j);
            soleSource[t] = soleSource[t] == -1 ? net.src.getInt(j) : -2;
        }
        for (int i = 0; i < n; i++) {
            once[i] = net.type.get(i).firesOnce();
        }
        // Relays are appended after their sources, so one pass in id order settles every chain of copies.
        for (int i = net.originalNeurons; i < n; i++) {
            NeuronType t = net.type.get(i);
            boolean relayLike = t.bias() == 0 && !t.stochastic() && t.leak().kind() == org.spikegraph.substrate.neuron.Leak.Kind.NONE;
            int s = soleSource[i];
            if (!once[i] && relayLike && (s == -1 || (s >= 0 && s < i && once[s]))) {
                once[i] = true;
            }
        }
        return once;
    }

    @Override
    public String build(WorkingNetwork net, ChipLimits limits, NeuronType relay) {
        int max = limits.maxDelay();
        boolean roomy = limits.oneAxon() && max >= 2 && max != ChipLimits.NONE;
        int spacing = roomy ? max - 1 : max;
        int low = roomy ? 2 : 1;
        SourcePlan[] ps = plan(net, limits);
        boolean[] or = OrType.orNeurons(net);
        NeuronType guardType = relay.toBuilder().fireOnce().build();
        int counters = 0;
        int lines = 0;
        for (SourcePlan p : ps) {
            int s = p.source();
            if (p.lineStages() > 0) {
                int first = -1;
                int prev = s;
                for (int i = 1; i <= p.lineStages(); i++) {
                    int r = net.addNeuron(relay);
                    net.addSynapse(prev, r, 1, spacing);
                    first = i == 1 ? r : first;
                    prev = r;
                }
                for (int i = 0; i < p.synapses().length; i++) {
                    int j = p.synapses()[i];
                    int w = p.windows()[i];
                    net.src.set(j, first + w - 1); // the stages are consecutive ids
                    net.delay.set(j, net.delay.getInt(j) - w * spacing);
                }
                lines++;
                continue;
            }
            int a = p.offset();
            int clock = net.addNeuron(relay);
            net.addSynapse(s, clock, 1, a);
            int[] cw = p.counterWindows();
            int[] counterOf = new int[cw.length];
            for (int i = 0; i < cw.length; i++) {
                counterOf[i] = net.addNeuron(relay.toBuilder().threshold(cw[i]).fireOnce().build());
                net.addSynapse(clock, counterOf[i], 1, spacing);
            }
            counters += cw.length;
            int top = cw.length == 0 ? 0 : cw[cw.length - 1];
            if (top > 0) {
                net.addSynapse(clock, clock, 1, spacing);
                if (p.stop()) {
                    net.addSynapse(counterOf[cw.length - 1], clock, -1, spacing);
                }
            }
            int guard = -1;
            if (p.guard()) {
                guard = net.addNeuron(guardType);
                net.addSynapse(s, guard, 1, a);
            }
            for (int i = 0; i < p.synapses().length; i++) {
                int j = p.synapses()[i];
                int w = p.windows()[i];
                int d = net.delay.getInt(j);
                int tap;
                if (w == 0) {
                    int t = net.tgt.getInt(j);
                    boolean tolerant = or[t] && net.type.get(t).firesOnce();
                    tap = top > 0 && (p.allOnGuard() || !tolerant) ? guard : clock;
                } else {
                    tap = counterOf[Arrays.binarySearch(cw, w)];
                }
                net.src.set(j, tap);
                net.delay.set(j, d - a - w * spacing);
            }
        }
        return (ps.length - lines) + " clocks, " + counters + " counters, " + lines + " tapped lines";
    }
}
