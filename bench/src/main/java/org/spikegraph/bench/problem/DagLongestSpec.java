package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.dag.LongestPathCompiler;
import org.spikegraph.algorithms.dag.LongestPaths;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.LongestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.bench.report.Report;

/** {@code dag-longest}: longest (critical) paths in a DAG, or a cycle when there is one. */
public final class DagLongestSpec implements ProblemSpec<DagLongestSpec.Parameters, LongestPaths> {

    /** The problem has no options of its own. */
    public static final class Parameters {}

    @Override
    public String name() {
        return "dag-longest";
    }

    @Override
    public String[] description() {
        return new String[] {"Longest paths in a directed acyclic graph: one fire-once neuron per vertex with threshold = "
                + "in-degree (all inputs must arrive), delay = arc length (integers >= 1); sources fire at step 0 and "
                + "every vertex fires at its longest distance.",
                "Vertices on or behind a cycle never fire: the answer then names a cycle (exit 0)."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    @Override
    public Size size(CsrGraph graph, Parameters p) {
        return new Size(graph.vertexCount(), graph.arcCount());
    }

    @Override
    public Program<LongestPaths> compile(CsrGraph graph, Parameters p, int source, long seed) {
        return Program.of(new LongestPathCompiler(graph).circuit());
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        return ProblemSpec.fields();
    }

    @Override
    public Map<String, Object> summary(LongestPaths lp, Parameters p) {
        if (lp.acyclic()) {
            return ProblemSpec.fields("longestPath", lp.longestPath(), "sinks", lp.sinks(),
                    "criticalPathVertices", lp.criticalPath().length);
        }
        List<Object> cycle = new ArrayList<>();
        for (int v : lp.cycle()) {
            cycle.add(Report.vertexId(lp.graph(), v));
        }
        return ProblemSpec.fields("cycle", cycle, "fired", lp.firedCount());
    }

    @Override
    public Validation validate(LongestPaths answer, Parameters p) {
        return LongestPathValidator.validate(answer);
    }

    @Override
    public void writeAnswer(CsrGraph g, LongestPaths lp, Parameters p, PrintWriter out) {
        CsrGraph graph = lp.graph();
        out.println("# vertex\tlongest\tpredecessor");
        for (int v = 0; v < graph.vertexCount(); v++) {
            if (!lp.fired(v)) {
                out.println(graph.name(v) + "\tcycle\t-");
            } else {
                int pred = lp.predecessor(v);
                out.println(graph.name(v) + "\t" + lp.distance(v) + "\t" + (pred < 0 ? "-" : graph.name(pred)));
            }
        }
    }

    /** Per vertex: the longest distance and the predecessor on a longest path; null on or behind a cycle. */
    @Override
    public Object fullAnswer(CsrGraph g, LongestPaths lp, Parameters p) {
        CsrGraph graph = lp.graph();
        return AnswerColumns.answer("vertices", AnswerColumns.vertices(graph)
                .add("longest", v -> lp.fired(v) ? lp.distance(v) : null)
                .add("predecessor", v -> lp.fired(v) ? AnswerColumns.id(graph, lp.predecessor(v)) : null));
    }

    @Override
    public Baselines<LongestPaths, long[]> baselines(CsrGraph graph, Parameters p) {
        Graph<Integer, DefaultWeightedEdge> jgrapht = JGraphTGraphs.of(graph);
        int n = graph.vertexCount();
        return new LongDistances<>(graph, "JGraphT CycleDetector + DP over TopologicalOrderIterator",
                "compile a new threshold = in-degree circuit + simulate (event engine) + decode longest distances",
                List.of(Method.of("jgrapht", "JGraphT CycleDetector, then DP over TopologicalOrderIterator of the rest "
                                + "(JGraphT graph built once, not timed)", s -> {
                            long[] d = LongestPathValidator.longest(jgrapht, n);
                            return Method.Solved.<long[]>of(() -> d);
                        }),
                        Method.of("primitive", "Kahn's topological order on int[] in-degrees over the CSR, longest distance "
                                + "relaxed in that order", s -> {
                            long[] d = kahn(graph);
                            return Method.Solved.<long[]>of(() -> d);
                        })),
                lp -> {
                    long[] d = new long[n];
                    for (int v = 0; v < n; v++) {
                        d[v] = lp.fired(v) ? lp.distance(v) : LongestPaths.NOT_FIRED;
                    }
                    return d;
                }, "longest distance");
    }

    /**
     * Longest distances by Kahn's algorithm: a vertex is taken once all its in-arcs are; vertices on or
     * behind a cycle are never taken ({@link LongestPaths#NOT_FIRED}).
     */
    static long[] kahn(CsrGraph graph) {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        int[] waiting = new int[n];
        for (int a = 0; a < targets.length; a++) {
            waiting[targets[a]]++;
        }
        long[] d = new long[n];
        Arrays.fill(d, LongestPaths.NOT_FIRED);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (waiting[v] == 0) {
                queue[tail++] = v;
                d[v] = 0;
            }
        }
        long[] best = new long[n];
        while (head < tail) {
            int u = queue[head++];
            d[u] = best[u];
            for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                int v = targets[a];
                best[v] = Math.max(best[v], d[u] + (graph.weighted() ? (long) graph.weight(a) : 1));
                if (--waiting[v] == 0) {
                    queue[tail++] = v;
                }
            }
        }
        return d;
    }
}
