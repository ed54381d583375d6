package org.spikegraph.bench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.export.Export;
import org.spikegraph.algorithms.export.ExportFormat;
import org.spikegraph.algorithms.export.Readout;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spikegraph export --to brian2|nir|json sssp --graph FILE --source ID --out FILE}: a compiled
 * circuit written for another simulator (docs/export.md). Only sssp for now; the generic command over
 * every problem spec calls the same {@link Export#to}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a compiled circuit as a Brian2 script, a NIR (HDF5) file or the project's lossless JSON.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "brian2, nir or json.")
    String to;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem: sssp.")
    String problem;

    @Mixin
    GraphOptions graph;

    @Option(names = "--source", paramLabel = "ID", description = "Source vertex id as written in the file (default: the first vertex).")
    String source;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (whole or not at all).")
    Path out;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        ExportFormat format;
        try {
            format = ExportFormat.of(to);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--to: " + e.getMessage());
        }
        if (!problem.equals("sssp")) {
            throw new UserInputException("export takes the problem sssp, got '" + problem + "'");
        }
        LoadedGraph g = graph.load();
        if (g.graph().vertexCount() == 0) {
            throw new UserInputException(g.file().getFileName() + " has no vertices");
        }
        int s = source == null ? 0 : GraphOptions.vertex(g, source, "--source");
        ShortestPathCompiler compiler = new ShortestPathCompiler(g.graph());
        Circuit<ShortestPaths> circuit = compiler.singleSource(s);
        Export.to(format, circuit, Readout.shortestPaths(compiler), out);
        spec.commandLine().getOut().printf("%s of %s from %s: %,d neurons, %,d synapses -> %s (%s)%n", problem,
                graph.displayName(g), source == null ? "the first vertex" : source, circuit.network().neuronCount(),
                circuit.network().synapseCount(), out, format.id());
        return ExitCodes.OK;
    }
}
