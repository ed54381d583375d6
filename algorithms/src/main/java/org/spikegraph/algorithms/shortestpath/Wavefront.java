package org.spikegraph.algorithms.shortestpath;

import org.spikegraph.algorithms.brick.Assumptions;
import org.spikegraph.algorithms.brick.Brick;
import org.spikegraph.algorithms.brick.BrickScope;
import org.spikegraph.algorithms.brick.Port;
import org.spikegraph.algorithms.brick.PortRef;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.RowWriter;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * The delay-coded wavefront as a brick (Aimone et al., SPAA 2020): port "vertex", one fire-once OR
 * gate per vertex, one synapse per arc (self-loops left out) whose delay encodes the arc's weight.
 * Forced at step 0, the sources' spikes reach every vertex at its distance in steps.
 *
 * @param graph    the graph
 * @param encoding weights as delays
 */
public record Wavefront(CsrGraph graph, DelayEncoding encoding) implements Brick {

    /** The port of the vertex neurons. */
    public static final String VERTEX = "vertex";

    @Override
    public String kind() {
        return "wavefront";
    }

    @Override
    public Assumptions assumptions() {
        int[] in = new int[graph.vertexCount()];
        int max = 0;
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                int v = graph.target(a);
                if (v != u) {
                    max = Math.max(max, ++in[v]);
                }
            }
        }
        return Assumptions.orLatches(max);
    }

    @Override
    public void build(BrickScope scope) {
        PortRef vertex = scope.port(VERTEX, Port.Direction.OUT, NeuronType.latch(1), graph.vertexCount());
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                int v = graph.target(a);
                if (v != u) {
                    scope.synapse(vertex, u, vertex, v, 1, encoding.delay(graph.weight(a)));
                }
            }
        }
    }

    /**
     * The network of this brick alone, as a {@link org.spikegraph.algorithms.brick.Composer} with no
     * other brick builds it (vertex v is neuron v, the same synapses in the same order), written
     * straight into the network's final rows: no per-synapse intermediate, no sort. The compile path
     * of single queries (host path readout), where the build is part of the time a user waits.
     */
    public Network network() {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] weights = graph.weights();
        RowWriter rows = RowWriter.of(NeuronType.latch(1), n, graph.arcCount() - graph.selfLoopCount(), 1);
        boolean integer = weights != null && encoding.kind() == DelayEncoding.Kind.INTEGER;
        int unweighted = encoding.delay(1.0); // every arc's delay when the graph has no weights
        for (int u = 0; u < n; u++) {
            int end = offsets[u + 1];
            for (int a = offsets[u]; a < end; a++) {
                int v = targets[a];
                if (v != u) {
                    int delay = integer ? (int) weights[a] : weights == null ? unweighted : encoding.delay(weights[a]);
                    rows.synapse(v, 0, delay);
                }
            }
            rows.endRow();
        }
        return rows.build();
    }
}
