package org.spikegraph.algorithms.dag;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import org.spikegraph.algorithms.brick.Composer;
import org.spikegraph.algorithms.brick.Links;
import org.spikegraph.algorithms.brick.Port;
import org.spikegraph.algorithms.brick.PortRef;
import org.spikegraph.algorithms.brick.ThresholdGates;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Compiles longest paths in a DAG (critical paths) into one run of all-inputs-arrived neurons
 * (DESIGN.md's algorithms table: "neuron threshold = in-degree ("all inputs arrived"), delay = arc
 * length; T(v) = longest path; vertices on cycles never fire, which also detects cycles").
 *
 * <p>One fire-once neuron per vertex with no leak and threshold = its in-degree (arcs counted with
 * multiplicity, self-loops included), one synapse (weight 1, delay = arc length) per arc; the sources
 * (in-degree 0) get threshold 1 and are forced to spike at step 0. A vertex fires when the last of
 * its in-arcs delivers, at T(v) = max over arcs (u, v) of T(u) + w(u, v): its longest distance from
 * any source. A vertex on a cycle, or reachable from one, waits forever for an input that never
 * comes; the host then names a cycle by walking from a vertex that did not fire to an in-neighbour
 * that did not fire either (one always exists) until a vertex repeats. <b>Runs: 1.</b>
 *
 * <p>Arc lengths must be integers &ge; 1 (an unweighted graph: 1); the graph must be directed, and
 * every in-degree at most {@link Network#MAX_ABS_INPUT} (the substrate's bound on a neuron's total
 * incoming |weight|).
 */
public final class LongestPathCompiler {

    private final CsrGraph graph;
    private final int[] inDegree;
    private Network network;
    private PortRef vertex;

    /**
     * @throws IllegalArgumentException for an undirected graph, an arc length that is not an integer
     *                                  &ge; 1 (naming the arc), an in-degree above 2^30, or when a path
     *                                  could weigh more than 2^53 ({@link DelayEncoding#checkPathSums})
     */
    public LongestPathCompiler(CsrGraph graph) {
        if (!graph.directed()) {
            throw new IllegalArgumentException("longest paths need a directed graph (every undirected edge is a cycle)");
        }
        int n = graph.vertexCount();
        inDegree = new int[n];
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                double w = graph.weight(a);
                if (graph.weighted() && (w < 1 || w != Math.rint(w) || w > Integer.MAX_VALUE)) {
                    throw new IllegalArgumentException("arc " + graph.name(u) + " -> " + graph.name(graph.target(a))
                            + " has length " + w + ": longest paths need integer lengths >= 1 (they are delays)");
                }
                int v = graph.target(a);
                if (++inDegree[v] > Network.MAX_ABS_INPUT) {
                    throw new IllegalArgumentException("vertex " + graph.name(v) + " has more than "
                            + Network.MAX_ABS_INPUT + " in-arcs, above the substrate's bound on a neuron's input");
                }
            }
        }
        if (graph.weighted() && graph.arcCount() > 0) {
            DelayEncoding.checkPathSums(n, Math.max(Math.abs(graph.minWeight()), Math.abs(graph.maxWeight())));
        }
        this.graph = graph;
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /**
     * The compiled network: one {@link ThresholdGates} brick, an all-inputs-arrived gate per vertex
     * (vertex v is neuron v), wired to itself along every arc.
     */
    public synchronized Network network() {
        if (network == null) {
            network = build();
        }
        return network;
    }

    private int length(int arc) {
        return graph.weighted() ? (int) graph.weight(arc) : 1;
    }

    private Network build() {
        int n = graph.vertexCount();
        int[] threshold = new int[n];
        int maxIn = 0;
        for (int v = 0; v < n; v++) {
            threshold[v] = Math.max(1, inDegree[v]);
            maxIn = Math.max(maxIn, inDegree[v]);
        }
        int m = graph.arcCount();
        int[] tails = new int[m];
        int[] heads = new int[m];
        int[] lengths = new int[m];
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                tails[a] = u;
                heads[a] = graph.target(a);
                lengths[a] = length(a);
            }
        }
        Composer composer = new Composer();
        vertex = composer.add("dag", new ThresholdGates("vertex", threshold, Port.Direction.IN_OUT, maxIn, 2)).port("vertex");
        composer.connect(vertex, vertex, Links.arcs(tails, heads, new int[] {1}, lengths));
        return composer.build().network();
    }

    /** The sources (in-degree 0), forced at step 0. */
    public int[] sources() {
        IntArrayList s = new IntArrayList();
        for (int v = 0; v < inDegree.length; v++) {
            if (inDegree[v] == 0) {
                s.add(v);
            }
        }
        return s.toIntArray();
    }

    /** Every vertex that fires does so by (n - 1) &middot; maxDelay; the last delivery lands maxDelay later. */
    public long stepBound() {
        long d = Math.max(1, network().maxDelay());
        return Math.max(0, graph.vertexCount() - 1) * d + d + 1;
    }

    /** The longest-path circuit: one run until quiescence. */
    public Circuit<LongestPaths> circuit() {
        int[] sources = sources();
        network();
        Stimulus stimulus = sources.length == 0 ? Stimulus.none() : Stimulus.spikes(0, vertex.ids(sources));
        StopCondition stop = StopCondition.afterSteps(stepBound()).orQuiescent();
        return new Circuit<>("dag-longest", network(), stimulus, stop, Recording.firstSpikeTimes(), this::decode);
    }

    private LongestPaths decode(Run run) {
        int n = graph.vertexCount();
        long lastFirst = Math.max(0, n - 1) * (long) Math.max(1, network().maxDelay());
        if (run.stopReason() == StopReason.STEP_LIMIT && run.stepsSpanned() <= lastFirst) {
            throw new IncompleteRunException("the wave was still moving after " + run.stepsSpanned()
                    + " steps: raise the step limit (--max-steps)");
        }
        long[] first = vertex.slice(run.firstSpikes());
        long[] distance = new long[n];
        int[] critical = new int[n];
        Arrays.fill(critical, -1);
        for (int v = 0; v < n; v++) {
            distance[v] = first[v] == Run.NEVER ? LongestPaths.NOT_FIRED : first[v];
        }
        for (int u = 0; u < n; u++) {
            if (first[u] == Run.NEVER) {
                continue;
            }
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                int v = graph.target(a);
                if (critical[v] < 0 && first[v] != Run.NEVER && first[u] + length(a) == first[v]) {
                    critical[v] = a;
                }
            }
        }
        return new LongestPaths(graph, distance, critical, findCycle(first));
    }

    /** Walks back from the lowest vertex that did not fire through in-neighbours that did not fire, to a repeat. */
    private int[] findCycle(long[] first) {
        int n = graph.vertexCount();
        int start = -1;
        for (int v = 0; v < n && start < 0; v++) {
            if (first[v] == Run.NEVER) {
                start = v;
            }
        }
        if (start < 0) {
            return new int[0];
        }
        CsrGraph reverse = graph.reverse();
        int[] position = new int[n];
        Arrays.fill(position, -1);
        IntArrayList walk = new IntArrayList();
        int v = start;
        while (position[v] < 0) {
            position[v] = walk.size();
            walk.add(v);
            int next = -1;
            for (int a = reverse.outStart(v); a < reverse.outEnd(v) && next < 0; a++) {
                if (first[reverse.target(a)] == Run.NEVER) {
                    next = reverse.target(a);
                }
            }
            if (next < 0) {
                throw new IllegalStateException("vertex " + graph.name(v) + " did not fire although all its "
                        + "in-neighbours did: the run is not the all-inputs wave");
            }
            v = next;
        }
        // walk[position[v]] .. end is the cycle backwards: v <- w1 <- w2 <- ... <- v
        int[] back = walk.subList(position[v], walk.size()).toIntArray();
        int[] cycle = new int[back.length];
        cycle[0] = back[0];
        for (int i = 1; i < back.length; i++) {
            cycle[i] = back[back.length - i];
        }
        return cycle;
    }
}
