package org.spikegraph.substrate.engine;

import java.util.Arrays;

/**
 * The lane engine's delay calendar: which synaptic events arrive at which step, each event carrying
 * the mask of lanes whose spike sent it. The layout follows the event engine's {@link Calendar}: a
 * ring of growable slots for delays up to the ring size - 1 (an event is a target word, see
 * {@link LaneEngine}, and a lane mask, in two parallel arrays), a bit per non-empty slot to find the
 * next step with input by a word scan, and a binary min-heap of (step, synapse, mask) for far
 * deliveries. Finding the next step with input costs O(ring size / 64 + log heap), never the length
 * of the gap.
 */
final class LaneCalendar {

    private final int mask;
    final int[][] targets;
    final long[][] masks;
    final int[] size;
    private final long[] nonEmpty;
    private int slotsInUse;

    private long[] heapTime = new long[16];
    private int[] heapSynapse = new int[16];
    private long[] heapMask = new long[16];
    private int heapSize;

    /** A calendar whose ring covers delays up to {@code maxDelay} when that is below {@link Calendar#MAX_RING}. */
    LaneCalendar(int maxDelay) {
        int ring = Integer.highestOneBit(Math.max(1, Math.min(maxDelay, Calendar.MAX_RING - 1))) << 1;
        mask = ring - 1;
        targets = new int[ring][];
        masks = new long[ring][];
        size = new int[ring];
        nonEmpty = new long[Math.max(1, ring >>> 6)];
    }

    /** The ring size minus one: delays up to it are near. */
    int mask() {
        return mask;
    }

    /** Appends a near event due at step {@code time}. */
    void add(long time, int targetWord, long lanes) {
        int s = (int) (time & mask);
        int k = size[s];
        int[] tg = targets[s];
        if (tg == null || k == tg.length) {
            int cap = tg == null ? 64 : tg.length * 2;
            targets[s] = tg = tg == null ? new int[cap] : Arrays.copyOf(tg, cap);
            masks[s] = masks[s] == null ? new long[cap] : Arrays.copyOf(masks[s], cap);
        }
        if (k == 0) {
            nonEmpty[s >>> 6] |= 1L << s;
            slotsInUse++;
        }
        tg[k] = targetWord;
        masks[s][k] = lanes;
        size[s] = k + 1;
    }

    /** The number of near events due at {@code time}. */
    int slotSize(long time) {
        return size[(int) (time & mask)];
    }

    /** Empties the slot of {@code time} once its events are delivered. */
    void clearSlot(long time) {
        int s = (int) (time & mask);
        if (size[s] > 0) {
            size[s] = 0;
            nonEmpty[s >>> 6] &= ~(1L << s);
            slotsInUse--;
        }
    }

    /** Schedules synapse j with lanes {@code lanes}, whose delay is beyond the ring, for delivery at {@code time}. */
    void addFar(long time, int synapse, long lanes) {
        if (heapSize == heapTime.length) {
            int cap = heapSize * 2;
            heapTime = Arrays.copyOf(heapTime, cap);
            heapSynapse = Arrays.copyOf(heapSynapse, cap);
            heapMask = Arrays.copyOf(heapMask, cap);
        }
        int i = heapSize++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (heapTime[p] <= time) {
                break;
            }
            heapTime[i] = heapTime[p];
            heapSynapse[i] = heapSynapse[p];
            heapMask[i] = heapMask[p];
            i = p;
        }
        heapTime[i] = time;
        heapSynapse[i] = synapse;
        heapMask[i] = lanes;
    }

    /** The earliest step in the heap, or {@link Long#MAX_VALUE}. */
    long heapMin() {
        return heapSize == 0 ? Long.MAX_VALUE : heapTime[0];
    }

    /** The synapse of the earliest heap entry. */
    int heapTopSynapse() {
        return heapSynapse[0];
    }

    /** The lane mask of the earliest heap entry. */
    long heapTopMask() {
        return heapMask[0];
    }

    /** Removes the earliest heap entry. */
    void heapPop() {
        heapSize--;
        if (heapSize == 0) {
            return;
        }
        long t = heapTime[heapSize];
        int r = heapSynapse[heapSize];
        long m = heapMask[heapSize];
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
            heapMask[i] = heapMask[c];
            i = c;
        }
        heapTime[i] = t;
        heapSynapse[i] = r;
        heapMask[i] = m;
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
        int s = nextSetBit(start);
        if (s < 0) {
            s = nextSetBit(0);
        }
        return s < 0 ? next : Math.min(next, now + 1 + ((s - start) & mask));
    }

    private int nextSetBit(int from) {
        int ring = mask + 1;
        if (from >= ring) {
            return -1;
        }
        int w = from >>> 6;
        long word = nonEmpty[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                int s = (w << 6) + Long.numberOfTrailingZeros(word);
                return s < ring ? s : -1;
            }
            if (++w == nonEmpty.length) {
                return -1;
            }
            word = nonEmpty[w];
        }
    }
}
