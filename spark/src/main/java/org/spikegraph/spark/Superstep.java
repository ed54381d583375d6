package org.spikegraph.spark;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import java.util.Iterator;
import org.spikegraph.substrate.neuron.NeuronRules;
import org.spikegraph.substrate.run.Run;

/**
 * One superstep of one partition, a pure function of its inputs.
 *
 * <p>Every pending input arrives at or after {@code now} (the global earliest one), and every input
 * not yet sent comes from a spike at or after {@code now}, so it arrives at or after {@code now +}
 * the neuron's smallest incoming delay: before that horizon a neuron's inbox is complete, and the
 * neuron runs its steps up to it in time order on its own (the conservative lookahead of
 * Chandy-Misra simulation, per neuron). Input-driven neurons ({@link InputDrivenTypes}) change only
 * at steps with input, so those steps are all the work there is. Spikes become mail stamped with
 * their arrival steps; the rest of the inbox waits.
 */
final class Superstep {

    private Superstep() {}

    /** The first step a neuron cannot run yet: its input after {@code now + minInDelay} may still be unsent. */
    private static long horizon(Slice s, int local, long now, long cap) {
        int in = s.minInDelay[local];
        return in == Slice.NO_INPUT ? cap : Math.min(cap, now + in);
    }

    static StepOut run(Slice s, PartState old, Iterator<Events> incoming, long now, long cap, InputDrivenTypes types,
                       int chunk, int parts, int[] watched) {
        Events inbox = old.inbox;
        if (incoming.hasNext()) {
            inbox = new Events(old.inbox.size + 16);
            inbox.addAll(old.inbox);
            while (incoming.hasNext()) {
                inbox.addAll(incoming.next());
            }
        }
        // The entries due in this superstep: before their neuron's horizon and the cap.
        int[] due = new int[inbox.size];
        int dueCount = 0;
        for (int e = 0; e < inbox.size; e++) {
            if (inbox.time[e] < horizon(s, inbox.local[e], now, cap)) {
                due[dueCount++] = e;
            }
        }
        if (dueCount == 0) {
            PartState same = inbox == old.inbox ? old : new PartState(old.v, old.first, old.count, inbox);
            return new StepOut(s, same, null, new Summary(0, 0, 0, new long[0], inbox.minTime(), Long.MAX_VALUE,
                    new int[0], new long[0]));
        }
        Events rest = new Events(inbox.size - dueCount);
        for (int e = 0; e < inbox.size; e++) {
            if (inbox.time[e] >= horizon(s, inbox.local[e], now, cap)) {
                rest.add(inbox.local[e], inbox.time[e], inbox.amount[e], inbox.kind[e]);
            }
        }
        final Events in = inbox;
        IntArrays.quickSort(due, 0, dueCount, (a, b) -> in.local[a] != in.local[b]
                ? Integer.compare(in.local[a], in.local[b]) : Long.compare(in.time[a], in.time[b]));

        int[][] v = old.v.clone();
        long[][] first = old.first.clone();
        int[][] count = old.count.clone();
        boolean[] copied = new boolean[v.length];
        Events[] mail = new Events[parts];
        LongOpenHashSet steps = new LongOpenHashSet();
        long spikes = 0;
        long events = 0;
        long updates = 0;
        long minSent = Long.MAX_VALUE;
        int[] watchedHit = new int[0];
        long[] watchedAt = new long[0];

        for (int k = 0; k < dueCount; ) {
            int local = in.local[due[k]];
            long t = in.time[due[k]];
            long input = 0;
            boolean forced = false;
            for (; k < dueCount && in.local[due[k]] == local && in.time[due[k]] == t; k++) {
                int e = due[k];
                input += in.amount[e];
                if (in.kind[e] == Events.SYNAPTIC) {
                    events++;
                } else if (in.kind[e] == Events.FORCED) {
                    forced = true;
                }
            }
            updates++;
            steps.add(t);
            int b = local / PartState.CHUNK;
            int o = local % PartState.CHUNK;
            int type = s.type[local] & 0xFFFF;
            if (types.firesOnce[type] && first[b][o] != Run.NEVER) {
                continue; // a latch that has fired drops its input for good
            }
            if (!copied[b]) {
                v[b] = v[b].clone();
                first[b] = first[b].clone();
                count[b] = count[b].clone();
                copied[b] = true;
            }
            int x = NeuronRules.integrate(v[b][o], 0, input, types.min[type], types.max[type]);
            if (forced || x >= types.threshold[type]) {
                x = types.resetValue[type];
                spikes++;
                count[b][o]++;
                int neuron = s.lo + local;
                if (first[b][o] == Run.NEVER) {
                    first[b][o] = t;
                    if (Arrays.binarySearch(watched, neuron) >= 0) {
                        watchedHit = Arrays.copyOf(watchedHit, watchedHit.length + 1);
                        watchedAt = Arrays.copyOf(watchedAt, watchedAt.length + 1);
                        watchedHit[watchedHit.length - 1] = neuron;
                        watchedAt[watchedAt.length - 1] = t;
                    }
                }
                for (int j = s.rowStart[local]; j < s.rowStart[local + 1]; j++) {
                    int target = s.target[j];
                    long arrival = t + s.delay[j];
                    int p = target / chunk;
                    if (mail[p] == null) {
                        mail[p] = new Events(16);
                    }
                    mail[p].add(target - p * chunk, arrival, s.weight[j], Events.SYNAPTIC);
                    minSent = Math.min(minSent, arrival);
                }
            }
            v[b][o] = x;
        }
        long[] stepArray = steps.toLongArray();
        Arrays.sort(stepArray);
        return new StepOut(s, new PartState(v, first, count, rest), mail,
                new Summary(spikes, events, updates, stepArray, rest.minTime(), minSent, watchedHit, watchedAt));
    }
}
