package org.spikegraph.bench.problem;

import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.export.Readout;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.bench.cli.Numbers;
import org.spikegraph.bench.report.Report;
import org.spikegraph.bench.report.VertexPath;
import picocli.CommandLine.Option;

/** {@code sssp}: single-source shortest paths, or point to point with {@code --target}. */
public final class SsspSpec extends ShortestPathSpec<SsspSpec.Parameters> {

    /** The options of {@code solve sssp}. */
    public static final class Parameters extends PathOptions {

        @Option(names = "--target", paramLabel = "ID", description = "Stop when this vertex is reached (point to point).")
        public String target;

        @Option(names = "--resolution", paramLabel = "Q", converter = Numbers.PositiveDouble.class,
                description = "For real weights: each weight w becomes max(1, round(w/Q)) steps; distances are re-weighed "
                        + "exactly along the paths found and carry an error bound.")
        public Double resolution;

        int targetIndex(CsrGraph graph) {
            return target == null ? -1 : InputException.vertex(graph, target, "--target");
        }
    }

    @Override
    public String name() {
        return "sssp";
    }

    @Override
    public String[] description() {
        return new String[] {"Shortest paths by a delay-coded spike wavefront: one fire-once neuron per vertex, "
                + "one synapse per arc with delay = weight; first-spike time = distance (Aimone et al., SPAA 2020).",
                "With --target the run stops when the target spikes and the path is printed (the file's ids); a vertex "
                        + "a path reaches but the run did not reach by then is 'not reached', one no path reaches 'unreachable'."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    @Override
    public String reportName(CsrGraph graph, Parameters p) {
        return p.target == null ? "sssp" : "point-to-point";
    }

    /** Progress: the vertices reached against those reachable (for a whole wavefront; with --target the step). */
    @Override
    public WorkMeasure work(CsrGraph graph, Parameters p, int source, Program<ShortestPaths> program) {
        return p.target == null ? verticesReached(graph, source) : null;
    }

    @Override
    boolean lanesCompilerFor(Parameters p) {
        return p.target == null;
    }

    @Override
    ShortestPathCompiler lanesCompiler(CsrGraph graph, Parameters p) {
        return new ShortestPathCompiler(graph, DelayEncoding.choose(graph, p.resolution), p.readout());
    }

    @Override
    public Program<ShortestPaths> compile(CsrGraph graph, Parameters p, int source, long seed) {
        ShortestPathCompiler compiler = new ShortestPathCompiler(graph, DelayEncoding.choose(graph, p.resolution), p.readout());
        if (p.target == null) {
            return Program.of(compiler.singleSource(source));
        }
        return Program.of(compiler.pointToPoint(source, p.targetIndex(graph)));
    }

    /**
     * The distances (vertex v is neuron v, {@link Readout#shortestPaths}); with {@code --resolution}
     * every neuron's first-spike step, since those distances are re-weighed on the host.
     */
    @Override
    public Readout readout(CsrGraph graph, Parameters p, Circuit<?> circuit) {
        DelayEncoding encoding = DelayEncoding.choose(graph, p.resolution);
        return encoding.exact() ? Readout.shortestPaths(new ShortestPathCompiler(graph, encoding, p.readout()))
                : Readout.firstSpikes(circuit.network().neuronCount());
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        Map<String, Object> m = super.reportParameters(graph, p);
        if (p.target != null) {
            m.put("target", Report.vertexId(graph, p.targetIndex(graph)));
        }
        if (p.resolution != null) {
            m.put("resolution", p.resolution);
        }
        return m;
    }

    /**
     * Distances, and with {@code --target}: targetDistance, pathArcs, path (the file's ids, source
     * first; absent when the target is unreachable), and the vertices counted by why they have no
     * distance ({@link #scopedSummary}: reached, notReached, unreachable).
     */
    @Override
    public Map<String, Object> summary(ShortestPaths sp, Parameters p) {
        Map<String, Object> s = distanceSummary(sp, "sumDistance", "maxDistance");
        int target = p.targetIndex(sp.graph());
        if (target < 0) {
            return s;
        }
        if (!sp.reached(target)) {
            s.put("targetDistance", "unreachable");
        } else if (sp.exact()) {
            s.put("targetDistance", sp.distance(target));
        } else {
            s.put("targetDistance", sp.weight(target));
        }
        int[] arcs = sp.reached(target) ? sp.pathArcs(target) : new int[0];
        s.put("pathArcs", arcs.length);
        if (sp.reached(target)) {
            s.put("path", VertexPath.of(sp.graph(), sp.sources()[0], arcs));
        }
        return scopedSummary(sp, s, "notReached");
    }

    @Override
    public Baselines<ShortestPaths, long[]> baselines(CsrGraph graph, Parameters p) {
        exactEncoding(graph);
        return new Distances(graph, false, Long.MAX_VALUE,
                "compile a new wavefront circuit + simulate (event engine) + decode distances and predecessors");
    }
}
