package org.spikegraph.algorithms.flow;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.run.Engine;

/**
 * Maximum flow and minimum cut by spiking Edmonds–Karp (Ali &amp; Kwisthout 2019; Fugu's
 * FlowAugmentingPath): each run is the hop wavefront of {@link ShortestPathCompiler} with
 * {@link DelayEncoding#hops()} on the residual graph (one arc per residual capacity &gt; 1e-9: u &rarr; v
 * for unused capacity of an arc u &rarr; v, v &rarr; u for flow that can be pushed back), stopped
 * when the sink spikes; its predecessors give a shortest augmenting path, the host pushes the path's
 * bottleneck along it and compiles the next residual graph. The run in which the sink never spikes
 * ends the search, and the vertices it reached are the source side of a minimum cut. As in
 * Edmonds–Karp there are at most O(n&middot;m) augmentations; runs = augmentations + 1.
 *
 * <p>Capacities are the arcs' weights (1 when unweighted) and must be finite and &ge; 0; an
 * undirected edge is two arcs, one each way, each with the edge's capacity (as in JGraphT).
 * Self-loops carry nothing.
 */
public final class MaxFlowCompiler {

    /** Residual capacities at or below this are treated as zero (JGraphT's default epsilon). */
    public static final double EPSILON = 1e-9;

    private final CsrGraph graph;
    private final int source;
    private final int sink;
    private final int[] tails;
    private final int[] inStart;
    private final int[] inArcs;

    /**
     * @throws IllegalArgumentException for a vertex out of range, source = sink, or a negative, NaN or
     *                                  infinite capacity (naming the arc)
     */
    public MaxFlowCompiler(CsrGraph graph, int source, int sink) {
        int n = graph.vertexCount();
        for (int v : new int[] {source, sink}) {
            if (v < 0 || v >= n) {
                throw new IllegalArgumentException("vertex index " + v + " is not in the graph (indices 0.." + (n - 1) + ")");
            }
        }
        if (source == sink) {
            throw new IllegalArgumentException("the source and the sink must differ (both are "
                    + graph.name(source) + ")");
        }
        this.graph = graph;
        this.source = source;
        this.sink = sink;
        int m = graph.arcCount();
        tails = new int[m];
        inStart = new int[n + 1];
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                tails[a] = u;
                double w = graph.weight(a);
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("arc " + graph.name(u) + " -> "
                            + graph.name(graph.target(a)) + " has capacity " + w
                            + ": capacities must be finite numbers >= 0");
                }
                inStart[graph.target(a) + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            inStart[v + 1] += inStart[v];
        }
        inArcs = new int[m];
        int[] pos = java.util.Arrays.copyOf(inStart, n);
        for (int a = 0; a < m; a++) {
            inArcs[pos[graph.target(a)]++] = a;
        }
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** One residual graph: its CSR, and for each residual arc the graph arc it comes from (backward: ~arc). */
    public record Residual(CsrGraph graph, int[] origin) {}

    /** The residual graph of {@code flow}, arcs added in tail order so residual arc i is the i-th added. */
    public Residual residual(double[] flow) {
        int n = graph.vertexCount();
        CsrGraphBuilder b = new CsrGraphBuilder(true, graph.arcCount());
        b.vertexCount(n).ids(graph.ids());
        IntArrayList origin = new IntArrayList();
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                int v = graph.target(a);
                if (v != u && graph.weight(a) - flow[a] > EPSILON) {
                    b.addArc(u, v);
                    origin.add(a);
                }
            }
            for (int i = inStart[u]; i < inStart[u + 1]; i++) {
                int a = inArcs[i];
                if (tails[a] != u && flow[a] > EPSILON) {
                    b.addArc(u, tails[a]);
                    origin.add(~a);
                }
            }
        }
        return new Residual(b.build(), origin.toIntArray());
    }

    /** The point-to-point hop wavefront on a residual graph. */
    public Circuit<ShortestPaths> search(Residual residual) {
        return new ShortestPathCompiler(residual.graph(), DelayEncoding.hops(), PathReadout.HOST).pointToPoint(source, sink);
    }

    /**
     * The host's state between searches: the flow so far, the residual graph the next search runs on,
     * the augmentations and runs made, and the last search's answer. Private to one execution:
     * updated in place.
     */
    private static final class Augmenting {
        final double[] flow;
        Residual residual;
        int augmentations;
        int runs;
        ShortestPaths last;

        Augmenting(double[] flow, Residual residual) {
            this.flow = flow;
            this.residual = residual;
        }
    }

    /**
     * The whole flow as a host loop of searches: each round is the hop wavefront on the current
     * residual graph ({@link #search}); when it reaches the sink the host pushes the path's
     * bottleneck along it and compiles the next residual graph; the round in which the sink is not
     * reached is the last, and its wave is the source side of a minimum cut. Runs = augmentations + 1.
     */
    public Program<MaxFlow> program() {
        return new HostLoop<Augmenting, MaxFlow>() {
            @Override
            public String problem() {
                return "maxflow";
            }

            @Override
            public Augmenting start() {
                double[] flow = new double[graph.arcCount()];
                return new Augmenting(flow, residual(flow));
            }

            @Override
            public Round<Augmenting, ?> next(Augmenting state) {
                return state.last != null && !state.last.reached(sink) ? null
                        : new Round<>(search(state.residual), MaxFlowCompiler.this::augment);
            }

            @Override
            public MaxFlow finish(Augmenting state) {
                return flow(state);
            }
        };
    }

    /** Runs every search on {@code engine}: {@code program().execute(engine, seed).answer()}. */
    public MaxFlow solve(Engine engine, long seed) {
        return program().execute(engine, seed).answer();
    }

    /** Pushes the bottleneck along the path a search found (if it reached the sink) and compiles the next residual graph. */
    private Augmenting augment(Augmenting state, ShortestPaths sp) {
        state.runs++;
        state.last = sp;
        if (!sp.reached(sink)) {
            return state;
        }
        double[] flow = state.flow;
        Residual residual = state.residual;
        int[] path = sp.pathArcs(sink);
        double bottleneck = Double.POSITIVE_INFINITY;
        for (int ra : path) {
            int o = residual.origin()[ra];
            bottleneck = Math.min(bottleneck, o >= 0 ? graph.weight(o) - flow[o] : flow[~o]);
        }
        for (int ra : path) {
            int o = residual.origin()[ra];
            if (o >= 0) {
                flow[o] = Math.min(graph.weight(o), flow[o] + bottleneck);
            } else {
                flow[~o] = Math.max(0, flow[~o] - bottleneck);
            }
        }
        state.augmentations++;
        state.residual = residual(flow);
        return state;
    }

    /** The flow, its value and the cut the last search (which did not reach the sink) gives. */
    private MaxFlow flow(Augmenting state) {
        boolean[] sourceSide = new boolean[graph.vertexCount()];
        for (int v = 0; v < sourceSide.length; v++) {
            sourceSide[v] = state.last.reached(v);
        }
        double[] flow = state.flow;
        double net = 0;
        for (int a = graph.outStart(source); a < graph.outEnd(source); a++) {
            net += flow[a];
        }
        for (int i = inStart[source]; i < inStart[source + 1]; i++) {
            net -= flow[inArcs[i]];
        }
        return new MaxFlow(graph, source, sink, flow, net, sourceSide, state.augmentations, state.runs);
    }
}
