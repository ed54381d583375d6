package org.spikegraph.algorithms.randomwalk;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import org.spikegraph.algorithms.brick.Assumptions;
import org.spikegraph.algorithms.brick.Brick;
import org.spikegraph.algorithms.brick.BrickScope;
import org.spikegraph.algorithms.brick.Links;
import org.spikegraph.algorithms.brick.Port;
import org.spikegraph.algorithms.brick.PortRef;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * One graph step of {@link RandomWalkCompiler}'s unrolled walk as a brick: per vertex u a walker
 * queue (entry) and, for d(u) &ge; 2 positive-weight out-arcs, a stochastic {@link RoutingTree} fed
 * by it. Ports: "neuron" (every neuron of the layer, per vertex its entry then its tree in
 * pre-order) and "entry" (the entry of each vertex, selected from "neuron"). The last layer holds
 * the entries only. After it is placed, {@link #exits} says where each vertex's options leave the
 * layer: links from "neuron" to the next layer's "entry", padded so every walker that never waits
 * arrives {@code stepsPerGraphStep} steps after its entry released it.
 */
final class WalkerLayer implements Brick {

    private final CsrGraph graph;
    private final int[] degree;
    private final NeuronType queue;
    private final boolean last;
    private final int stepsPerGraphStep;
    private final int maxFanIn;
    private Links exits;

    /**
     * @param degree            positive-weight out-arcs per vertex, 0 when absorbing
     * @param queue             the entry type (holds up to N walkers)
     * @param last              whether this is layer T (entries only)
     * @param stepsPerGraphStep D
     * @param maxFanIn          the most synapses into an entry (positive in-arcs), declared
     */
    WalkerLayer(CsrGraph graph, int[] degree, NeuronType queue, boolean last, int stepsPerGraphStep, int maxFanIn) {
        this.graph = graph;
        this.degree = degree;
        this.queue = queue;
        this.last = last;
        this.stepsPerGraphStep = stepsPerGraphStep;
        this.maxFanIn = maxFanIn;
    }

    @Override
    public String kind() {
        return last ? "walker-queues" : "walker-queues-and-routing-trees";
    }

    @Override
    public Assumptions assumptions() {
        // entries are queues (soft reset, many spikes per run), tree nodes stochastic
        return RoutingTree.queuesAndTrees(queue, Math.max(2, maxFanIn), !last);
    }

    @Override
    public void build(BrickScope scope) {
        int n = graph.vertexCount();
        List<NeuronType> types = new ArrayList<>();
        int[] entry = new int[n];
        for (int u = 0; u < n; u++) {
            entry[u] = types.size();
            types.add(queue);
            if (!last && degree[u] > 1) {
                RoutingTree.addNeurons(types::add, RandomWalkCompiler.choices(graph, u, degree[u], null), 0, degree[u]);
            }
        }
        PortRef neuron = scope.port("neuron", Port.Direction.OUT, types.size(), types::get);
        scope.select("entry", Port.Direction.IN, neuron, entry);
        IntArrayList from = new IntArrayList();
        IntArrayList to = new IntArrayList();
        IntArrayList delay = new IntArrayList();
        if (!last) {
            int[] targets = new int[n == 0 ? 0 : maxDegree()];
            for (int u = 0; u < n; u++) {
                if (degree[u] == 0) {
                    continue;
                }
                RandomWalkCompiler.choices(graph, u, degree[u], targets);
                RoutingTree.addSynapses((f, t, w, d) -> scope.synapse(neuron, f, neuron, t, w, d), entry[u], entry[u] + 1,
                        0, degree[u], (option, exit, offset) -> {
                            from.add(exit);
                            to.add(targets[option]);
                            delay.add(stepsPerGraphStep - offset);
                        });
            }
        }
        exits = Links.arcs(from.toIntArray(), to.toIntArray(), new int[] {1}, delay.toIntArray());
    }

    /** @return the links from this layer's "neuron" port to the next layer's "entry" port; after placing */
    Links exits() {
        if (exits == null) {
            throw new IllegalStateException("place the layer before asking for its exits");
        }
        return exits;
    }

    private int maxDegree() {
        int max = 0;
        for (int d : degree) {
            max = Math.max(max, d);
        }
        return max;
    }
}
