package org.spikegraph.substrate.neuron;

/**
 * How a neuron's potential decays at the start of each step (step 2 of the model).
 *
 * <ul>
 *   <li>{@link Kind#NONE}: v is kept (integrate and fire);</li>
 *   <li>{@link Kind#FULL}: v returns to 0 every step (a threshold gate: only this step's input counts);</li>
 *   <li>{@link Kind#SHIFT}: v &larr; v &minus; (v &gt;&gt; k), an arithmetic shift as on Loihi
 *       (Davies et al., IEEE Micro 2018); negative potentials decay toward 0 as well;</li>
 *   <li>{@link Kind#LINEAR}: v moves {@code d} toward 0 and stops there.</li>
 * </ul>
 *
 * @param kind   the leak mode
 * @param amount {@code k} for SHIFT (1..31), {@code d} for LINEAR (&ge; 1), 0 otherwise
 */
public record Leak(Kind kind, int amount) {

    /** The leak modes. */
    public enum Kind { NONE, FULL, SHIFT, LINEAR }

    private static final Leak NONE = new Leak(Kind.NONE, 0);
    private static final Leak FULL = new Leak(Kind.FULL, 0);

    /** Checks the amount against the mode. */
    public Leak {
        if (kind == null) {
            throw new IllegalArgumentException("leak kind must not be null");
        }
        switch (kind) {
            case NONE, FULL -> {
                if (amount != 0) {
                    throw new IllegalArgumentException("leak " + kind + " takes no amount, got " + amount);
                }
            }
            case SHIFT -> {
                if (amount < 1 || amount > 31) {
                    throw new IllegalArgumentException(
                            "leak SHIFT k needs 1 <= k <= 31, got " + amount + " (use FULL for k = 0)");
                }
            }
            case LINEAR -> {
                if (amount < 1) {
                    throw new IllegalArgumentException("leak LINEAR d needs d >= 1, got " + amount + " (use NONE for d = 0)");
                }
            }
        }
    }

    /** No leak: integrate and fire. */
    public static Leak none() {
        return NONE;
    }

    /** Full leak: the potential is 0 at the start of every step. */
    public static Leak full() {
        return FULL;
    }

    /** Exponential decay by an arithmetic shift: v &larr; v &minus; (v &gt;&gt; k). */
    public static Leak shift(int k) {
        return new Leak(Kind.SHIFT, k);
    }

    /** Linear decay: v moves d toward 0, never past it. */
    public static Leak linear(int d) {
        return new Leak(Kind.LINEAR, d);
    }

    /** The potential after this leak ({@link NeuronRules#leak}); never overflows. */
    public int apply(int v) {
        return NeuronRules.leak(code(), amount, v);
    }

    /** The kind as {@link NeuronRules}' primitive code: {@link NeuronRules#LEAK_NONE} .. {@link NeuronRules#LEAK_LINEAR}. */
    public int code() {
        return switch (kind) {
            case NONE -> NeuronRules.LEAK_NONE;
            case FULL -> NeuronRules.LEAK_FULL;
            case SHIFT -> NeuronRules.LEAK_SHIFT;
            case LINEAR -> NeuronRules.LEAK_LINEAR;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE, FULL -> kind.name();
            case SHIFT, LINEAR -> kind.name() + " " + amount;
        };
    }
}
