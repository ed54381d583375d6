package org.spikegraph.bench.cli;

import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import picocli.CommandLine.Command;

/** {@code solve bfs}: hop distances, every delay 1. */
@Command(name = "bfs", mixinStandardHelpOptions = true,
        description = "Breadth-first hop distances: the wavefront with every delay 1; first-spike time = hops.")
final class BfsCommand extends ShortestPathSubcommand {

    @Override
    String problem() {
        return "bfs";
    }

    @Override
    Circuit<ShortestPaths> compile(LoadedGraph g) {
        return new ShortestPathCompiler(g.graph(), DelayEncoding.hops(), readout()).singleSource(sourceIndex(g));
    }

    @Override
    Map<String, Object> summary(ShortestPaths sp) {
        return distanceSummary(sp, "sumHops", "maxHops");
    }
}
