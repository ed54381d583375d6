package org.spikegraph.bench.problem;

import java.util.Map;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;

/** {@code bfs}: hop distances, every delay 1. */
public final class BfsSpec extends ShortestPathSpec<PathOptions> {

    @Override
    public String name() {
        return "bfs";
    }

    @Override
    public String[] description() {
        return new String[] {"Breadth-first hop distances: the wavefront with every delay 1; first-spike time = hops."};
    }

    @Override
    public PathOptions parameters() {
        return new PathOptions();
    }

    /** Progress: the vertices reached against those reachable. */
    @Override
    public WorkMeasure work(CsrGraph graph, PathOptions p, int source, Program<ShortestPaths> program) {
        return verticesReached(graph, source);
    }

    @Override
    boolean lanesCompilerFor(PathOptions p) {
        return true;
    }

    @Override
    ShortestPathCompiler lanesCompiler(CsrGraph graph, PathOptions p) {
        return new ShortestPathCompiler(graph, DelayEncoding.hops(), p.readout());
    }

    @Override
    public Program<ShortestPaths> compile(CsrGraph graph, PathOptions p, int source, long seed) {
        return Program.of(new ShortestPathCompiler(graph, DelayEncoding.hops(), p.readout()).singleSource(source));
    }

    @Override
    public Map<String, Object> summary(ShortestPaths sp, PathOptions p) {
        return distanceSummary(sp, "sumHops", "maxHops");
    }

    @Override
    public Baselines<ShortestPaths, long[]> baselines(CsrGraph graph, PathOptions p) {
        return new Distances(graph, true, Long.MAX_VALUE,
                "compile a new wavefront circuit + simulate (event engine) + decode distances and predecessors");
    }
}
