package org.spikegraph.bench.cli;

import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solve khop}: the vertices within k hops. */
@Command(name = "khop", mixinStandardHelpOptions = true,
        description = "The k-hop neighbourhood: the BFS wavefront stopped after step k.")
final class KhopCommand extends ShortestPathSubcommand {

    @Option(names = {"-k", "--hops"}, required = true, paramLabel = "K", converter = Numbers.NonNegativeInt.class, description = "Largest number of hops.")
    int k;

    @Override
    String problem() {
        return "khop";
    }

    @Override
    Circuit<ShortestPaths> compile(LoadedGraph g) {
        if (k < 0) {
            throw new UserInputException("-k must be >= 0, got " + k);
        }
        return new ShortestPathCompiler(g.graph(), DelayEncoding.hops(), readout()).withinSteps(sourceIndex(g), k);
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        Map<String, Object> p = super.parameters(g);
        p.put("k", k);
        return p;
    }

    @Override
    Map<String, Object> summary(ShortestPaths sp) {
        return distanceSummary(sp, "sumHops", "maxHops");
    }
}
