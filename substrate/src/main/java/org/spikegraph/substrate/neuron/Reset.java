package org.spikegraph.substrate.neuron;

/**
 * What a spike does to the potential (step 4 of the model).
 *
 * <ul>
 *   <li>{@link Kind#HARD}: v &larr; {@code value} (default 0);</li>
 *   <li>{@link Kind#SOFT}: v &larr; v &minus; &theta;, saturating: a potential holding several thresholds
 *       drains one spike per step, like a queue (e.g. random walkers meeting at a vertex).</li>
 * </ul>
 *
 * @param kind  hard or soft
 * @param value the potential after a hard reset; 0 for a soft reset
 */
public record Reset(Kind kind, int value) {

    /** The reset modes. */
    public enum Kind { HARD, SOFT }

    private static final Reset HARD_ZERO = new Reset(Kind.HARD, 0);
    private static final Reset SOFT = new Reset(Kind.SOFT, 0);

    /** Checks that a soft reset carries no value. */
    public Reset {
        if (kind == null) {
            throw new IllegalArgumentException("reset kind must not be null");
        }
        if (kind == Kind.SOFT && value != 0) {
            throw new IllegalArgumentException("a soft reset subtracts the threshold and takes no value, got " + value);
        }
    }

    /** Hard reset to 0. */
    public static Reset hard() {
        return HARD_ZERO;
    }

    /** Hard reset to {@code value}. */
    public static Reset hard(int value) {
        return value == 0 ? HARD_ZERO : new Reset(Kind.HARD, value);
    }

    /** Soft reset: subtract the threshold. */
    public static Reset soft() {
        return SOFT;
    }

    /** True for a soft (subtractive) reset. */
    public boolean isSoft() {
        return kind == Kind.SOFT;
    }

    @Override
    public String toString() {
        return kind == Kind.SOFT ? "SOFT" : "HARD " + value;
    }
}
