package org.spikegraph.substrate.engine;

import java.util.Arrays;

/**
 * Per-lane sums as 64 bit-sliced counters: bit k of plane p is bit p of lane k's count. Adding a
 * lane mask is a carry-save add into four low planes held in fields (seven word operations, no
 * branch on the data); every 15 adds, when no lane can have passed 15, the four planes are added
 * into eight middle planes by straight-line full adders and cleared; every 17 such flushes (255
 * adds at most) the middle planes ripple into the high planes. So the lanes' carries never ripple
 * one add at a time, and the data-dependent ripple runs once per 255 adds.
 *
 * <p>The lane engine counts its lanes' activity with it and the primitive multi-source BFS its
 * sources' vertices per level, so both sides of that comparison count alike. The four low planes and
 * the count of pending adds are package-visible: the engine's hot loops keep them in locals.
 */
public final class LaneCounter {
    /** Adds between flushes: at most 15 fit in four planes. */
    static final int FLUSH_EVERY = 15;
    /** Flushes between drains of the middle planes: 17 &times; 15 = 255 fits in eight planes. */
    private static final int DRAIN_EVERY = 17;

    long ones;
    long twos;
    long fours;
    long eights;
    /** Adds since the last flush. */
    int pending;
    /** The middle planes: bit p of each lane's count since the last drain. */
    private long m0;
    private long m1;
    private long m2;
    private long m3;
    private long m4;
    private long m5;
    private long m6;
    private long m7;
    private int flushes;
    /** Plane p: bit p of each lane's drained count. */
    private final long[] high = new long[64];
    /** The planes of {@link #high} that may be non-zero: 0 .. planes - 1. */
    private int planes;

    /**
     * Adds {@code words[at[0]]}, {@code words[at[1]]}, ...: the same counts as {@link #add} of each, with the four
     * low planes kept in locals through the loop.
     */
    public void addEach(long[] words, int[] at) {
        long o = ones;
        long t = twos;
        long f = fours;
        long e = eights;
        int p = pending;
        for (int i : at) {
            long lanes = words[i];
            long c1 = o & lanes;
            o ^= lanes;
            long c2 = t & c1;
            t ^= c1;
            long c4 = f & c2;
            f ^= c2;
            e ^= c4;
            if (++p == FLUSH_EVERY) {
                flush(o, t, f, e);
                o = 0;
                t = 0;
                f = 0;
                e = 0;
                p = 0;
            }
        }
        keep(o, t, f, e, p);
    }

    /**
     * {@link #flush} of the four low planes a hot loop holds in locals (which it then sets to 0, with its
     * count of pending adds).
     */
    void flush(long ones, long twos, long fours, long eights) {
        this.ones = ones;
        this.twos = twos;
        this.fours = fours;
        this.eights = eights;
        flush();
    }

    /** Takes back the four low planes and the count of pending adds a hot loop held in locals. */
    void keep(long ones, long twos, long fours, long eights, int pending) {
        this.ones = ones;
        this.twos = twos;
        this.fours = fours;
        this.eights = eights;
        this.pending = pending;
    }

    /** Adds 1 to the count of each lane of {@code lanes}. */
    public void add(long lanes) {
        long c1 = ones & lanes;
        ones ^= lanes;
        long c2 = twos & c1;
        twos ^= c1;
        long c4 = fours & c2;
        fours ^= c2;
        eights ^= c4;
        if (++pending == FLUSH_EVERY) {
            flush();
        }
    }

    /** Adds the four low planes into the middle planes (full adders, no branch) and clears them. */
    public void flush() {
        long s = m0 ^ ones;
        long c = m0 & ones;
        m0 = s;
        s = m1 ^ twos;
        long cn = (m1 & twos) | (c & s);
        m1 = s ^ c;
        c = cn;
        s = m2 ^ fours;
        cn = (m2 & fours) | (c & s);
        m2 = s ^ c;
        c = cn;
        s = m3 ^ eights;
        cn = (m3 & eights) | (c & s);
        m3 = s ^ c;
        c = cn;
        cn = m4 & c;
        m4 ^= c;
        c = cn;
        cn = m5 & c;
        m5 ^= c;
        c = cn;
        cn = m6 & c;
        m6 ^= c;
        c = cn;
        m7 ^= c; // no carry out: at most 255 since the last drain
        ones = 0;
        twos = 0;
        fours = 0;
        eights = 0;
        pending = 0;
        if (++flushes == DRAIN_EVERY) {
            drain();
        }
    }

    /** Moves the middle planes into the high planes. */
    private void drain() {
        addPlane(m0, 0);
        addPlane(m1, 1);
        addPlane(m2, 2);
        addPlane(m3, 3);
        addPlane(m4, 4);
        addPlane(m5, 5);
        addPlane(m6, 6);
        addPlane(m7, 7);
        clearMiddle();
    }

    /** Clears the middle planes and the count of flushes since the last drain. */
    private void clearMiddle() {
        m0 = 0;
        m1 = 0;
        m2 = 0;
        m3 = 0;
        m4 = 0;
        m5 = 0;
        m6 = 0;
        m7 = 0;
        flushes = 0;
    }

    /** Adds {@code times} (&ge; 0) to each lane of {@code lanes}: a ripple-carry add per set bit of times. */
    public void addTimes(long lanes, long times) {
        for (long left = times; left != 0; left &= left - 1) {
            addPlane(lanes, Long.numberOfTrailingZeros(left));
        }
    }

    /** Adds 2^p to the lanes of {@code lanes}. */
    private void addPlane(long lanes, int p) {
        for (; lanes != 0; p++) {
            long carry = high[p] & lanes;
            high[p] ^= lanes;
            lanes = carry;
        }
        if (p > planes) {
            planes = p;
        }
    }

    /** Sets every lane's count to 0. */
    public void clear() {
        Arrays.fill(high, 0, planes, 0L);
        planes = 0;
        ones = 0;
        twos = 0;
        fours = 0;
        eights = 0;
        pending = 0;
        clearMiddle();
    }

    /** Lane {@code lane}'s count (0..63). */
    public long get(int lane) {
        long sum = 0;
        for (int p = 0; p < planes; p++) {
            sum |= ((high[p] >>> lane) & 1L) << p;
        }
        long mid = (m0 >>> lane & 1L) | (m1 >>> lane & 1L) << 1 | (m2 >>> lane & 1L) << 2 | (m3 >>> lane & 1L) << 3
                | (m4 >>> lane & 1L) << 4 | (m5 >>> lane & 1L) << 5 | (m6 >>> lane & 1L) << 6
                | (m7 >>> lane & 1L) << 7;
        return sum + mid + (((eights >>> lane) & 1L) << 3 | ((fours >>> lane) & 1L) << 2
                | ((twos >>> lane) & 1L) << 1 | ((ones >>> lane) & 1L));
    }
}
