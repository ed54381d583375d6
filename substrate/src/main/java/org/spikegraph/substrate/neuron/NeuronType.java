package org.spikegraph.substrate.neuron;

/**
 * The parameters shared by many neurons; a neuron stores only its type index and its state.
 * Every value is an integer and every step is exact, so all engines agree bit for bit.
 *
 * <h2>One step t of a neuron of this type</h2>
 * <ol>
 *   <li>If refractory: this step's input (synaptic, stimulus current, forced spike) is dropped, the
 *       refractory count goes down by one (never for {@link #FIRE_ONCE}), and the step ends.</li>
 *   <li>v &larr; {@link Leak#apply leak}(v).</li>
 *   <li>v &larr; saturate(v + bias + synaptic input arriving at t + stimulus current at t), where
 *       the sum is exact and only the result is clamped to the declared width.</li>
 *   <li>If v &ge; &theta; and the fire draw succeeds (always, unless {@link #fireChance} &lt; 2^16),
 *       or a spike is forced at t: the neuron spikes at t, v is reset ({@link Reset}) and the
 *       refractory period starts: the next {@code refractory} steps are refractory, or all later
 *       steps for {@link #FIRE_ONCE}.</li>
 * </ol>
 * A neuron whose v &ge; &theta; does not fire when its draw fails, and keeps v. The arithmetic of
 * these steps is {@link NeuronRules}', which every engine uses.
 *
 * @param threshold     &theta; &ge; 1, and at most the largest potential of the declared width
 * @param reset         hard (to a value) or soft (subtract &theta;)
 * @param leak          the leak mode
 * @param bias          added every step (may be negative)
 * @param refractory    steps after a spike in which the neuron is refractory, &ge; 0, or {@link #FIRE_ONCE}
 * @param fireChance    probability that a neuron at or above threshold fires, in units of 2^-16:
 *                      0 never, {@value #ALWAYS} always; draws come from a counter-based generator
 *                      of (seed, neuron, step)
 * @param potentialBits declared width of the potential, 2..32; v saturates at
 *                      [&minus;2^(bits&minus;1), 2^(bits&minus;1) &minus; 1]
 */
public record NeuronType(int threshold, Reset reset, Leak leak, int bias, int refractory, int fireChance,
                         int potentialBits) {

    /** Refractory forever after the first spike: the neuron is a latch that fires at most once. */
    public static final int FIRE_ONCE = -1;

    /** A {@link #fireChance} that always fires. */
    public static final int ALWAYS = 1 << 16;

    /** Checks every parameter and says what to change. */
    public NeuronType {
        if (reset == null || leak == null) {
            throw new IllegalArgumentException("reset and leak must not be null");
        }
        if (potentialBits < 2 || potentialBits > 32) {
            throw new IllegalArgumentException("potentialBits must be in 2..32, got " + potentialBits);
        }
        int max = NeuronRules.maxPotential(potentialBits);
        int min = NeuronRules.minPotential(potentialBits);
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be >= 1, got " + threshold
                    + " (a neuron that fires without input is a bias >= threshold)");
        }
        if (threshold > max) {
            throw new IllegalArgumentException("threshold " + threshold + " exceeds the largest potential " + max
                    + " of a " + potentialBits + "-bit neuron: raise potentialBits or lower the threshold");
        }
        if (!reset.isSoft() && (reset.value() < min || reset.value() > max)) {
            throw new IllegalArgumentException("reset value " + reset.value() + " is outside the " + potentialBits
                    + "-bit range [" + min + ", " + max + "]");
        }
        if (refractory < 0 && refractory != FIRE_ONCE) {
            throw new IllegalArgumentException("refractory must be >= 0 or FIRE_ONCE, got " + refractory);
        }
        if (fireChance < 0 || fireChance > ALWAYS) {
            throw new IllegalArgumentException("fireChance must be in 0.." + ALWAYS + " (units of 2^-16), got " + fireChance);
        }
    }

    /** A deterministic integrate-and-fire neuron: no leak, hard reset to 0, no refractory period, 32 bits. */
    public static NeuronType integrateAndFire(int threshold) {
        return builder().threshold(threshold).build();
    }

    /** A fire-once latch with the given threshold: it spikes the first time v &ge; &theta;, never again. */
    public static NeuronType latch(int threshold) {
        return builder().threshold(threshold).refractory(FIRE_ONCE).build();
    }

    /** A builder starting from: &theta; = 1, hard reset to 0, no leak, no bias, no refractory, always fires, 32 bits. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this type's parameters. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.threshold = threshold;
        b.reset = reset;
        b.leak = leak;
        b.bias = bias;
        b.refractory = refractory;
        b.fireChance = fireChance;
        b.potentialBits = potentialBits;
        return b;
    }

    /** True for a {@link #FIRE_ONCE} latch. */
    public boolean firesOnce() {
        return refractory == FIRE_ONCE;
    }

    /** True when firing at or above threshold is a random draw. */
    public boolean stochastic() {
        return fireChance != ALWAYS;
    }

    /** The fire probability as a double, {@code fireChance / 2^16}. */
    public double fireProbability() {
        return fireChance / (double) ALWAYS;
    }

    /** The smallest potential of the declared width. */
    public int minPotential() {
        return NeuronRules.minPotential(potentialBits);
    }

    /** The largest potential of the declared width. */
    public int maxPotential() {
        return NeuronRules.maxPotential(potentialBits);
    }

    /** Clamps an exact sum to the declared width ({@link NeuronRules#saturate}). */
    public int saturate(long v) {
        return NeuronRules.saturate(v, minPotential(), maxPotential());
    }

    /**
     * Steps 2 and 3 of a non-refractory neuron at v with this step's {@code input} (synaptic input
     * plus stimulus current): leak, then v + bias + input summed exactly and saturated
     * ({@link NeuronRules#integrate}).
     */
    public int integrate(int v, long input) {
        return NeuronRules.integrate(leak.apply(v), bias, input, minPotential(), maxPotential());
    }

    /** Steps 2 and 3 without input: the potential a non-refractory neuron reaches with no input. */
    public int drift(int v) {
        return NeuronRules.drift(leak.code(), leak.amount(), bias, v, minPotential(), maxPotential());
    }

    /**
     * True when a non-refractory neuron at potential v is at rest: with no input its step changes
     * nothing and it cannot fire ({@code v < threshold} and {@link #drift}(v) = v). Engines may skip
     * neurons at rest; every other neuron is <em>live</em> and is updated every step.
     */
    public boolean restsAt(int v) {
        return NeuronRules.restsAt(v, threshold, drift(v));
    }

    /** The potential after a spike at v ({@link NeuronRules#afterSpike}). */
    public int afterSpike(int v) {
        return NeuronRules.afterSpike(v, reset.isSoft(), reset.value(), threshold, minPotential(), maxPotential());
    }

    /** Builds a {@link NeuronType}; unset parameters keep the defaults of {@link NeuronType#builder()}. */
    public static final class Builder {
        private int threshold = 1;
        private Reset reset = Reset.hard();
        private Leak leak = Leak.none();
        private int bias;
        private int refractory;
        private int fireChance = ALWAYS;
        private int potentialBits = 32;

        private Builder() {}

        public Builder threshold(int threshold) { this.threshold = threshold; return this; }

        public Builder reset(Reset reset) { this.reset = reset; return this; }

        public Builder leak(Leak leak) { this.leak = leak; return this; }

        public Builder bias(int bias) { this.bias = bias; return this; }

        /** Steps of refractoriness after a spike, or {@link NeuronType#FIRE_ONCE}. */
        public Builder refractory(int refractory) { this.refractory = refractory; return this; }

        /** Shorthand for {@code refractory(FIRE_ONCE)}. */
        public Builder fireOnce() { this.refractory = FIRE_ONCE; return this; }

        /** The fire chance in units of 2^-16 (0..65536). */
        public Builder fireChance(int fireChance) { this.fireChance = fireChance; return this; }

        /** The fire probability in [0, 1], rounded to the nearest multiple of 2^-16. */
        public Builder fireProbability(double p) {
            if (!(p >= 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException("fire probability must be in [0, 1], got " + p);
            }
            this.fireChance = (int) Math.round(p * ALWAYS);
            return this;
        }

        public Builder potentialBits(int potentialBits) { this.potentialBits = potentialBits; return this; }

        public NeuronType build() {
            return new NeuronType(threshold, reset, leak, bias, refractory, fireChance, potentialBits);
        }
    }
}
