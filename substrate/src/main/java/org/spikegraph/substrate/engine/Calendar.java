package org.spikegraph.substrate.engine;

import java.util.Arrays;

/**
 * The event engine's delay calendar: which synaptic events arrive at which step.
 *
 * <p>Near deliveries (delay &le; ring size - 1) are copied, at spike time, from the source's row
 * into a ring of slots, one growable list of packed (target, weight) events per step modulo the ring
 * size (4-byte events {@code target << w | weightIndex} when the target and weight-index bits fit in
 * 32, else 8-byte {@code target << 32 | weight}): the row is read once, as one contiguous stream,
 * and delivery reads its slot contiguously. A delivered slot's array goes to a free list; the next
 * slot to start filling takes the most recently delivered one, whose lines the delivery has just
 * read, rather than keeping its own array, last used a ring's worth of steps ago (measured: ~4% of
 * the sustained-activity benchmark). A bit per non-empty slot finds the next step with input by a
 * word scan. Far deliveries go to a binary min-heap of (step, synapse). Finding the next step with
 * input costs O(ring size / 64 + log heap), never the length of the gap: this is what lets the
 * engine skip empty time.
 */
final class Calendar {

    /** Largest ring: 4,096 slots; longer delays go to the heap. */
    static final int MAX_RING = 1 << 12;

    private final int mask;
    /** Delays that go to the ring: 1 .. window (the network's largest delay, or the mask when that is larger). */
    private final int window;
    /**
     * The ring: events due at step t are {@code slots[t & mask][0 .. slotSize[t & mask] - 1]}, or
     * the same in {@link #compactSlots} for a compact calendar ({@code slots} is then null).
     */
    final long[][] slots;
    /** The ring of a compact calendar: 4-byte events (see {@code EventEngine}); else null. */
    final int[][] compactSlots;
    final int[] slotSize;
    /** A bit per non-empty ring slot, set by {@link #firstEvent}. */
    private final FixedBitSet nonEmpty;
    /** Non-empty ring slots: with none, finding the next delivery skips the scan of {@link #nonEmpty}. */
    private int slotsInUse;
    /**
     * Arrays of delivered slots, most recently delivered last: a slot that starts filling takes the
     * last one, whose lines its delivery has just read into cache, instead of an array last used a
     * ring's worth of steps ago.
     */
    private final long[][] freeLong;
    private final int[][] freeCompact;
    private int freeCount;
    private static final long[] NO_LONGS = new long[0];
    private static final int[] NO_INTS = new int[0];

    private long[] heapTime = new long[0];
    private int[] heapSynapse = new int[0];
    private int heapSize;

    /**
     * A calendar whose ring covers delays up to {@code maxDelay} when that is below {@link #MAX_RING};
     * its slots hold 4-byte events when {@code compact}, else 8-byte ones.
     */
    Calendar(int maxDelay, boolean compact) {
        int ring = Integer.highestOneBit(Math.max(1, Math.min(maxDelay, MAX_RING - 1))) << 1;
        mask = ring - 1;
        window = Math.max(1, Math.min(maxDelay, mask));
        if (compact) {
            slots = null;
            freeLong = null;
            compactSlots = new int[ring][];
            freeCompact = new int[ring][];
            Arrays.fill(compactSlots, NO_INTS); // shared empty slot, replaced on first growth
        } else {
            compactSlots = null;
            freeCompact = null;
            slots = new long[ring][];
            freeLong = new long[ring][];
            Arrays.fill(slots, NO_LONGS); // shared empty slot, replaced on first growth
        }
        slotSize = new int[ring];
        nonEmpty = new FixedBitSet(ring);
    }

    /** The ring size minus one: a near event for step t goes to slot {@code t & mask()}. */
    int mask() {
        return mask;
    }

    /**
     * Grows ring slot {@code s} (a step modulo the ring size) before an append, an empty slot from
     * the free list when it has an array; the engine appends
     * events to {@link #slots} (or the compact slots), updates {@link #slotSize}, and calls
     * {@link #firstEvent} when a slot receives its first event.
     */
    void grow(int s) {
        if (slots != null) {
            if (slots[s].length == 0 && freeCount > 0) {
                slots[s] = freeLong[--freeCount];
                freeLong[freeCount] = null;
            } else {
                slots[s] = Arrays.copyOf(slots[s], Math.max(64, slots[s].length * 2));
            }
        } else {
            if (compactSlots[s].length == 0 && freeCount > 0) {
                compactSlots[s] = freeCompact[--freeCount];
                freeCompact[freeCount] = null;
            } else {
                compactSlots[s] = Arrays.copyOf(compactSlots[s], Math.max(64, compactSlots[s].length * 2));
            }
        }
    }

    /** Every delay of the network is at most the ring's {@link #mask}: no event goes to the heap. */
    boolean ringOnly(int maxDelay) {
        return maxDelay <= mask;
    }

    /** Delays 1 .. window() reach the ring: {@link #reserve} and {@link #markFilled} visit that many slots. */
    int window() {
        return window;
    }

    /**
     * Makes room for {@code events} more events in each ring slot a spike at step slot {@code now}
     * can reach ({@code now + 1 .. now + window()}, modulo the ring): the engine may then append that
     * many events to them without checking their capacity, then calls {@link #markFilled}. An empty
     * slot takes an array from the free list first. Costs {@link #window()} checks.
     */
    void reserve(int now, int events) {
        for (int d = 1; d <= window; d++) {
            int s = (now + d) & mask;
            int need = slotSize[s] + events;
            if (slots != null) {
                if (slots[s].length < need) {
                    if (slots[s].length == 0 && freeCount > 0) {
                        slots[s] = freeLong[--freeCount];
                        freeLong[freeCount] = null;
                    }
                    if (slots[s].length < need) {
                        slots[s] = Arrays.copyOf(slots[s], Math.max(need, Math.max(64, slots[s].length * 2)));
                    }
                }
            } else if (compactSlots[s].length < need) {
                if (compactSlots[s].length == 0 && freeCount > 0) {
                    compactSlots[s] = freeCompact[--freeCount];
                    freeCompact[freeCount] = null;
                }
                if (compactSlots[s].length < need) {
                    compactSlots[s] = Arrays.copyOf(compactSlots[s], Math.max(need, Math.max(64, compactSlots[s].length * 2)));
                }
            }
        }
    }

    /**
     * Marks non-empty the slots {@code now + 1 .. now + window()} that received events without
     * {@link #firstEvent} (appends after {@link #reserve}).
     */
    void markFilled(int now) {
        for (int d = 1; d <= window; d++) {
            int s = (now + d) & mask;
            if (slotSize[s] > 0 && !nonEmpty.get(s)) {
                nonEmpty.set(s);
                slotsInUse++;
            }
        }
    }

    /** Marks ring slot {@code s} non-empty: the engine calls this before the first event of an empty slot. */
    void firstEvent(int s) {
        assert !nonEmpty.get(s) : "slot " + s + " is already non-empty";
        nonEmpty.set(s);
        slotsInUse++;
    }

    /** Schedules synapse j, whose delay is beyond the ring, for delivery at {@code time}. */
    void scheduleFar(long time, int synapse) {
        if (heapSize == heapTime.length) {
            int cap = Math.max(16, heapSize * 2);
            heapTime = Arrays.copyOf(heapTime, cap);
            heapSynapse = Arrays.copyOf(heapSynapse, cap);
        }
        int i = heapSize++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (heapTime[p] <= time) {
                break;
            }
            heapTime[i] = heapTime[p];
            heapSynapse[i] = heapSynapse[p];
            i = p;
        }
        heapTime[i] = time;
        heapSynapse[i] = synapse;
    }


    /** How many ring events are due at {@code time}. */
    int slotSize(long time) {
        return slotSize[(int) (time & mask)];
    }

    /** Empties the non-empty ring slot of {@code time} once its events are delivered; its array goes to the free list. */
    void clearSlot(long time) {
        int s = (int) (time & mask);
        assert nonEmpty.get(s) : "slot " + s + " is already empty";
        slotSize[s] = 0;
        nonEmpty.clear(s);
        slotsInUse--;
        if (slots != null) {
            freeLong[freeCount++] = slots[s];
            slots[s] = NO_LONGS;
        } else {
            freeCompact[freeCount++] = compactSlots[s];
            compactSlots[s] = NO_INTS;
        }
    }

    /** The earliest step in the heap, or {@link Long#MAX_VALUE}. */
    long heapMin() {
        return heapSize == 0 ? Long.MAX_VALUE : heapTime[0];
    }

    /** Removes the earliest heap entry and returns its synapse. */
    int heapPop() {
        int synapse = heapSynapse[0];
        heapSize--;
        if (heapSize > 0) {
            long t = heapTime[heapSize];
            int r = heapSynapse[heapSize];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= heapSize) {
                    break;
                }
                if (c + 1 < heapSize && heapTime[c + 1] < heapTime[c]) {
                    c++;
                }
                if (heapTime[c] >= t) {
                    break;
                }
                heapTime[i] = heapTime[c];
                heapSynapse[i] = heapSynapse[c];
                i = c;
            }
            heapTime[i] = t;
            heapSynapse[i] = r;
        }
        return synapse;
    }

    /** True when nothing is scheduled. */
    boolean isEmpty() {
        return heapSize == 0 && slotsInUse == 0;
    }

    /**
     * The earliest step after {@code now} with a scheduled delivery, or {@link Long#MAX_VALUE}; all
     * ring entries lie in (now, now + ring size) once the slot of {@code now} is cleared.
     */
    long nextTime(long now) {
        long next = heapMin();
        if (slotsInUse == 0) {
            return next;
        }
        int start = (int) ((now + 1) & mask);
        int s = nonEmpty.nextSetBit(start);
        if (s < 0) {
            s = nonEmpty.nextSetBit(0); // wrapped round the ring: below start, if any
        }
        return s < 0 ? next : Math.min(next, now + 1 + ((s - start) & mask));
    }
}
