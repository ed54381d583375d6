package org.spikegraph.bench.cli;

import org.spikegraph.bench.report.Report;
import java.io.PrintWriter;
import java.util.Map;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.validation.ShortestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import picocli.CommandLine.Option;

/** The shortest-path family: a source, a wavefront, a {@link ShortestPaths} answer checked against JGraphT. */
abstract class ShortestPathSubcommand extends SolveSubcommand<ShortestPaths> {

    @Option(names = "--source", paramLabel = "ID", description = "Source vertex id as written in the file (default: the first vertex).")
    String sourceId;

    @Option(names = "--paths", paramLabel = "READOUT", defaultValue = "host",
            description = "How paths are read: host (from spike times) or circuit (witness neurons, one per arc). Default: ${DEFAULT-VALUE}.")
    String paths;

    int sourceIndex(LoadedGraph g) {
        if (sourceId == null) {
            if (g.graph().vertexCount() == 0) {
                throw new UserInputException(g.file().getFileName() + " has no vertices");
            }
            return 0;
        }
        return GraphOptions.vertex(g, sourceId, "--source");
    }

    PathReadout readout() {
        return switch (paths) {
            case "host" -> PathReadout.HOST;
            case "circuit" -> PathReadout.IN_CIRCUIT;
            default -> throw new UserInputException("--paths must be host or circuit, got '" + paths + "'");
        };
    }

    @Override
    long[] circuitSize(LoadedGraph g) {
        long n = g.graph().vertexCount();
        long m = g.graph().arcCount();
        return readout() == PathReadout.IN_CIRCUIT ? new long[] {n + m, 3 * m} : new long[] {n, m};
    }

    @Override
    Object source(LoadedGraph g) {
        return Report.vertexId(g.graph(), sourceIndex(g));
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        return map("paths", readout() == PathReadout.HOST ? "host readout" : "in-circuit witnesses");
    }

    @Override
    Validation check(ShortestPaths answer) {
        return ShortestPathValidator.validate(answer);
    }

    /** reachable / sumDistance / maxDistance, exact or (with a resolution) re-weighed with an error bound. */
    Map<String, Object> distanceSummary(ShortestPaths sp, String sum, String max) {
        if (sp.exact()) {
            return map("reachable", sp.reachedCount(), sum, sp.sumDistance(), max, sp.maxDistance());
        }
        double maxWeight = 0;
        for (int v = 0; v < sp.graph().vertexCount(); v++) {
            maxWeight = Math.max(maxWeight, sp.reached(v) ? sp.weight(v) : 0);
        }
        return map("reachable", sp.reachedCount(), sum, sp.sumWeight(), max, maxWeight, "maxErrorBound", sp.maxErrorBound());
    }

    @Override
    void writeAnswer(ShortestPaths sp, LoadedGraph g, PrintWriter out) {
        CsrGraph graph = sp.graph();
        boolean several = sp.sources().length > 1;
        out.println("# vertex\tdistance\tpredecessor" + (several ? "\tnearestSource" : "") + (sp.exact() ? "" : "\terrorBound"));
        for (int v = 0; v < graph.vertexCount(); v++) {
            StringBuilder line = new StringBuilder().append(graph.name(v)).append('\t');
            if (!sp.reached(v)) {
                line.append("unreachable\t-");
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
}
