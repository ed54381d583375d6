package org.spikegraph.substrate.engine;

import java.util.Arrays;

/**
 * A bit set of fixed length over a {@code long[]}, after Lucene's {@code FixedBitSet}: bit i is bit
 * {@code i & 63} of word {@code i >>> 6}. Invariant: the bits of the last word at and beyond
 * {@link #length()} (the ghost bits) are 0, so whole-word operations need no masking; every method
 * keeps it and {@code assert}s check it.
 *
 * <p>A hot loop may read and write the words directly ({@link #words()}) instead of calling
 * {@link #get} or {@link #set}; it must then keep the invariant itself (write only bits below
 * {@link #length()}).
 */
final class FixedBitSet {

    private final long[] words;
    private final int length;

    /** An empty set of {@code length} bits. */
    FixedBitSet(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("a bit set needs length >= 0, got " + length);
        }
        this.length = length;
        words = new long[wordsFor(length)];
    }

    /** Words needed for {@code length} bits. */
    static int wordsFor(int length) {
        return (int) ((length + 63L) >>> 6);
    }

    /** Bits in the set, 0 .. length - 1. */
    int length() {
        return length;
    }

    /** The words, shared (not a copy), for hot loops: see the class comment. */
    long[] words() {
        return words;
    }

    /** Number of words, {@code ceil(length / 64)}. */
    int wordCount() {
        return words.length;
    }

    /** True when bit i is set. */
    boolean get(int i) {
        assert i >= 0 && i < length : "bit " + i + " outside 0.." + (length - 1);
        return (words[i >>> 6] & (1L << i)) != 0;
    }

    /** Sets bit i. */
    void set(int i) {
        assert i >= 0 && i < length : "bit " + i + " outside 0.." + (length - 1);
        words[i >>> 6] |= 1L << i;
    }

    /** Sets bit i and returns whether it was set before. */
    boolean getAndSet(int i) {
        assert i >= 0 && i < length : "bit " + i + " outside 0.." + (length - 1);
        int w = i >>> 6;
        long bit = 1L << i;
        boolean was = (words[w] & bit) != 0;
        words[w] |= bit;
        return was;
    }

    /** Clears bit i. */
    void clear(int i) {
        assert i >= 0 && i < length : "bit " + i + " outside 0.." + (length - 1);
        words[i >>> 6] &= ~(1L << i);
    }

    /** Clears every bit. */
    void clear() {
        Arrays.fill(words, 0);
    }

    /** Word w. */
    long word(int w) {
        return words[w];
    }

    /** ORs {@code bits} into word w; bits at or beyond {@link #length()} must be 0. */
    void or(int w, long bits) {
        assert w < words.length - 1 || length % 64 == 0 || (bits & (-1L << length)) == 0
                : "bits beyond " + length + " in word " + w;
        words[w] |= bits;
    }

    /** The first set bit at or after {@code from}, or -1 if there is none. */
    int nextSetBit(int from) {
        assert from >= 0 : "negative start " + from;
        if (from >= length) {
            return -1;
        }
        int w = from >>> 6;
        long word = words[w] & (-1L << from);
        while (word == 0) {
            if (++w == words.length) {
                return -1;
            }
            word = words[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(word);
    }

    /** Number of set bits. */
    int cardinality() {
        long count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return (int) count;
    }

    /** True when no bit is set. */
    boolean isEmpty() {
        for (long word : words) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    /** The invariant: no bit at or beyond {@link #length()} is set (checked by {@code assert}s). */
    boolean ghostBitsClear() {
        return length % 64 == 0 || (words[words.length - 1] & (-1L << length)) == 0;
    }
}
