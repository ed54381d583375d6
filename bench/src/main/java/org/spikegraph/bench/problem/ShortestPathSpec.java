package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.conventional.PrimitiveBfs;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.ShortestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.substrate.run.Run;

/**
 * The shortest-path family (sssp, bfs, khop, multi-source): a delay-coded wavefront read into
 * {@link ShortestPaths}, checked against JGraphT; in {@code compare} every method is reduced to one
 * distance per vertex ({@link DistancesValidator#UNREACHED} when unreached).
 *
 * @param <P> the problem's parameters
 */
public abstract class ShortestPathSpec<P extends PathOptions> implements ProblemSpec<P, ShortestPaths> {

    @Override
    public boolean sourced() {
        return true;
    }

    @Override
    public int source(CsrGraph graph, P parameters) {
        return parameters.sourceIndex(graph);
    }

    /**
     * The wavefront compiler whose {@code singleSource} circuit is this spec's program from any source
     * under {@code parameters} (one network, the source only in the stimulus), or null when the program
     * is more than that.
     */
    ShortestPathCompiler lanesCompiler(CsrGraph graph, P parameters) {
        return null;
    }

    @Override
    public boolean runsInLanes(P parameters) {
        return parameters.readout() == PathReadout.HOST && lanesCompilerFor(parameters);
    }

    /** Whether {@link #lanesCompiler} gives a compiler for these parameters (without compiling). */
    boolean lanesCompilerFor(P parameters) {
        return false;
    }

    @Override
    public List<Circuit<ShortestPaths>> compileLanes(CsrGraph graph, P parameters, int[] sources, long seed) {
        if (!runsInLanes(parameters)) {
            throw new UnsupportedOperationException(name() + " has no lane form for these options");
        }
        ShortestPathCompiler compiler = lanesCompiler(graph, parameters);
        List<Circuit<ShortestPaths>> out = new java.util.ArrayList<>();
        for (int s : sources) {
            out.add(compiler.singleSource(s));
        }
        return out;
    }

    @Override
    public Size size(CsrGraph graph, P parameters) {
        long n = graph.vertexCount();
        long m = graph.arcCount();
        return parameters.readout() == PathReadout.IN_CIRCUIT ? new Size(n + m, 3 * m) : new Size(n, m);
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, P parameters) {
        return ProblemSpec.fields("paths", parameters.readout() == PathReadout.HOST ? "host readout" : "in-circuit witnesses");
    }

    @Override
    public Validation validate(ShortestPaths answer, P parameters) {
        return ShortestPathValidator.validate(answer);
    }

    /** reachable / sumDistance / maxDistance, exact or (with a resolution) re-weighed with an error bound. */
    static Map<String, Object> distanceSummary(ShortestPaths sp, String sum, String max) {
        if (sp.exact()) {
            return ProblemSpec.fields("reachable", sp.reachedCount(), sum, sp.sumDistance(), max, sp.maxDistance());
        }
        double maxWeight = 0;
        for (int v = 0; v < sp.graph().vertexCount(); v++) {
            maxWeight = Math.max(maxWeight, sp.reached(v) ? sp.weight(v) : 0);
        }
        return ProblemSpec.fields("reachable", sp.reachedCount(), sum, sp.sumWeight(), max, maxWeight,
                "maxErrorBound", sp.maxErrorBound());
    }

    /**
     * Why vertex v (not reached) has no distance: "unreachable" when no path from a source reaches it
     * (decided from the graph, {@link ShortestPaths#reachable}); otherwise the run's scope left it out:
     * "beyond k = K" for a within-k answer, "not reached (the run stopped at step S)" for a run that
     * stopped at its target.
     */
    static String unreached(ShortestPaths sp, int v) {
        if (!sp.reachable(v)) {
            return "unreachable";
        }
        return sp.scope().stepLimit() >= 0 ? "beyond k = " + sp.scope().stepLimit()
                : "not reached (the run stopped at step " + sp.lastStep() + ")";
    }

    /**
     * The summary of an answer that covers only part of the graph (a stop at the target, a k bound):
     * "reachable" becomes "reached" (the vertices the run reached), and the others are counted by why:
     * {@code outsideKey} ("notReached", "beyondK") for vertices a path reaches, "unreachable" for the rest.
     */
    static Map<String, Object> scopedSummary(ShortestPaths sp, Map<String, Object> summary, String outsideKey) {
        Map<String, Object> m = new LinkedHashMap<>();
        summary.forEach((k, v) -> m.put(k.equals("reachable") ? "reached" : k, v));
        int outside = 0;
        int unreachable = 0;
        for (int v = 0; v < sp.graph().vertexCount(); v++) {
            if (!sp.reached(v)) {
                if (sp.reachable(v)) {
                    outside++;
                } else {
                    unreachable++;
                }
            }
        }
        m.put(outsideKey, outside);
        m.put("unreachable", unreachable);
        return m;
    }

    @Override
    public void writeAnswer(CsrGraph g, ShortestPaths sp, P parameters, PrintWriter out) {
        CsrGraph graph = sp.graph();
        boolean several = sp.sources().length > 1;
        out.println("# vertex\tdistance\tpredecessor" + (several ? "\tnearestSource" : "") + (sp.exact() ? "" : "\terrorBound"));
        for (int v = 0; v < graph.vertexCount(); v++) {
            StringBuilder line = new StringBuilder().append(graph.name(v)).append('\t');
            if (!sp.reached(v)) {
                line.append(unreached(sp, v)).append("\t-");
            } else {
                line.append(sp.exact() ? Long.toString(sp.distance(v)) : Double.toString(sp.weight(v))).append('\t');
                int p = sp.predecessor(v);
                line.append(p < 0 ? "-" : graph.name(p));
                if (several) {
                    line.append('\t').append(graph.name(sp.nearestSource(v)));
                }
                if (!sp.exact()) {
                    line.append('\t').append(sp.errorBound(v));
                }
            }
            out.println(line);
        }
    }

    /**
     * Per vertex: distance (the re-weighed weight with a resolution) and predecessor, null where
     * unreached (and the predecessor of a source); with several sources the nearest one, with a
     * resolution the error bound.
     */
    @Override
    public Object fullAnswer(CsrGraph g, ShortestPaths sp, P parameters) {
        CsrGraph graph = sp.graph();
        AnswerColumns table = AnswerColumns.vertices(graph)
                .add("distance", v -> !sp.reached(v) ? null : sp.exact() ? (Object) sp.distance(v) : (Object) sp.weight(v))
                .add("predecessor", v -> sp.reached(v) ? AnswerColumns.id(graph, sp.predecessor(v)) : null);
        if (sp.sources().length > 1) {
            table.add("nearestSource", v -> sp.reached(v) ? AnswerColumns.id(graph, sp.nearestSource(v)) : null);
        }
        if (!sp.exact()) {
            table.add("errorBound", v -> sp.reached(v) ? sp.errorBound(v) : null);
        }
        return AnswerColumns.answer("vertices", table);
    }

    /**
     * The exact delay encoding compare needs.
     *
     * @throws IllegalArgumentException for weights that are not integers &ge; 0
     */
    static DelayEncoding exactEncoding(CsrGraph graph) {
        DelayEncoding encoding = DelayEncoding.choose(graph, null);
        if (!encoding.exact()) {
            throw new IllegalArgumentException("compare needs exact distances: weights must be integers >= 0");
        }
        return encoding;
    }

    /** Every vertex's distance (-1 when unreached). */
    static long[] distances(ShortestPaths sp) {
        long[] d = new long[sp.graph().vertexCount()];
        for (int v = 0; v < d.length; v++) {
            d[v] = sp.distance(v);
        }
        return d;
    }

    /** JGraphT's distances (hop counts for BFS), -1 when unreached. */
    static long[] distances(ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths, int n) {
        long[] d = new long[n];
        for (int v = 0; v < n; v++) {
            double w = paths.getWeight(v);
            d[v] = w == Double.POSITIVE_INFINITY ? DistancesValidator.UNREACHED : Math.round(w);
        }
        return d;
    }

    /** Distances beyond {@code limit} become unreached (a k-hop neighbourhood). */
    static long[] within(long[] d, long limit) {
        long[] out = d.clone();
        for (int v = 0; v < out.length; v++) {
            if (out[v] > limit) {
                out[v] = DistancesValidator.UNREACHED;
            }
        }
        return out;
    }

    /**
     * Compare's methods for distances from one source: JGraphT (Dijkstra, or BFS with {@code hops})
     * as the reference and our primitive code, each cut to {@code limit} (Long.MAX_VALUE: none).
     */
    static final class Distances implements Baselines<ShortestPaths, long[]> {

        private final CsrGraph graph;
        private final boolean hops;
        private final long limit;
        private final String spikingMeasures;
        private final Graph<Integer, DefaultWeightedEdge> jgrapht;

        Distances(CsrGraph graph, boolean hops, long limit, String spikingMeasures) {
            this.graph = graph;
            this.hops = hops;
            this.limit = limit;
            this.spikingMeasures = spikingMeasures;
            this.jgrapht = JGraphTGraphs.of(graph);
        }

        @Override
        public String against() {
            return hops ? "JGraphT BFSShortestPath" : "JGraphT DijkstraShortestPath";
        }

        @Override
        public String spikingMeasures() {
            return spikingMeasures;
        }

        @Override
        public List<Method<long[]>> methods() {
            boolean cut = limit != Long.MAX_VALUE;
            return List.of(
                    Method.of("jgrapht", "JGraphT " + (hops ? "BFSShortestPath" : "DijkstraShortestPath")
                            + ".getPaths (JGraphT graph built once, not timed)", source -> {
                        ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths = hops
                                ? new BFSShortestPath<>(jgrapht).getPaths(source)
                                : new DijkstraShortestPath<>(jgrapht).getPaths(source);
                        return Method.Solved.<long[]>of(() -> within(distances(paths, graph.vertexCount()), limit));
                    }),
                    Method.of("primitive", cut ? "k-hop BFS: int[] frontier over the CSR, stopped after k levels"
                            : hops ? "PrimitiveBfs: int[] queue over the CSR"
                            : "PrimitiveDijkstra: indexed binary heap on int[] over the CSR", source -> {
                        long[] d = cut ? boundedBfs(graph, source, limit)
                                : hops ? PrimitiveBfs.hops(graph, source) : PrimitiveDijkstra.distances(graph, source);
                        return Method.Solved.<long[]>of(() -> d);
                    }));
        }

        @Override
        public long[] form(ShortestPaths answer) {
            return distances(answer);
        }

        @Override
        public Validation check(long[] answer, long[] expected) {
            return DistancesValidator.validate(graph, answer, expected, against());
        }

        @Override
        public long[] vertexFirstSpikes(Run run) {
            return Arrays.copyOf(run.firstSpikes(), graph.vertexCount()); // vertex v is neuron v
        }
    }

    /**
     * The wavefront's progress: the vertices reached (vertex v is neuron v, spiking once when reached)
     * against the vertices reachable from {@code source}.
     */
    static WorkMeasure verticesReached(CsrGraph graph, int source) {
        long[] d = boundedBfs(graph, source, Long.MAX_VALUE);
        boolean[] reached = new boolean[d.length];
        for (int v = 0; v < d.length; v++) {
            reached[v] = d[v] != DistancesValidator.UNREACHED;
        }
        return WorkMeasure.verticesReached(reached);
    }

    /** Hops from {@code source} up to {@code k} levels, level by level over the CSR; -1 beyond. */
    static long[] boundedBfs(CsrGraph graph, int source, long k) {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        long[] d = new long[n];
        Arrays.fill(d, DistancesValidator.UNREACHED);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        d[source] = 0;
        queue[tail++] = source;
        while (head < tail) {
            int u = queue[head++];
            if (d[u] == k) {
                continue;
            }
            for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                int v = targets[a];
                if (d[v] == DistancesValidator.UNREACHED) {
                    d[v] = d[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        return d;
    }
}
