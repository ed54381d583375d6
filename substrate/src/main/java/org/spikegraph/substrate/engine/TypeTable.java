package org.spikegraph.substrate.engine;

import java.util.List;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * Neuron types flattened into primitive arrays for the event engine's inner loop. The arithmetic
 * here restates {@link NeuronType}'s rules on primitives; the equivalence properties check that it
 * agrees with the reference engine, which uses the records themselves.
 */
final class TypeTable {

    static final int LEAK_NONE = 0;
    static final int LEAK_FULL = 1;
    static final int LEAK_SHIFT = 2;
    static final int LEAK_LINEAR = 3;

    final int[] threshold;
    final int[] bias;
    final int[] leakKind;
    final int[] leakAmount;
    final boolean[] softReset;
    final int[] resetValue;
    final int[] refractory;
    final int[] fireChance;
    final int[] min;
    final int[] max;
    /** clamp(bias): the potential every step of a FULL-leak type without input reaches. */
    final int[] fullLeakRest;
    /** No leak and no bias: the potential never drifts, so rest is just v &lt; threshold. */
    final boolean[] still;
    /**
     * The fast path a type allows: {@link #PLAIN} (no leak, no bias, no refractory period, always
     * fires, hard reset), {@link #LATCH} (the same but fire-once), {@link #GATE} (any leak, bias,
     * reset and fire chance, but no refractory period: no countdown, no latch), or {@link #GENERAL}.
     */
    final int[] path;
    static final int GENERAL = 0;
    static final int PLAIN = 1;
    static final int LATCH = 2;
    static final int GATE = 3;
    /**
     * Per type, the constants of the engine's inline update paths in one array: path, leak kind,
     * bias, threshold, min, max, full-leak rest, still (1 or 0).
     */
    final int[][] inline;
    /** Some type has a finite refractory period &gt; 0, so the engine needs per-neuron countdowns. */
    final boolean countsDown;

    TypeTable(List<NeuronType> types) {
        int k = types.size();
        threshold = new int[k];
        bias = new int[k];
        leakKind = new int[k];
        leakAmount = new int[k];
        softReset = new boolean[k];
        resetValue = new int[k];
        refractory = new int[k];
        fireChance = new int[k];
        min = new int[k];
        max = new int[k];
        still = new boolean[k];
        fullLeakRest = new int[k];
        path = new int[k];
        boolean countdown = false;
        for (int t = 0; t < k; t++) {
            NeuronType type = types.get(t);
            threshold[t] = type.threshold();
            bias[t] = type.bias();
            leakKind[t] = switch (type.leak().kind()) {
                case NONE -> LEAK_NONE;
                case FULL -> LEAK_FULL;
                case SHIFT -> LEAK_SHIFT;
                case LINEAR -> LEAK_LINEAR;
            };
            leakAmount[t] = type.leak().amount();
            softReset[t] = type.reset().isSoft();
            resetValue[t] = type.reset().value();
            refractory[t] = type.refractory();
            fireChance[t] = type.fireChance();
            min[t] = type.minPotential();
            max[t] = type.maxPotential();
            fullLeakRest[t] = type.saturate(type.bias());
            still[t] = type.leak().kind() == Leak.Kind.NONE && type.bias() == 0;
            countdown |= type.refractory() > 0;
            boolean simple = still[t] && !type.stochastic() && !type.reset().isSoft();
            path[t] = !simple ? (type.refractory() == 0 ? GATE : GENERAL)
                    : type.refractory() == 0 ? PLAIN : type.firesOnce() ? LATCH : GENERAL;
        }
        countsDown = countdown;
        inline = new int[k][];
        for (int t = 0; t < k; t++) {
            inline[t] = new int[] {path[t], leakKind[t], bias[t], threshold[t], min[t], max[t], fullLeakRest[t], still[t] ? 1 : 0};
        }
    }

    int leak(int t, int v) {
        switch (leakKind[t]) {
            case LEAK_NONE:
                return v;
            case LEAK_FULL:
                return 0;
            case LEAK_SHIFT:
                return v - (v >> leakAmount[t]);
            default:
                return v > 0 ? Math.max(0, v - leakAmount[t]) : Math.min(0, v + leakAmount[t]);
        }
    }

    int clamp(int t, long v) {
        return v > max[t] ? max[t] : v < min[t] ? min[t] : (int) v;
    }

    /** {@link NeuronType#restsAt}: below threshold and a fixed point of leak + bias. */
    boolean restsAt(int t, int v) {
        return v < threshold[t] && (still[t] || clamp(t, (long) leak(t, v) + bias[t]) == v);
    }
}
