package org.spikegraph.substrate.engine;

import java.util.Arrays;

/**
 * The event engine's delay calendar: which synaptic events arrive at which step.
 *
 * <p>Near deliveries (delay &le; ring size - 1) are copied, at spike time, from the source's row
 * into a ring of slots, one growable list of packed (target, weight) events per step modulo the ring
 * size: the row is read once, contiguously, and delivery reads its slot contiguously. A bit per
 * non-empty slot finds the next step with input by a word scan. Far deliveries go to a binary
 * min-heap of (step, run of synapses of equal delay). Finding the next step with input costs
 * O(ring size / 64 + log heap), never the length of the gap: this is what lets the engine skip
 * empty time.
 */
final class Calendar {

    /** Largest ring: 4,096 slots; longer delays go to the heap. */
    static final int MAX_RING = 1 << 12;

    private final int mask;
    private final long[][] slots;
    private final int[] slotSize;
    private final long[] nonEmpty;
    private long ringEntries;

    private long[] heapTime = new long[0];
    private long[] heapRun = new long[0];
    private int heapSize;

    /** A calendar whose ring covers delays up to {@code maxDelay} when that is below {@link #MAX_RING}. */
    Calendar(int maxDelay) {
        int ring = Integer.highestOneBit(Math.max(1, Math.min(maxDelay, MAX_RING - 1))) << 1;
        mask = ring - 1;
        slots = new long[ring][];
        slotSize = new int[ring];
        nonEmpty = new long[Math.max(1, ring >>> 6)];
    }

    /** Whether a delay goes to the ring. */
    boolean near(int delay) {
        return delay <= mask;
    }

    /**
     * Copies the events of synapses {@code first .. end - 1} (one delay, near) into the slot of
     * {@code time}, each packed as target in the high and weight in the low 32 bits.
     */
    void scheduleNear(long time, int first, int end, int[] target, char[] weightIndex, int[] palette) {
        int s = (int) (time & mask);
        int size = slotSize[s];
        int count = end - first;
        long[] slot = slots[s];
        if (slot == null || size + count > slot.length) {
            slot = slots[s] = Arrays.copyOf(slot == null ? new long[0] : slot, Math.max(16, Math.max(size + count, size * 2)));
        }
        for (int j = first; j < end; j++) {
            slot[size++] = ((long) target[j] << 32) | (palette[weightIndex[j]] & 0xFFFFFFFFL);
        }
        slotSize[s] = size;
        nonEmpty[s >>> 6] |= 1L << s;
        ringEntries += count;
    }

    /** Schedules synapses {@code first .. end - 1} (one delay, far) for delivery at {@code time}. */
    void scheduleFar(long time, int first, int end) {
        if (heapSize == heapTime.length) {
            int cap = Math.max(16, heapSize * 2);
            heapTime = Arrays.copyOf(heapTime, cap);
            heapRun = Arrays.copyOf(heapRun, cap);
        }
        long run = ((long) first << 32) | (end & 0xFFFFFFFFL);
        int i = heapSize++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (heapTime[p] <= time) {
                break;
            }
            heapTime[i] = heapTime[p];
            heapRun[i] = heapRun[p];
            i = p;
        }
        heapTime[i] = time;
        heapRun[i] = run;
    }

    /** The packed events due at {@code time} in the ring (valid up to {@link #slotSize(long)}). */
    long[] slot(long time) {
        return slots[(int) (time & mask)];
    }

    /** How many ring events are due at {@code time}. */
    int slotSize(long time) {
        return slotSize[(int) (time & mask)];
    }

    /** Empties the ring slot of {@code time} once its events are delivered. */
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

    /** Removes the earliest heap entry and returns its run: first synapse in the high, end in the low 32 bits. */
    long heapPop() {
        long run = heapRun[0];
        heapSize--;
        if (heapSize > 0) {
            long t = heapTime[heapSize];
            long r = heapRun[heapSize];
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
                heapRun[i] = heapRun[c];
                i = c;
            }
            heapTime[i] = t;
            heapRun[i] = r;
        }
        return run;
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
}
