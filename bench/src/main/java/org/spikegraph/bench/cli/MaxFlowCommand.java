package org.spikegraph.bench.cli;

import org.spikegraph.bench.report.NumberText;

import java.io.PrintWriter;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.flow.MaxFlow;
import org.spikegraph.algorithms.flow.MaxFlowCompiler;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.validation.MaxFlowValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solve maxflow}: maximum flow and minimum cut by spiking Edmonds–Karp. */
@Command(name = "maxflow", mixinStandardHelpOptions = true,
        description = {"Maximum flow and minimum cut (capacity = arc weight, 1 when unweighted) by spiking Edmonds-Karp "
                + "(Ali & Kwisthout 2019): each run is a hop wavefront on the residual graph that stops when the sink "
                + "spikes and names a shortest augmenting path; the host augments and runs again. The last run, where "
                + "the sink never spikes, gives the source side of a minimum cut.",
                "Activity is summed over the runs; --hardware does not project host-driven runs yet. --output writes the flow "
                        + "on every arc."})
final class MaxFlowCommand extends SolveSubcommand<MaxFlow> {

    @Option(names = "--source", paramLabel = "ID", required = true, description = "Source vertex id as written in the file.")
    String sourceId;

    @Option(names = "--sink", paramLabel = "ID", required = true, description = "Sink vertex id as written in the file.")
    String sinkId;

    @Override
    String problem() {
        return "maxflow";
    }

    @Override
    long[] circuitSize(LoadedGraph g) {
        return new long[] {g.graph().vertexCount(), 2L * g.graph().arcCount()};
    }

    @Override
    Program<MaxFlow> program(LoadedGraph g) {
        int s = GraphOptions.vertex(g, sourceId, "--source");
        int t = GraphOptions.vertex(g, sinkId, "--sink");
        if (s == t) {
            throw new UserInputException("--source and --sink must differ (both are " + sourceId + ")");
        }
        return new MaxFlowCompiler(g.graph(), s, t).program();
    }

    @Override
    Object source(LoadedGraph g) {
        return Report.vertexId(g.graph(), GraphOptions.vertex(g, sourceId, "--source"));
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        return map("sink", sinkId);
    }

    @Override
    Map<String, Object> summary(MaxFlow f) {
        Object value = f.graph().integralWeights() ? (Object) Math.round(f.value()) : (Object) f.value();
        return map("value", value, "cutEdges", f.cutArcs().length, "augmentingPaths", f.augmentations(),
                "runs", f.runs());
    }

    @Override
    Validation check(MaxFlow f) {
        return MaxFlowValidator.validate(f);
    }

    @Override
    void writeAnswer(MaxFlow f, LoadedGraph g, PrintWriter out) {
        CsrGraph graph = f.graph();
        out.println("# tail\thead\tcapacity\tflow\tcut");
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                int v = graph.target(a);
                boolean cut = f.onSourceSide(u) && !f.onSourceSide(v) && f.capacity(a) > 0;
                out.println(graph.name(u) + "\t" + graph.name(v) + "\t" + NumberText.plain(f.capacity(a)) + "\t"
                        + NumberText.plain(f.flow(a)) + "\t" + (cut ? "cut" : "-"));
            }
        }
    }
}
