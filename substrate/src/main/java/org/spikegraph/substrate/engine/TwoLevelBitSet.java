package org.spikegraph.substrate.engine;

/**
 * A {@link FixedBitSet} with a summary: bit w of the summary stands for word w of the bits, so a walk
 * over the set bits visits only the non-zero words, 64 at a time, at a cost that grows with the set
 * bits rather than with the length. A top level does the same for the summary (bit sw of the top
 * stands for summary word sw), so a walk with few bits set does not scan every summary word (one per
 * 4,096 bits). The event engine's update set is one.
 *
 * <p>Invariant (the summary covers the bits): every non-zero word has its summary bit, and every
 * non-zero summary word its top bit. The summary and the top may also hold bits of zero words (a walk
 * visits them for nothing). One exception, for dense
 * phases where a summary bit per set bit would cost more than scanning every word:
 * {@link #setWithoutSummary} suspends the invariant until {@link #rebuildSummary}. Hot loops may
 * use the raw {@link #words()} and {@link #summaryWords()} and must then keep the invariant
 * themselves.
 */
final class TwoLevelBitSet {

    private final FixedBitSet bits;
    private final FixedBitSet summary;
    /** The words of {@link #bits} and {@link #summary}, held here too: one load less per {@link #set}. */
    private final long[] words;
    private final long[] summaryWords;
    /** A bit per summary word; its words, as for {@link #words}. */
    private final FixedBitSet top;
    private final long[] topWords;

    /** An empty set of {@code length} bits. */
    TwoLevelBitSet(int length) {
        bits = new FixedBitSet(length);
        summary = new FixedBitSet(bits.wordCount());
        top = new FixedBitSet(summary.wordCount());
        words = bits.words();
        summaryWords = summary.words();
        topWords = top.words();
    }

    /** Bits in the set, 0 .. length - 1. */
    int length() {
        return bits.length();
    }

    /** Number of words of the bits. */
    int wordCount() {
        return bits.wordCount();
    }

    /** The words of the bits, shared, for hot loops. */
    long[] words() {
        return words;
    }

    /** The words of the summary (bit w for word w), shared, for hot loops. */
    long[] summaryWords() {
        return summaryWords;
    }

    /** The words of the top level (bit sw for summary word sw), shared, for hot loops. */
    long[] topWords() {
        return topWords;
    }

    /** True when bit i is set. */
    boolean get(int i) {
        return bits.get(i);
    }

    /** Sets bit i, its word's summary bit and that summary word's top bit. */
    void set(int i) {
        assert i >= 0 && i < bits.length() : "bit " + i + " outside 0.." + (bits.length() - 1);
        words[i >>> 6] |= 1L << i;
        summaryWords[i >>> 12] |= 1L << (i >>> 6);
        topWords[i >>> 18] |= 1L << (i >>> 12);
    }

    /**
     * Sets bit i but not its summary bit: the summary no longer covers the bits until
     * {@link #rebuildSummary}, and {@link #nextSetBit} may miss bits until then.
     */
    void setWithoutSummary(int i) {
        assert i >= 0 && i < bits.length() : "bit " + i + " outside 0.." + (bits.length() - 1);
        words[i >>> 6] |= 1L << i;
    }

    /** ORs {@code bits} into word w, with its summary and top bits when they are not 0. */
    void or(int w, long bits) {
        this.bits.or(w, bits);
        if (bits != 0) {
            summary.set(w);
            top.set(w >>> 6);
        }
    }

    /** Makes the summary exactly the non-zero words of the bits, and the top the non-zero summary words. */
    void rebuildSummary() {
        long[] words = bits.words();
        long[] sum = summary.words();
        for (int sw = 0; sw < sum.length; sw++) {
            long s = 0;
            int end = Math.min(words.length, (sw + 1) << 6);
            for (int w = sw << 6; w < end; w++) {
                s |= (words[w] != 0 ? 1L : 0L) << w;
            }
            sum[sw] = s;
        }
        for (int tw = 0; tw < topWords.length; tw++) {
            long s = 0;
            int end = Math.min(sum.length, (tw + 1) << 6);
            for (int sw = tw << 6; sw < end; sw++) {
                s |= (sum[sw] != 0 ? 1L : 0L) << sw;
            }
            topWords[tw] = s;
        }
        assert summaryCovers();
    }

    /** Clears every bit and the summary. */
    void clear() {
        bits.clear();
        summary.clear();
        top.clear();
    }

    /** The first set bit at or after {@code from}, or -1; walks the summary, so needs the invariant. */
    int nextSetBit(int from) {
        assert from >= 0 : "negative start " + from;
        if (from >= bits.length()) {
            return -1;
        }
        long[] words = bits.words();
        int w = from >>> 6;
        long word = words[w] & (-1L << from);
        if (word != 0) {
            return (w << 6) + Long.numberOfTrailingZeros(word);
        }
        for (w = summary.nextSetBit(w + 1); w >= 0; w = summary.nextSetBit(w + 1)) {
            if (words[w] != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(words[w]);
            }
        }
        return -1;
    }

    /** Number of set bits. */
    int cardinality() {
        return bits.cardinality();
    }

    /** True when no bit is set. */
    boolean isEmpty() {
        return bits.isEmpty();
    }

    /** The invariant: every non-zero word has its summary bit, every non-zero summary word its top bit. */
    boolean summaryCovers() {
        long[] words = bits.words();
        for (int w = 0; w < words.length; w++) {
            if (words[w] != 0 && !summary.get(w)) {
                return false;
            }
        }
        for (int sw = 0; sw < summaryWords.length; sw++) {
            if (summaryWords[sw] != 0 && !top.get(sw)) {
                return false;
            }
        }
        return true;
    }

    /** No bit beyond the length is set, in the bits, the summary or the top. */
    boolean ghostBitsClear() {
        return bits.ghostBitsClear() && summary.ghostBitsClear() && top.ghostBitsClear();
    }
}
