package org.spikegraph.algorithms.shortestpath;

import org.spikegraph.algorithms.brick.Assumptions;
import org.spikegraph.algorithms.brick.Brick;
import org.spikegraph.algorithms.brick.BrickScope;
import org.spikegraph.algorithms.brick.Port;
import org.spikegraph.algorithms.brick.PortRef;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * The layered hop-bounded copy of a graph as a brick (Aimone et al., SPAA 2020): ports "layer0" ..
 * "layerK", each one fire-once OR gate per vertex; layer h receives u(h-1) &rarr; v(h) with delay
 * w + 1 for every arc (u, v) of integer weight w (1 when unweighted), and v(h-1) &rarr; v(h) with
 * delay 1. Forced at step 0 in layer 0, vertex v of layer h first spikes at dist_&le;h(v) + h.
 *
 * @param graph  the graph, integer weights &ge; 0
 * @param layers k + 1 for paths of at most k arcs
 */
public record LayeredWavefront(CsrGraph graph, int layers) implements Brick {

    /** @return the name of layer {@code h}'s port */
    public static String layer(int h) {
        return "layer" + h;
    }

    @Override
    public String kind() {
        return "layered-wavefront";
    }

    @Override
    public Assumptions assumptions() {
        int[] in = new int[graph.vertexCount()];
        int max = 0;
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                if (graph.target(a) != u) {
                    max = Math.max(max, ++in[graph.target(a)]);
                }
            }
        }
        return Assumptions.orLatches(layers > 1 ? max + 1 : 0);
    }

    @Override
    public void build(BrickScope scope) {
        int n = graph.vertexCount();
        PortRef[] layer = new PortRef[layers];
        for (int h = 0; h < layers; h++) {
            layer[h] = scope.port(layer(h), Port.Direction.OUT, NeuronType.latch(1), n);
        }
        for (int h = 1; h < layers; h++) {
            for (int u = 0; u < n; u++) {
                scope.synapse(layer[h - 1], u, layer[h], u, 1, 1);
                for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                    int v = graph.target(a);
                    if (v != u) {
                        long w = graph.weighted() ? (long) graph.weight(a) : 1;
                        scope.synapse(layer[h - 1], u, layer[h], v, 1, (int) (w + 1));
                    }
                }
            }
        }
    }
}
