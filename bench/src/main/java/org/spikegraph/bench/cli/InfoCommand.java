package org.spikegraph.bench.cli;

import org.spikegraph.bench.report.NumberText;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spikegraph.algorithms.graph.GraphStatistics;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.bench.report.ReportPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spikegraph info}: what a graph file holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Graph statistics: vertices, arcs, weights, components, degrees.")
final class InfoCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graphOptions;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        LoadedGraph g = graphOptions.load();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        GraphStatistics s;
        try {
            s = GraphStatistics.of(g.graph()); // checks the heap before allocating
        } catch (IllegalArgumentException e) {
            throw new UserInputException(g.file().getFileName() + ": " + e.getMessage());
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("file", graphOptions.displayName(g));
        info.put("format", g.format().cliName());
        info.put("statistics", s);
        info.put("coordinates", g.coordinates() != null);
        info.put("loadMs", Math.round(loadMs * 100) / 100.0);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ReportPrinter.json(info));
        } else {
            out.printf(Locale.ROOT, "%s (%s, %s)%n", info.get("file"), g.format().cliName(), s.directed() ? "directed" : "undirected");
            out.printf(Locale.ROOT, "  vertices            %,d%n", s.vertices());
            out.printf(Locale.ROOT, "  arcs                %,d%s%n", s.arcs(), s.directed() ? "" : String.format(Locale.ROOT, " (%,d edges)", s.edges()));
            out.printf(Locale.ROOT, "  weights             %s%n", !s.weighted() ? "none (every arc counts 1)"
                    : String.format(Locale.ROOT, "%s .. %s%s", NumberText.grouped(s.minWeight()), NumberText.grouped(s.maxWeight()), s.integralWeights() ? ", integers" : ", real"));
            out.printf(Locale.ROOT, "  self-loops          %,d%n", s.selfLoops());
            out.printf(Locale.ROOT, "  parallel arcs       %,d%n", s.parallelArcs());
            out.printf(Locale.ROOT, "  %-19s %,d (largest %,d vertices)%n", s.directed() ? "weak components" : "components",
                    s.components(), s.largestComponent());
            out.printf(Locale.ROOT, "  isolated vertices   %,d%n", s.isolatedVertices());
            out.printf(Locale.ROOT, "  out-degree          min %,d  mean %.2f  max %,d%n", s.minOutDegree(), s.meanOutDegree(), s.maxOutDegree());
            out.printf(Locale.ROOT, "  in-degree           max %,d%n", s.maxInDegree());
            out.printf(Locale.ROOT, "  coordinates         %s%n", g.coordinates() != null ? "yes" : "no");
            out.printf(Locale.ROOT, "  load time           %.1f ms%n", loadMs);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
