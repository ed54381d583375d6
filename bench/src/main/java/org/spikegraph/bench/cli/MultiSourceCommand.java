package org.spikegraph.bench.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solve multi-source}: distance to the nearest of several sources. */
@Command(name = "multi-source", mixinStandardHelpOptions = true,
        description = "Distance to the nearest source: every source forced at step 0; the first wave to arrive wins.")
final class MultiSourceCommand extends ShortestPathSubcommand {

    @Option(names = "--sources", required = true, split = ",", paramLabel = "ID", description = "Source vertex ids, comma-separated.")
    List<String> sources;

    @Option(names = "--resolution", paramLabel = "Q", converter = Numbers.PositiveDouble.class, description = "For real weights: see solve sssp --resolution.")
    Double resolution;

    @Override
    String problem() {
        return "multi-source";
    }

    @Override
    Object source(LoadedGraph g) {
        return null;
    }

    @Override
    Circuit<ShortestPaths> compile(LoadedGraph g) {
        int[] s = sources.stream().mapToInt(id -> GraphOptions.vertex(g, id, "--sources")).toArray();
        return new ShortestPathCompiler(g.graph(), DelayEncoding.choose(g.graph(), resolution), readout()).multiSource(s);
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        Map<String, Object> p = super.parameters(g);
        p.put("sources", Arrays.toString(sources.toArray()));
        return p;
    }

    @Override
    Map<String, Object> summary(ShortestPaths sp) {
        return distanceSummary(sp, "sumDistance", "maxDistance");
    }
}
