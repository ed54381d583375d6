package org.spikegraph.spark;

import java.util.Arrays;
import java.util.Iterator;
import org.spikegraph.substrate.neuron.NeuronRules;
import org.spikegraph.substrate.run.Run;

/**
 * One window of one partition, a pure function of its inputs.
 *
 * <p>Every input that may still make a neuron spike is pending at or after {@code now} (the global
 * earliest one), so every spike still to come is at or after {@code now}. A spike elsewhere reaches a
 * neuron of this partition at the earliest at {@code now +} its {@link Slice#look lookahead} (the
 * shortest path from the partition's entries to it): before that horizon the neuron's input is all
 * pending already or comes from this partition's own spikes in the window. So the partition runs an
 * event simulation of its own, in step order, over every input before its neuron's horizon (and
 * before {@code cap}), delivering its own spikes at once (conservative parallel discrete-event
 * simulation with Chandy-Misra lookahead). Input-driven neurons ({@link InputDrivenTypes}) change
 * only at steps with input, so those steps are all the work there is. Spikes for other partitions
 * become mail stamped with their arrival steps; input past a horizon waits in the inbox.
 *
 * <p>With {@code now == Long.MAX_VALUE} (nothing that could spike is pending anywhere) every input
 * before {@code cap} is run: it reaches fire-once neurons that have fired and only counts.
 */
final class Superstep {

    private Superstep() {}

    /** The first step a neuron cannot run yet. */
    private static long horizon(Slice s, int local, long now, long cap) {
        int look = s.look[local];
        return look == Slice.NO_INPUT || now == Long.MAX_VALUE ? cap : Math.min(cap, now + look);
    }

    /**
     * Runs the window.
     *
     * @param driverMail the mail events this partition may send through the driver: when its mail is
     *                   no more, it goes in the {@link Summary}, else in the {@link StepOut} (to be shuffled)
     */
    static StepOut run(Slice s, PartState old, Iterator<Events> incoming, long now, long cap, InputDrivenTypes types,
                       int chunk, int parts, int[] watched, int driverMail) {
        Events inbox = old.inbox;
        if (incoming.hasNext()) {
            inbox = new Events(old.inbox.size + 16);
            inbox.addAll(old.inbox);
            while (incoming.hasNext()) {
                inbox.addAll(incoming.next());
            }
        }
        // The window's input: what is due before its neuron's horizon, in a queue by (step, neuron).
        Events work = new Events(16);
        Events rest = new Events(16);
        for (int e = 0; e < inbox.size; e++) {
            (inbox.time[e] < horizon(s, inbox.local[e], now, cap) ? work : rest)
                    .add(inbox.local[e], inbox.time[e], inbox.amount[e], inbox.kind[e]);
        }
        if (work.size == 0) {
            PartState same = inbox == old.inbox ? old : new PartState(old.v, old.first, old.count, inbox);
            return new StepOut(s, same, null, new Summary(0, 0, 0, new long[0], minLive(s, same, types), inbox.minTime(),
                    Long.MAX_VALUE, new int[0], new long[0], 0, new Events[parts]));
        }
        Queue queue = new Queue(work);
        for (int e = 0; e < work.size; e++) {
            queue.push(e);
        }

        int[][] v = old.v.clone();
        long[][] first = old.first.clone();
        int[][] count = old.count.clone();
        boolean[] copied = new boolean[v.length];
        Events[] mail = new Events[parts];
        long[] steps = new long[16]; // distinct steps with an update: the queue runs in step order
        int stepCount = 0;
        long spikes = 0;
        long events = 0;
        long updates = 0;
        long minSent = Long.MAX_VALUE;
        int[] watchedHit = new int[0];
        long[] watchedAt = new long[0];

        while (!queue.isEmpty()) {
            int head = queue.pop();
            int local = work.local[head];
            long t = work.time[head];
            long input = 0;
            boolean forced = false;
            for (int e = head; ; e = queue.pop()) {
                input += work.amount[e];
                if (work.kind[e] == Events.SYNAPTIC) {
                    events++;
                } else if (work.kind[e] == Events.FORCED) {
                    forced = true;
                }
                if (queue.isEmpty() || work.local[queue.peek()] != local || work.time[queue.peek()] != t) {
                    break;
                }
            }
            updates++;
            if (stepCount == 0 || steps[stepCount - 1] != t) {
                if (stepCount == steps.length) {
                    steps = Arrays.copyOf(steps, 2 * stepCount);
                }
                steps[stepCount++] = t;
            }
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
                    int at = target - s.lo;
                    if (at >= 0 && at < s.count) {
                        // delivered here at once: in this window when before the target's horizon
                        if (arrival < horizon(s, at, now, cap)) {
                            queue.push(work.add(at, arrival, s.weight[j], Events.SYNAPTIC));
                        } else {
                            rest.add(at, arrival, s.weight[j], Events.SYNAPTIC);
                        }
                        continue;
                    }
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
        long[] stepArray = Arrays.copyOf(steps, stepCount);
        PartState state = new PartState(v, first, count, rest);
        long mailEvents = 0;
        for (Events m : mail) {
            mailEvents += m == null ? 0 : m.size;
        }
        boolean viaDriver = mailEvents <= driverMail;
        return new StepOut(s, state, viaDriver ? null : mail, new Summary(spikes, events, updates, stepArray,
                minLive(s, state, types), rest.minTime(), minSent, watchedHit, watchedAt, mailEvents, viaDriver ? mail : null));
    }

    /** The earliest pending input of a neuron that may still spike (not a fire-once neuron that has fired). */
    private static long minLive(Slice s, PartState state, InputDrivenTypes types) {
        Events in = state.inbox;
        long m = Long.MAX_VALUE;
        for (int e = 0; e < in.size; e++) {
            int local = in.local[e];
            if (in.time[e] < m && !(types.firesOnce[s.type[local] & 0xFFFF]
                    && state.first[local / PartState.CHUNK][local % PartState.CHUNK] != Run.NEVER)) {
                m = in.time[e];
            }
        }
        return m;
    }

    /**
     * A binary min-heap of entries of {@code events} by (step, neuron); keeps each entry's step and
     * neuron beside its index, so sifting reads the heap's own arrays only.
     */
    private static final class Queue {
        private final Events events;
        private long[] time = new long[64];
        private int[] local = new int[64];
        private int[] index = new int[64];
        private int size;

        Queue(Events events) {
            this.events = events;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** The first entry's index (the queue is not empty). */
        int peek() {
            return index[0];
        }

        void push(int e) {
            if (size == index.length) {
                time = Arrays.copyOf(time, 2 * size);
                local = Arrays.copyOf(local, 2 * size);
                index = Arrays.copyOf(index, 2 * size);
            }
            long t = events.time[e];
            int l = events.local[e];
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (time[parent] < t || time[parent] == t && local[parent] <= l) {
                    break;
                }
                time[i] = time[parent];
                local[i] = local[parent];
                index[i] = index[parent];
                i = parent;
            }
            time[i] = t;
            local[i] = l;
            index[i] = e;
        }

        int pop() {
            int top = index[0];
            int last = --size;
            long t = time[last];
            int l = local[last];
            int e = index[last];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && (time[c + 1] < time[c] || time[c + 1] == time[c] && local[c + 1] < local[c])) {
                    c++;
                }
                if (time[c] > t || time[c] == t && local[c] >= l) {
                    break;
                }
                time[i] = time[c];
                local[i] = local[c];
                index[i] = index[c];
                i = c;
            }
            time[i] = t;
            local[i] = l;
            index[i] = e;
            return top;
        }
    }
}
