package org.spikegraph.substrate.neuron;

/**
 * The arithmetic of one step of the model ({@link NeuronType}), written once on primitives: leak,
 * integrate, saturate, threshold, fire draw, reset, rest. {@link NeuronType} and {@link Leak} apply
 * them to their own parameters (the reference engine's path); the event engine calls them on the
 * per-type constants it flattens, in its update loops. Every method is small and static so the JIT
 * inlines it into those loops.
 *
 * <p>Refractoriness is control flow rather than arithmetic (a refractory step drops its input and
 * only counts down; a {@link NeuronType#FIRE_ONCE} neuron drops it for good), so it lives in each
 * engine's step, in the order {@link NeuronType} gives.
 */
public final class NeuronRules {

    /** {@link Leak.Kind#NONE} as a primitive code (see {@link Leak#code()}). */
    public static final int LEAK_NONE = 0;
    /** {@link Leak.Kind#FULL} as a primitive code. */
    public static final int LEAK_FULL = 1;
    /** {@link Leak.Kind#SHIFT} as a primitive code. */
    public static final int LEAK_SHIFT = 2;
    /** {@link Leak.Kind#LINEAR} as a primitive code. */
    public static final int LEAK_LINEAR = 3;

    private NeuronRules() {}

    /**
     * Step 2, the leak of kind {@code leakCode} ({@link #LEAK_NONE} .. {@link #LEAK_LINEAR}) with its
     * amount: v kept; 0; v - (v &gt;&gt; k); v moved d toward 0 and not past it. Never overflows.
     */
    public static int leak(int leakCode, int amount, int v) {
        if (leakCode == LEAK_FULL) {
            return 0;
        }
        if (leakCode == LEAK_NONE) {
            return v;
        }
        if (leakCode == LEAK_SHIFT) {
            return v - (v >> amount);
        }
        return v > 0 ? Math.max(0, v - amount) : Math.min(0, v + amount);
    }

    /** Saturation at the declared width: an exact sum clamped to [min, max]. */
    public static int saturate(long sum, int min, int max) {
        return sum > max ? max : sum < min ? min : (int) sum;
    }

    /**
     * Step 3: the leaked potential plus bias plus this step's input (synaptic and stimulus current),
     * summed exactly, then saturated.
     */
    public static int integrate(int leaked, int bias, long input, int min, int max) {
        return saturate((long) leaked + bias + input, min, max);
    }

    /** Steps 2 and 3 without input: where a non-refractory neuron at v goes on its own. */
    public static int drift(int leakCode, int amount, int bias, int v, int min, int max) {
        return saturate((long) leak(leakCode, amount, v) + bias, min, max);
    }

    /**
     * Step 4's threshold test as a bit, 1 when v &ge; threshold, else 0: branch-free, for loops
     * that collect the neurons at threshold a word at a time.
     */
    public static long atThreshold(int v, int threshold) {
        return (threshold - 1L - v) >>> 63;
    }

    /**
     * Step 4's fire draw: a 16-bit draw ({@code 0 .. 2^16 - 1}, see
     * {@link org.spikegraph.substrate.random.CounterRng#draw16}) fires when below the chance.
     */
    public static boolean drawFires(int draw16, int fireChance) {
        return draw16 < fireChance;
    }

    /** Step 4's reset of a spiking neuron at v: soft subtracts the threshold (saturating), hard sets the value. */
    public static int afterSpike(int v, boolean soft, int resetValue, int threshold, int min, int max) {
        return soft ? saturate((long) v - threshold, min, max) : resetValue;
    }

    /**
     * A non-refractory neuron at v is at rest when it is below threshold and its {@link #drift} is
     * v: with no input its step changes nothing and it cannot fire.
     */
    public static boolean restsAt(int v, int threshold, int drifted) {
        return v < threshold && drifted == v;
    }

    /** The smallest potential of a {@code bits}-bit neuron, -2^(bits-1). */
    public static int minPotential(int bits) {
        return (int) -(1L << (bits - 1));
    }

    /** The largest potential of a {@code bits}-bit neuron, 2^(bits-1) - 1. */
    public static int maxPotential(int bits) {
        return (int) ((1L << (bits - 1)) - 1);
    }
}
