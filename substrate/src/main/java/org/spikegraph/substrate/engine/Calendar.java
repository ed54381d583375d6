package org.spikegraph.substrate.engine;

import java.util.Arrays;

/**
 * The event engine's delay calendar: which delay groups deliver at which step.
 *
 * <p>Near deliveries (delay &lt; ring size) go to a ring of slots, one growable list of group ids per
 * step modulo the ring size, with a bit per non-empty slot so the next non-empty step is found by a
 * word scan. Far deliveries go to a binary min-heap of (step, group). Entries are delay groups, not
 * synapses, so scheduling a spike costs one entry per distinct delay of its source. Finding the next
 * step with input costs O(ring size / 64 + log heap), never the length of the gap: this is what lets
 * the engine skip empty time.
 */
final class Calendar {

    /** Largest ring: 2^16 slots; longer delays go to the heap. */
    static final int MAX_RING = 1 << 16;

    private final int mask;
    private final int[][] slots;
    private final int[] slotSize;
    private final long[] nonEmpty;
    private long ringEntries;

    private long[] heapTime = new long[0];
    private int[] heapGroup = new int[0];
    private int heapSize;

    /** A calendar whose ring covers delays up to {@code maxDelay} when that is at most {@link #MAX_RING} - 1. */
    Calendar(int maxDelay) {
        int ring = Integer.highestOneBit(Math.max(1, Math.min(maxDelay, MAX_RING - 1))) << 1;
        mask = ring - 1;
        slots = new int[ring][];
        slotSize = new int[ring];
        nonEmpty = new long[Math.max(1, ring >>> 6)];
    }

    /** Schedules group g, whose source spiked at {@code now}, for delivery at {@code time} &gt; now. */
    void schedule(long time, int group, long now) {
        if (time - now <= mask) {
            int s = (int) (time & mask);
            int[] slot = slots[s];
            int size = slotSize[s];
            if (slot == null) {
                slot = slots[s] = new int[8];
            } else if (size == slot.length) {
                slot = slots[s] = Arrays.copyOf(slot, size * 2);
            }
            slot[size] = group;
            slotSize[s] = size + 1;
            nonEmpty[s >>> 6] |= 1L << s;
            ringEntries++;
        } else {
            heapPush(time, group);
        }
    }

    /** The groups due at {@code time} in the ring (valid up to {@link #slotSize(long)}). */
    int[] slot(long time) {
        return slots[(int) (time & mask)];
    }

    /** How many ring groups are due at {@code time}. */
    int slotSize(long time) {
        return slotSize[(int) (time & mask)];
    }

    /** Empties the ring slot of {@code time} once its groups are delivered. */
    void clearSlot(long time) {
        int s = (int) (time & mask);
        ringEntries -= slotSize[s];
        slotSize[s] = 0;
        nonEmpty[s >>> 6] &= ~(1L << s);
    }

    /** The earliest step in the heap, or {@link Long#MAX_VALUE}. */
    long heapMin() {
        return heapSize == 0 ? Long.MAX_VALUE : heapTime[0];
    }

    /** Removes the earliest heap entry and returns its group. */
    int heapPop() {
        int group = heapGroup[0];
        heapSize--;
        if (heapSize > 0) {
            long t = heapTime[heapSize];
            int g = heapGroup[heapSize];
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
                heapGroup[i] = heapGroup[c];
                i = c;
            }
            heapTime[i] = t;
            heapGroup[i] = g;
        }
        return group;
    }

    private void heapPush(long time, int group) {
        if (heapSize == heapTime.length) {
            int cap = Math.max(16, heapSize * 2);
            heapTime = Arrays.copyOf(heapTime, cap);
            heapGroup = Arrays.copyOf(heapGroup, cap);
        }
        int i = heapSize++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (heapTime[p] <= time) {
                break;
            }
            heapTime[i] = heapTime[p];
            heapGroup[i] = heapGroup[p];
            i = p;
        }
        heapTime[i] = time;
        heapGroup[i] = group;
    }

    /** True when nothing is scheduled. */
    boolean isEmpty() {
        return ringEntries == 0 && heapSize == 0;
    }

    /**
     * The earliest step after {@code now} with a scheduled delivery, or {@link Long#MAX_VALUE}; all
     * ring entries lie in (now, now + ring size) once the slot of {@code now} is cleared.
     */
    long nextTime(long now) {
        long next = heapMin();
        if (ringEntries > 0) {
            int ring = mask + 1;
            int start = (int) ((now + 1) & mask);
            int s = nextSetBit(start, ring);
            if (s < 0) {
                s = nextSetBit(0, start);
            }
            next = Math.min(next, now + 1 + ((s - start) & mask));
        }
        return next;
    }

    private int nextSetBit(int from, int to) {
        for (int w = from >>> 6; (w << 6) < to; w++) {
            long word = nonEmpty[w];
            if (w == from >>> 6) {
                word &= -1L << from;
            }
            if (word != 0) {
                int s = (w << 6) + Long.numberOfTrailingZeros(word);
                return s < to ? s : -1;
            }
        }
        return -1;
    }

    /** Bytes held now (slots grow with the number of spikes in flight). */
    long bytes() {
        long b = 4L * slotSize.length + 8L * nonEmpty.length + 12L * heapTime.length;
        for (int[] slot : slots) {
            b += slot == null ? 0 : 4L * slot.length;
        }
        return b;
    }
}
