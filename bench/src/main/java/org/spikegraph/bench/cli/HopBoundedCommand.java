package org.spikegraph.bench.cli;

import org.spikegraph.bench.report.Report;
import java.io.PrintWriter;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.shortestpath.HopBoundedCompiler;
import org.spikegraph.algorithms.shortestpath.HopBoundedPaths;
import org.spikegraph.algorithms.validation.HopBoundedValidator;
import org.spikegraph.algorithms.validation.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solve hop-bounded}: shortest paths of at most k arcs, by a layered circuit. */
@Command(name = "hop-bounded", mixinStandardHelpOptions = true,
        description = "Shortest paths using at most k arcs: k+1 layers of vertex neurons (Aimone et al., SPAA 2020).")
final class HopBoundedCommand extends SolveSubcommand<HopBoundedPaths> {

    @Option(names = "--source", paramLabel = "ID", description = "Source vertex id as written in the file (default: the first vertex).")
    String sourceId;

    @Option(names = {"-k", "--hops"}, required = true, paramLabel = "K", converter = Numbers.NonNegativeInt.class, description = "Largest number of arcs per path.")
    int k;

    @Override
    String problem() {
        return "hop-bounded";
    }

    private int sourceIndex(LoadedGraph g) {
        return sourceId == null ? 0 : GraphOptions.vertex(g, sourceId, "--source");
    }

    @Override
    long[] circuitSize(LoadedGraph g) {
        long n = g.graph().vertexCount();
        long m = g.graph().arcCount();
        return new long[] {(k + 1L) * n, (long) k * (n + m)};
    }

    @Override
    Circuit<HopBoundedPaths> compile(LoadedGraph g) {
        return new HopBoundedCompiler(g.graph()).compile(sourceIndex(g), k);
    }

    @Override
    Object source(LoadedGraph g) {
        return Report.vertexId(g.graph(), sourceIndex(g));
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        return map("k", k);
    }

    @Override
    Map<String, Object> summary(HopBoundedPaths a) {
        return map("reachable", a.reachedCount(), "sumDistance", a.sumDistance(), "maxDistance", a.maxDistance());
    }

    @Override
    Validation check(HopBoundedPaths a) {
        return HopBoundedValidator.validate(a);
    }

    @Override
    void writeAnswer(HopBoundedPaths a, LoadedGraph g, PrintWriter out) {
        CsrGraph graph = a.graph();
        out.println("# vertex\tdistance\tarcs");
        for (int v = 0; v < graph.vertexCount(); v++) {
            out.println(graph.name(v) + "\t" + (a.reached(v) ? a.distance(v) + "\t" + a.pathArcs(v).length : "unreachable\t-"));
        }
    }
}
