package org.spikegraph.algorithms.shortestpath;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import org.spikegraph.algorithms.brick.Composer;
import org.spikegraph.algorithms.brick.Placed;
import org.spikegraph.algorithms.brick.PortRef;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Compiles hop-bounded shortest paths (at most k arcs) into a layered wavefront (Aimone et al.,
 * SPAA 2020): k + 1 layers of fire-once vertex neurons; layer h receives u(h-1) &rarr; v(h) with
 * delay w + 1 for every arc (u, v) of weight w, and v(h-1) &rarr; v(h) with delay 1. By induction
 * T_h(v) = dist_&le;h(v) + h, so the distance with at most k arcs is T_k(v) - k. Zero weights need no
 * scaling here (every delay is at least 1). Weights must be integers &ge; 0 (unweighted graphs count
 * arcs). Neurons: (k + 1) n; synapses: k (m + n).
 */
public final class HopBoundedCompiler {

    private final CsrGraph graph;

    /**
     * @throws IllegalArgumentException for negative or non-integer weights
     */
    public HopBoundedCompiler(CsrGraph graph) {
        DelayEncoding.checkWeights(graph);
        if (!graph.integralWeights()) {
            throw new IllegalArgumentException("hop-bounded shortest paths take integer weights >= 0");
        }
        if (graph.weighted() && graph.arcCount() > 0 && graph.maxWeight() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the largest weight " + graph.maxWeight() + " does not fit a delay");
        }
        this.graph = graph;
    }

    /**
     * The circuit for paths from {@code source} of at most {@code k} arcs.
     *
     * @throws IllegalArgumentException when the layered network would exceed the substrate's limits
     */
    public Circuit<HopBoundedPaths> compile(int source, int k) {
        int n = graph.vertexCount();
        if (source < 0 || source >= n) {
            throw new IllegalArgumentException("source vertex index " + source + " is not in the graph (0.." + (n - 1) + ")");
        }
        if (k < 0) {
            throw new IllegalArgumentException("the hop limit must be >= 0, got " + k);
        }
        long neurons = (long) (k + 1) * n;
        long synapses = (long) k * (graph.arcCount() + n);
        if (neurons > NetworkBuilder.MAX_ELEMENTS || synapses > NetworkBuilder.MAX_ELEMENTS) {
            throw new IllegalArgumentException("a hop limit of " + k + " needs " + neurons + " neurons and " + synapses
                    + " synapses, above the " + NetworkBuilder.MAX_ELEMENTS + " a network holds: lower the hop limit");
        }
        Composer composer = new Composer();
        Placed layered = composer.add("layers", new LayeredWavefront(graph, k + 1));
        Network network = composer.build().network();
        PortRef[] layer = new PortRef[k + 1];
        for (int h = 0; h <= k; h++) {
            layer[h] = layered.port(LayeredWavefront.layer(h));
        }
        long maxWeight = 0;
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                if (graph.target(a) != u) {
                    maxWeight = Math.max(maxWeight, weight(a));
                }
            }
        }
        long bound = (long) k * (maxWeight + 1) + 2;
        StopCondition stop = StopCondition.afterSteps(bound).orQuiescent();
        return new Circuit<>("hop-bounded", network, Stimulus.spikes(0, layer[0].id(source)), stop, Recording.firstSpikeTimes(),
                run -> decode(run, source, k, layer));
    }

    private long weight(int arc) {
        return graph.weighted() ? (long) graph.weight(arc) : 1;
    }

    private HopBoundedPaths decode(Run run, int source, int k, PortRef[] layer) {
        if (run.stopReason() == StopReason.STEP_LIMIT) {
            throw new IncompleteRunException("the layered wavefront was still moving after " + run.stepsSpanned() + " steps");
        }
        int n = graph.vertexCount();
        long[] first = run.firstSpikes();
        long[] distance = new long[n];
        int[][] paths = new int[n][];
        int[] inStart = new int[n + 1];
        int[] inArc = inArcs(inStart);
        for (int v = 0; v < n; v++) {
            long t = first[layer[k].id(v)];
            distance[v] = t == Run.NEVER ? ShortestPaths.UNREACHED : t - k;
            if (t != Run.NEVER) {
                paths[v] = path(first, layer, inStart, inArc, v, k);
            }
        }
        return new HopBoundedPaths(graph, source, k, distance, paths);
    }

    /** Walks down the layers: stay on v while T_h(v) = T_(h-1)(v) + 1, else take an in-arc that explains T_h(v). */
    private int[] path(long[] first, PortRef[] layer, int[] inStart, int[] inArc, int v, int k) {
        IntArrayList arcs = new IntArrayList();
        int at = v;
        for (int h = k; h > 0; h--) {
            long t = first[layer[h].id(at)];
            long stay = first[layer[h - 1].id(at)];
            if (stay != Run.NEVER && stay + 1 == t) {
                continue;
            }
            int from = -1;
            for (int i = inStart[at]; i < inStart[at + 1] && from < 0; i++) {
                int a = inArc[i];
                int u = graph.tail(a);
                long tu = first[layer[h - 1].id(u)];
                if (u != at && tu != Run.NEVER && tu + weight(a) + 1 == t) {
                    from = a;
                    arcs.add(a);
                    at = u;
                }
            }
            if (from < 0) {
                throw new IllegalStateException("no arc explains the spike of vertex " + at + " in layer " + h);
            }
        }
        int[] path = arcs.toIntArray();
        return IntArrays.reverse(path);
    }

    private int[] inArcs(int[] inStart) {
        int n = graph.vertexCount();
        for (int a = 0; a < graph.arcCount(); a++) {
            inStart[graph.target(a) + 1]++;
        }
        for (int v = 0; v < n; v++) {
            inStart[v + 1] += inStart[v];
        }
        int[] next = inStart.clone();
        int[] inArc = new int[graph.arcCount()];
        for (int a = 0; a < graph.arcCount(); a++) {
            inArc[next[graph.target(a)]++] = a;
        }
        return inArc;
    }

}
