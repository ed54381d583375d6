package org.spikegraph.spark;

import java.io.Serializable;
import java.util.List;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronRules;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * The neuron types the Spark engine runs: <em>input-driven</em> ones, whose step without input
 * changes nothing in any reachable state, so a neuron is updated exactly at the steps it receives
 * input and never is live. That is: no leak, no bias, always fires at threshold, refractory 0 or
 * {@link NeuronType#FIRE_ONCE}, and a hard reset to a value below the threshold (any width). The
 * latches of the wavefronts (SSSP, BFS), components, spanning forests and threshold gates, and
 * integrate-and-fire OR/AND neurons are of this kind. Holds the constants the supersteps need.
 */
final class InputDrivenTypes implements Serializable {

    private static final long serialVersionUID = 1L;

    final int[] threshold;
    final int[] resetValue;
    final int[] min;
    final int[] max;
    final boolean[] firesOnce;

    private InputDrivenTypes(List<NeuronType> types) {
        int k = types.size();
        threshold = new int[k];
        resetValue = new int[k];
        min = new int[k];
        max = new int[k];
        firesOnce = new boolean[k];
        for (int t = 0; t < k; t++) {
            NeuronType type = types.get(t);
            threshold[t] = type.threshold();
            resetValue[t] = type.reset().value();
            min[t] = NeuronRules.minPotential(type.potentialBits());
            max[t] = NeuronRules.maxPotential(type.potentialBits());
            firesOnce[t] = type.firesOnce();
        }
    }

    /**
     * The constants of {@code types}.
     *
     * @throws IllegalArgumentException naming the first type the engine does not run and why
     */
    static InputDrivenTypes of(List<NeuronType> types) {
        for (int t = 0; t < types.size(); t++) {
            String why = unsupported(types.get(t));
            if (why != null) {
                throw new IllegalArgumentException("the spark engine runs input-driven neuron types only; type " + t + " ("
                        + types.get(t) + ") " + why + ": run it with --engine event");
            }
        }
        return new InputDrivenTypes(types);
    }

    /** Why the engine cannot run {@code type}, or null when it can. */
    static String unsupported(NeuronType type) {
        if (type.leak().kind() != Leak.Kind.NONE) {
            return "leaks";
        }
        if (type.bias() != 0) {
            return "has a bias";
        }
        if (type.stochastic()) {
            return "fires at random";
        }
        if (type.refractory() > 0) {
            return "has a refractory period (only 0 or FIRE_ONCE)";
        }
        if (type.reset().isSoft()) {
            return "resets softly";
        }
        if (type.reset().value() >= type.threshold()) {
            return "resets to a value at or above its threshold";
        }
        return null;
    }
}
