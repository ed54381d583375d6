package org.spikegraph.bench.cli;

import org.spikegraph.bench.report.Report;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solve sssp}: single-source shortest paths, or point to point with {@code --target}. */
@Command(name = "sssp", mixinStandardHelpOptions = true,
        description = {"Shortest paths by a delay-coded spike wavefront: one fire-once neuron per vertex, "
                + "one synapse per arc with delay = weight; first-spike time = distance (Aimone et al., SPAA 2020).",
                "With --target the run stops when the target spikes."})
final class SsspCommand extends ShortestPathSubcommand {

    @Option(names = "--target", paramLabel = "ID", description = "Stop when this vertex is reached (point to point).")
    String targetId;

    @Option(names = "--resolution", paramLabel = "Q", converter = Numbers.PositiveDouble.class,
            description = "For real weights: each weight w becomes max(1, round(w/Q)) steps; distances are re-weighed "
                    + "exactly along the paths found and carry an error bound.")
    Double resolution;

    private int target = -1;

    @Override
    String problem() {
        return targetId == null ? "sssp" : "point-to-point";
    }

    @Override
    Circuit<ShortestPaths> compile(LoadedGraph g) {
        ShortestPathCompiler compiler = new ShortestPathCompiler(g.graph(), DelayEncoding.choose(g.graph(), resolution), readout());
        int s = sourceIndex(g);
        if (targetId == null) {
            return compiler.singleSource(s);
        }
        target = GraphOptions.vertex(g, targetId, "--target");
        return compiler.pointToPoint(s, target);
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        Map<String, Object> p = super.parameters(g);
        if (targetId != null) {
            p.put("target", Report.vertexId(g.graph(), GraphOptions.vertex(g, targetId, "--target")));
        }
        if (resolution != null) {
            p.put("resolution", resolution);
        }
        return p;
    }

    @Override
    Map<String, Object> summary(ShortestPaths sp) {
        Map<String, Object> s = distanceSummary(sp, "sumDistance", "maxDistance");
        if (target >= 0) {
            if (!sp.reached(target)) {
                s.put("targetDistance", "unreachable");
            } else if (sp.exact()) {
                s.put("targetDistance", sp.distance(target));
            } else {
                s.put("targetDistance", sp.weight(target));
            }
            s.put("pathArcs", sp.reached(target) ? sp.pathArcs(target).length : 0);
        }
        return s;
    }
}
