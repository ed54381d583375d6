package org.spikegraph.hardware.cost;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.RasterSink;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Per-step, per-core accounting of one run from its spikes, streamed in step order. A spike of
 * neuron i at t puts one delivery per synapse j into a delay calendar at t + delay(j); when step t is
 * complete its deliveries are counted per target core: synaptic events, and neuron updates (a neuron
 * counts once per step when it receives a synaptic event, a stimulus entry or spikes). Each spike
 * sends one message per distinct target core; hops are the Manhattan distance between the tiles.
 *
 * <p>The calendar skips empty time as the event engine's does: deliveries less than {@link #MAX_RING}
 * steps ahead go to a ring of per-step target lists, farther ones to a binary min-heap of (step,
 * target). Only steps with a delivery, a stimulus entry or a spike are visited; after one, the next is
 * the earliest of the heap's top, the next stimulus entry and the next non-empty ring slot (a scan of
 * at most the gap, below {@link #MAX_RING} slots). Cost O(activity + far deliveries &middot; log heap +
 * gaps below {@link #MAX_RING} steps), never the length of a longer gap; memory O(network + pending
 * deliveries), never the largest delay. The steps skipped are idle steps, which the caller costs
 * arithmetically.
 */
final class StepAccountant implements RasterSink {

    /** Ring slots: deliveries due this many steps ahead or more go to the heap. */
    static final int MAX_RING = 1 << 12;

    private final Network net;
    private final int[] coreOf;
    private final Stimulus stim;
    private final double[][] per; // per set: tA, tI, tSyn, tSpike, tMsg
    private final int[] neuronsOn;
    private final int ring;
    private final IntArrayList[] slots;
    private long nearPending;
    // far deliveries: a binary min-heap of (step, target)
    private long[] farStep = new long[16];
    private int[] farTarget = new int[16];
    private int farSize;
    private long cur;
    private int stimCursor;
    private final long[] lastUpdate;
    // per-core accumulators for step cur
    private final int[] act;
    private final long[] ev;
    private final int[] spk;
    private final long[] msg;
    private final boolean[] touched;
    private final IntArrayList touchedList = new IntArrayList();
    // distinct target cores per neuron, with hop counts
    private final int[] target;
    private final int[] delay;
    private final int[] tcStart;
    private final int[] tcEw;
    private final int[] tcNs;
    // totals
    long events;
    long inputUpdates;
    long spikes;
    long messages;
    long hopsEw;
    long hopsNs;
    // recorded active steps
    long[] stepOf = new long[64];
    int[] updatesOf = new int[64];
    double[][] workOf;
    int recorded;

    StepAccountant(Network net, Placement placement, Stimulus stim, double[][] perSet) {
        this.net = net;
        this.coreOf = placement.coreArray();
        this.stim = stim;
        this.per = perSet;
        int cores = Math.max(1, placement.cores());
        this.neuronsOn = new int[cores];
        for (int c = 0; c < placement.cores(); c++) {
            neuronsOn[c] = placement.neuronsOn(c);
        }
        this.ring = Math.min(Math.max(0, net.maxDelay()), MAX_RING - 1) + 1;
        this.slots = new IntArrayList[ring];
        int n = net.neuronCount();
        this.lastUpdate = new long[n];
        Arrays.fill(lastUpdate, -1);
        act = new int[cores];
        ev = new long[cores];
        spk = new int[cores];
        msg = new long[cores];
        touched = new boolean[cores];
        workOf = new double[perSet.length][64];
        // distinct target cores per source, precomputed once: O(synapses)
        int[] rowStart = net.rowStartArray();
        target = net.targets();
        delay = net.delays();
        tcStart = new int[n + 1];
        IntArrayList ew = new IntArrayList();
        IntArrayList ns = new IntArrayList();
        int[] seen = new int[cores];
        Arrays.fill(seen, -1);
        int[] mx = new int[cores];
        int[] my = new int[cores];
        for (int c = 0; c < placement.cores(); c++) {
            mx[c] = placement.meshX(c);
            my[c] = placement.meshY(c);
        }
        for (int s = 0; s < n; s++) {
            int cs = coreOf[s];
            for (int j = rowStart[s]; j < rowStart[s + 1]; j++) {
                int c = coreOf[target[j]];
                if (seen[c] != s) {
                    seen[c] = s;
                    ew.add(Math.abs(mx[c] - mx[cs]));
                    ns.add(Math.abs(my[c] - my[cs]));
                }
            }
            tcStart[s + 1] = ew.size();
        }
        tcEw = ew.toIntArray();
        tcNs = ns.toIntArray();
    }

    @Override
    public void spike(long step, int neuron) {
        if (step != cur) {
            advanceTo(step);
        }
        int c = coreOf[neuron];
        touch(c);
        spk[c]++;
        spikes++;
        if (lastUpdate[neuron] != step) {
            lastUpdate[neuron] = step;
            act[c]++;
        }
        int k = tcStart[neuron + 1] - tcStart[neuron];
        msg[c] += k;
        messages += k;
        for (int q = tcStart[neuron]; q < tcStart[neuron + 1]; q++) {
            hopsEw += tcEw[q];
            hopsNs += tcNs[q];
        }
        for (int j = net.outStart(neuron); j < net.outEnd(neuron); j++) {
            int d = delay[j];
            if (d >= ring) {
                pushFar(step + d, target[j]);
                continue;
            }
            int slot = (int) ((step + d) % ring);
            IntArrayList l = slots[slot];
            if (l == null) {
                l = slots[slot] = new IntArrayList();
            }
            l.add(target[j]);
            nearPending++;
        }
    }

    /** Completes every step before {@code stepsSpanned}; deliveries due later are never executed. */
    void finish(long stepsSpanned) {
        advanceTo(stepsSpanned);
    }

    /** Completes every step before {@code s}, visiting only the steps with input. */
    private void advanceTo(long s) {
        while (cur < s) {
            finalizeStep(cur);
            cur = Math.min(s, nextInput(cur));
        }
    }

    /**
     * The earliest step after {@code t} with a delivery or a stimulus entry, or {@link Long#MAX_VALUE}.
     * Called once step t is complete: every ring delivery is then due in (t, t + ring), every stimulus
     * entry left lies after t.
     */
    private long nextInput(long t) {
        long next = farSize > 0 ? farStep[0] : Long.MAX_VALUE;
        if (stimCursor < stim.size()) {
            next = Math.min(next, stim.step(stimCursor));
        }
        if (nearPending > 0) {
            for (long u = t + 1; u < next; u++) {
                IntArrayList l = slots[(int) (u % ring)];
                if (l != null && !l.isEmpty()) {
                    return u;
                }
            }
        }
        return next;
    }

    private void pushFar(long step, int neuron) {
        if (farSize == farStep.length) {
            farStep = Arrays.copyOf(farStep, farSize * 2);
            farTarget = Arrays.copyOf(farTarget, farSize * 2);
        }
        int i = farSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (farStep[parent] <= step) {
                break;
            }
            farStep[i] = farStep[parent];
            farTarget[i] = farTarget[parent];
            i = parent;
        }
        farStep[i] = step;
        farTarget[i] = neuron;
    }

    /** Removes the heap's earliest delivery and returns its target. */
    private int popFar() {
        int top = farTarget[0];
        farSize--;
        long step = farStep[farSize];
        int neuron = farTarget[farSize];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= farSize) {
                break;
            }
            if (c + 1 < farSize && farStep[c + 1] < farStep[c]) {
                c++;
            }
            if (farStep[c] >= step) {
                break;
            }
            farStep[i] = farStep[c];
            farTarget[i] = farTarget[c];
            i = c;
        }
        farStep[i] = step;
        farTarget[i] = neuron;
        return top;
    }

    /** Counts one synaptic event into neuron {@code v} at step {@code t}. */
    private void deliver(int v, long t) {
        int c = coreOf[v];
        touch(c);
        ev[c]++;
        events++;
        if (lastUpdate[v] != t) {
            lastUpdate[v] = t;
            act[c]++;
        }
    }

    private void touch(int c) {
        if (!touched[c]) {
            touched[c] = true;
            touchedList.add(c);
        }
    }

    private void finalizeStep(long t) {
        IntArrayList l = slots[(int) (t % ring)];
        if (l != null && !l.isEmpty()) {
            int[] a = l.elements();
            for (int q = 0, m = l.size(); q < m; q++) {
                deliver(a[q], t);
            }
            nearPending -= l.size();
            l.clear();
        }
        while (farSize > 0 && farStep[0] == t) {
            deliver(popFar(), t);
        }
        while (stimCursor < stim.size() && stim.step(stimCursor) < t) {
            stimCursor++;
        }
        while (stimCursor < stim.size() && stim.step(stimCursor) == t) {
            int v = stim.neuron(stimCursor++);
            if (lastUpdate[v] != t) {
                int c = coreOf[v];
                touch(c);
                lastUpdate[v] = t;
                act[c]++;
            }
        }
        if (touchedList.isEmpty()) {
            return;
        }
        if (recorded == stepOf.length) {
            int cap = recorded * 2;
            stepOf = Arrays.copyOf(stepOf, cap);
            updatesOf = Arrays.copyOf(updatesOf, cap);
            for (int k = 0; k < workOf.length; k++) {
                workOf[k] = Arrays.copyOf(workOf[k], cap);
            }
        }
        int updates = 0;
        for (int k = 0; k < per.length; k++) {
            double[] p = per[k];
            double max = 0;
            for (int q = 0, m = touchedList.size(); q < m; q++) {
                int c = touchedList.getInt(q);
                double w = act[c] * p[0] + (neuronsOn[c] - act[c]) * p[1] + ev[c] * p[2] + spk[c] * p[3] + msg[c] * p[4];
                max = Math.max(max, w);
            }
            workOf[k][recorded] = max; // the idle cores' work is added by the caller (max with idle work)
        }
        for (int q = 0, m = touchedList.size(); q < m; q++) {
            int c = touchedList.getInt(q);
            updates += act[c];
            act[c] = 0;
            ev[c] = 0;
            spk[c] = 0;
            msg[c] = 0;
            touched[c] = false;
        }
        touchedList.clear();
        inputUpdates += updates;
        stepOf[recorded] = t;
        updatesOf[recorded] = updates;
        recorded++;
    }
}
