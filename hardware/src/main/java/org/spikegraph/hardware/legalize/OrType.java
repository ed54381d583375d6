package org.spikegraph.hardware.legalize;

import org.spikegraph.substrate.neuron.NeuronType;

/** OR-type neurons ({@link Legalizer}, "OR-type neurons"): the ones whose inputs may be merged or rescaled to 1 exactly. */
final class OrType {

    private OrType() {}

    /** The type part of OR-type: &theta; = 1, bias 0, hard reset 0, deterministic. */
    static boolean orTypeParameters(NeuronType t) {
        return t.threshold() == 1 && t.bias() == 0 && !t.stochastic() && !t.reset().isSoft() && t.reset().value() == 0;
    }

    /** OR-type neurons of the working network: type parameters and every incoming weight &ge; 1. */
    static boolean[] orNeurons(WorkingNetwork net) {
        boolean[] or = new boolean[net.neuronCount()];
        for (int i = 0; i < or.length; i++) {
            or[i] = orTypeParameters(net.type.get(i));
        }
        for (int j = 0; j < net.synapseCount(); j++) {
            if (net.weight.getInt(j) < 1) {
                or[net.tgt.getInt(j)] = false;
            }
        }
        return or;
    }

    static String whyNotOr(WorkingNetwork net, int neuron) {
        NeuronType t = net.type.get(neuron);
        if (!orTypeParameters(t)) {
            return "its type " + t + " is not OR-type (needs threshold 1, bias 0, hard reset 0, fire chance 1)";
        }
        for (int j = 0; j < net.synapseCount(); j++) {
            if (net.tgt.getInt(j) == neuron && net.weight.getInt(j) < 1) {
                return "synapse " + net.src.getInt(j) + " -> " + neuron + " has weight " + net.weight.getInt(j)
                        + " (an OR-type neuron needs every incoming weight >= 1)";
            }
        }
        return "it is not OR-type";
    }
}
