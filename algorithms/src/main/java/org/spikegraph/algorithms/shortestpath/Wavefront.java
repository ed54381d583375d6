package org.spikegraph.algorithms.shortestpath;

import org.spikegraph.algorithms.brick.Assumptions;
import org.spikegraph.algorithms.brick.Brick;
import org.spikegraph.algorithms.brick.BrickScope;
import org.spikegraph.algorithms.brick.Port;
import org.spikegraph.algorithms.brick.PortRef;
import org.spikegraph.algorithms.graph.CsrGraph;
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
}
