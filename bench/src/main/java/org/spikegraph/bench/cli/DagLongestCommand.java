package org.spikegraph.bench.cli;

import org.spikegraph.bench.report.Report;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.dag.LongestPathCompiler;
import org.spikegraph.algorithms.dag.LongestPaths;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.validation.LongestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import picocli.CommandLine.Command;

/** {@code solve dag-longest}: longest (critical) paths in a DAG, or a cycle when there is one. */
@Command(name = "dag-longest", mixinStandardHelpOptions = true,
        description = {"Longest paths in a directed acyclic graph: one fire-once neuron per vertex with threshold = "
                + "in-degree (all inputs must arrive), delay = arc length (integers >= 1); sources fire at step 0 and "
                + "every vertex fires at its longest distance.",
                "Vertices on or behind a cycle never fire: the answer then names a cycle (exit 0)."})
final class DagLongestCommand extends SolveSubcommand<LongestPaths> {

    @Override
    String problem() {
        return "dag-longest";
    }

    @Override
    long[] circuitSize(LoadedGraph g) {
        return new long[] {g.graph().vertexCount(), g.graph().arcCount()};
    }

    @Override
    Circuit<LongestPaths> compile(LoadedGraph g) {
        return new LongestPathCompiler(g.graph()).circuit();
    }

    @Override
    Object source(LoadedGraph g) {
        return null;
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        return map();
    }

    @Override
    Map<String, Object> summary(LongestPaths lp) {
        if (lp.acyclic()) {
            return map("longestPath", lp.longestPath(), "sinks", lp.sinks(), "criticalPathVertices", lp.criticalPath().length);
        }
        List<Object> cycle = new ArrayList<>();
        for (int v : lp.cycle()) {
            cycle.add(Report.vertexId(lp.graph(), v));
        }
        return map("cycle", cycle, "fired", lp.firedCount());
    }

    @Override
    Validation check(LongestPaths answer) {
        return LongestPathValidator.validate(answer);
    }

    @Override
    void writeAnswer(LongestPaths lp, LoadedGraph g, PrintWriter out) {
        CsrGraph graph = lp.graph();
        out.println("# vertex\tlongest\tpredecessor");
        for (int v = 0; v < graph.vertexCount(); v++) {
            if (!lp.fired(v)) {
                out.println(graph.name(v) + "\tcycle\t-");
            } else {
                int p = lp.predecessor(v);
                out.println(graph.name(v) + "\t" + lp.distance(v) + "\t" + (p < 0 ? "-" : graph.name(p)));
            }
        }
    }
}
