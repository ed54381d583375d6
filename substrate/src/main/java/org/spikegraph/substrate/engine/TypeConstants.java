package org.spikegraph.substrate.engine;

import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronRules;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * One neuron type's constants as the event engine reads them: {@link NeuronType}'s parameters as
 * primitives (leak as a {@link NeuronRules} code, reset as a flag and a value, width as min and
 * max), plus what the engine derives from them: its update {@link #path} and whether its potential
 * can drift ({@link #still}). The methods apply {@link NeuronRules} to these constants.
 *
 * @param path         the update path the type allows: {@link #PLAIN}, {@link #LATCH}, {@link #GATE} or
 *                     {@link #GENERAL}
 * @param leakCode     {@link NeuronRules#LEAK_NONE} .. {@link NeuronRules#LEAK_LINEAR}
 * @param leakAmount   k of a SHIFT leak, d of a LINEAR one, else 0
 * @param bias         added every step
 * @param threshold    &theta;
 * @param softReset    a spike subtracts &theta; rather than setting {@code resetValue}
 * @param resetValue   the potential after a hard reset
 * @param refractory   steps of refractoriness after a spike, or {@link NeuronType#FIRE_ONCE}
 * @param fireChance   in units of 2^-16, {@link NeuronType#ALWAYS} for a deterministic type
 * @param min          the smallest potential of the declared width
 * @param max          the largest potential of the declared width
 * @param fullLeakRest {@code saturate(bias)}: where a FULL-leak type without input stays
 * @param still        no leak and no bias: the potential never drifts, so rest is just v &lt; &theta;
 */
record TypeConstants(int path, int leakCode, int leakAmount, int bias, int threshold, boolean softReset,
                     int resetValue, int refractory, int fireChance, int min, int max, int fullLeakRest,
                     boolean still) {

    /** Any leak, bias, reset, draw or refractory period: the engine's general update. */
    static final int GENERAL = 0;
    /** No leak, no bias, no refractory period, always fires, hard reset. */
    static final int PLAIN = 1;
    /** {@link #PLAIN} but fire-once. */
    static final int LATCH = 2;
    /** Any leak, bias, reset and fire chance, but no refractory period: no countdown, no latch. */
    static final int GATE = 3;

    /** The constants of {@code type}. */
    static TypeConstants of(NeuronType type) {
        boolean still = type.leak().kind() == Leak.Kind.NONE && type.bias() == 0;
        boolean simple = still && !type.stochastic() && !type.reset().isSoft();
        int path = !simple ? (type.refractory() == 0 ? GATE : GENERAL)
                : type.refractory() == 0 ? PLAIN : type.firesOnce() ? LATCH : GENERAL;
        return new TypeConstants(path, type.leak().code(), type.leak().amount(), type.bias(), type.threshold(),
                type.reset().isSoft(), type.reset().value(), type.refractory(), type.fireChance(),
                type.minPotential(), type.maxPotential(), type.saturate(type.bias()), still);
    }

    /** {@link NeuronRules#leak} of this type. */
    int leak(int v) {
        return NeuronRules.leak(leakCode, leakAmount, v);
    }

    /** {@link NeuronRules#saturate} at this type's width. */
    int saturate(long sum) {
        return NeuronRules.saturate(sum, min, max);
    }

    /** {@link NeuronRules#integrate}: steps 2 and 3 at v with this step's input. */
    int integrate(int v, long input) {
        return NeuronRules.integrate(leak(v), bias, input, min, max);
    }

    /** {@link NeuronRules#afterSpike}: the potential after a spike at v. */
    int afterSpike(int v) {
        return NeuronRules.afterSpike(v, softReset, resetValue, threshold, min, max);
    }

    /** {@link NeuronType#restsAt}: below threshold and a fixed point of leak + bias. */
    boolean restsAt(int v) {
        return NeuronRules.restsAt(v, threshold, still ? v : NeuronRules.drift(leakCode, leakAmount, bias, v, min, max));
    }

    /** v is a fixed point of leak + bias ({@link #restsAt} of a neuron known to be below threshold). */
    boolean fixedPoint(int v) {
        return still || NeuronRules.drift(leakCode, leakAmount, bias, v, min, max) == v;
    }
}
