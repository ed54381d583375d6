package org.spikegraph.substrate.random;

/**
 * A counter-based random generator: every draw is a pure function of (seed, neuron, step), so a run
 * depends on its seed alone, whatever the engine, the thread count or the order of work.
 *
 * <p>The hash chains SplitMix64's finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014) over the three inputs, in the spirit of counter-based generators
 * (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011).
 */
public final class CounterRng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private CounterRng() {}

    private static final long STEP = 0xC2B2AE3D27D4EB4FL;

    /** 64 well-mixed bits for (seed, neuron, step). */
    public static long bits(long seed, int neuron, long step) {
        return bitsFromTerms(seedTerm(seed), neuron, stepTerm(step));
    }

    /**
     * The same bits from precomputed terms, for engines that draw for many neurons in one step:
     * {@code bits(seed, neuron, step) == bitsFromTerms(seedTerm(seed), neuron, stepTerm(step))}.
     */
    public static long bitsFromTerms(long seedTerm, int neuron, long stepTerm) {
        return bitsFromNeuronTerm(neuronTerm(seedTerm, neuron), stepTerm);
    }

    /**
     * The seed's and the neuron's term of {@link #bits}, for engines that draw for one neuron at many
     * steps: {@code bits(seed, neuron, step) == bitsFromNeuronTerm(neuronTerm(seedTerm(seed), neuron), stepTerm(step))}.
     */
    public static long neuronTerm(long seedTerm, int neuron) {
        return mix(seedTerm ^ (neuron + 1L) * GOLDEN);
    }

    /** {@link #bits} from the neuron's term ({@link #neuronTerm}) and the step's ({@link #stepTerm}): one mix. */
    public static long bitsFromNeuronTerm(long neuronTerm, long stepTerm) {
        return mix(neuronTerm ^ stepTerm);
    }

    /** The seed's term of {@link #bits}: computed once per run. */
    public static long seedTerm(long seed) {
        return mix(seed + GOLDEN);
    }

    /** The step's term of {@link #bits}: computed once per step. */
    public static long stepTerm(long step) {
        return (step + 1L) * STEP;
    }

    /** A uniform draw in 0 .. 2^16 - 1; a neuron with fire chance c fires when the draw is below c. */
    public static int draw16(long seed, int neuron, long step) {
        return (int) (bits(seed, neuron, step) >>> 48);
    }

    /** SplitMix64's finaliser: a bijection of 64-bit values with strong avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
