package org.spikegraph.hardware.legalize;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * A mutable copy of a network that the passes rewrite in place: per-neuron types and parallel
 * per-synapse arrays (source, target, weight, delay). Synapse ids are stable; passes only append
 * neurons and synapses and change fields of existing synapses.
 */
final class WorkingNetwork {

    final List<NeuronType> type = new ArrayList<>();
    final IntArrayList src = new IntArrayList();
    final IntArrayList tgt = new IntArrayList();
    final IntArrayList weight = new IntArrayList();
    final IntArrayList delay = new IntArrayList();
    /** The most bytes one pass may spend on relays (besides the JVM's free heap); see {@code Legalizer.requireRoom}. */
    long heapBytes = Long.MAX_VALUE;
    /** Neurons of the network the legalizer was given (ids below it); the passes' relays come after. */
    int originalNeurons;

    static WorkingNetwork of(Network network) {
        WorkingNetwork w = new WorkingNetwork();
        for (int i = 0; i < network.neuronCount(); i++) {
            w.type.add(network.type(i));
        }
        network.forEachSynapse(w::addSynapse);
        w.originalNeurons = network.neuronCount();
        return w;
    }

    int neuronCount() {
        return type.size();
    }

    int synapseCount() {
        return src.size();
    }

    int addNeuron(NeuronType t) {
        type.add(t);
        return type.size() - 1;
    }

    int addSynapse(int source, int target, int w, int d) {
        src.add(source);
        tgt.add(target);
        weight.add(w);
        delay.add(d);
        return src.size() - 1;
    }

    /** Synapse ids grouped by {@code endpoint} (src or tgt): CSR start offsets in [0], ids in [1]. */
    int[][] groupBy(IntArrayList endpoint) {
        int n = neuronCount();
        int m = synapseCount();
        int[] start = new int[n + 1];
        for (int j = 0; j < m; j++) {
            start[endpoint.getInt(j) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] next = java.util.Arrays.copyOf(start, n);
        int[] ids = new int[m];
        for (int j = 0; j < m; j++) {
            ids[next[endpoint.getInt(j)]++] = j;
        }
        return new int[][] {start, ids};
    }

    int[] degrees(IntArrayList endpoint) {
        int[] deg = new int[neuronCount()];
        for (int j = 0; j < synapseCount(); j++) {
            deg[endpoint.getInt(j)]++;
        }
        return deg;
    }

    Network build() {
        NetworkBuilder b = Network.builder();
        for (NeuronType t : type) {
            b.neuron(t);
        }
        for (int j = 0; j < synapseCount(); j++) {
            b.synapse(src.getInt(j), tgt.getInt(j), weight.getInt(j), delay.getInt(j));
        }
        return b.build();
    }
}
