package org.spikegraph.bench.problem;

import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import picocli.CommandLine.Option;

/** The options of the shortest-path family ({@code --source}, {@code --paths}); each problem adds its own. */
public class PathOptions {

    @Option(names = "--source", paramLabel = "ID", description = "Source vertex id as written in the file (default: the first vertex).")
    public String source;

    @Option(names = "--paths", paramLabel = "READOUT", defaultValue = "host",
            description = "How paths are read: host (from spike times) or circuit (witness neurons, one per arc). Default: ${DEFAULT-VALUE}.")
    public String paths = "host";

    /** The source's index: {@code --source}, or the first vertex. */
    public int sourceIndex(CsrGraph graph) {
        if (source == null) {
            if (graph.vertexCount() == 0) {
                throw InputException.noVertices();
            }
            return 0;
        }
        return InputException.vertex(graph, source, "--source");
    }

    /** How paths are read. */
    public PathReadout readout() {
        return switch (paths) {
            case "host" -> PathReadout.HOST;
            case "circuit" -> PathReadout.IN_CIRCUIT;
            default -> throw new InputException("--paths must be host or circuit, got '" + paths + "'");
        };
    }
}
