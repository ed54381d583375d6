package org.spikegraph.bench.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.cli.Numbers;
import org.spikegraph.bench.compare.Method;
import org.spikegraph.bench.report.Report;
import picocli.CommandLine.Option;

/** {@code multi-source}: distance to the nearest of several sources. */
public final class MultiSourceSpec extends ShortestPathSpec<MultiSourceSpec.Parameters> {

    /** The options of {@code solve multi-source}. */
    public static final class Parameters extends PathOptions {

        @Option(names = "--sources", required = true, split = ",", paramLabel = "ID", description = "Source vertex ids, comma-separated.")
        public List<String> sources;

        @Option(names = "--resolution", paramLabel = "Q", converter = Numbers.PositiveDouble.class,
                description = "For real weights: see solve sssp --resolution.")
        public Double resolution;

        int[] sourceIndices(CsrGraph graph) {
            return sources.stream().mapToInt(id -> InputException.vertex(graph, id, "--sources")).toArray();
        }
    }

    @Override
    public String name() {
        return "multi-source";
    }

    @Override
    public String[] description() {
        return new String[] {"Distance to the nearest source: every source forced at step 0; the first wave to arrive wins."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    /** Compare starts from the first vertex and the middle one. */
    @Override
    public Parameters compareParameters(CsrGraph graph) {
        Parameters p = new Parameters();
        List<String> ids = new ArrayList<>();
        ids.add(graph.name(0));
        if (graph.vertexCount() > 1) {
            ids.add(graph.name(graph.vertexCount() / 2));
        }
        p.sources = ids;
        return p;
    }

    @Override
    public boolean sourced() {
        return false;
    }

    @Override
    public int source(CsrGraph graph, Parameters p) {
        return -1;
    }

    @Override
    public Program<ShortestPaths> compile(CsrGraph graph, Parameters p, int source, long seed) {
        int[] s = p.sourceIndices(graph);
        return Program.of(new ShortestPathCompiler(graph, DelayEncoding.choose(graph, p.resolution), p.readout()).multiSource(s));
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        Map<String, Object> m = super.reportParameters(graph, p);
        m.put("sources", Arrays.stream(p.sourceIndices(graph)).mapToObj(v -> Report.vertexId(graph, v)).toList());
        return m;
    }

    @Override
    public Map<String, Object> summary(ShortestPaths sp, Parameters p) {
        return distanceSummary(sp, "sumDistance", "maxDistance");
    }

    @Override
    public Baselines<ShortestPaths, long[]> baselines(CsrGraph graph, Parameters p) {
        exactEncoding(graph);
        int[] sources = p.sourceIndices(graph);
        int n = graph.vertexCount();
        Graph<Integer, DefaultWeightedEdge> jgrapht = JGraphTGraphs.of(graph);
        jgrapht.addVertex(n); // a super-source with a weight-0 arc to every source
        for (int s : sources) {
            jgrapht.setEdgeWeight(jgrapht.addEdge(n, s), 0);
        }
        String against = "JGraphT DijkstraShortestPath from a super-source";
        return new Baselines<>() {
            @Override
            public String against() {
                return against;
            }

            @Override
            public String spikingMeasures() {
                return "compile a new wavefront circuit with every source at step 0 + simulate (event engine) + decode";
            }

            @Override
            public List<Method<long[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT DijkstraShortestPath.getPaths from a super-source with a weight-0 "
                                + "arc to every source (JGraphT graph built once, not timed)", s -> {
                            var paths = new DijkstraShortestPath<>(jgrapht).getPaths(n);
                            return Method.Solved.<long[]>of(() -> Arrays.copyOf(distances(paths, n + 1), n));
                        }),
                        Method.of("primitive", "PrimitiveDijkstra from each source, the least distance per vertex", s -> {
                            long[] best = nearest(graph, sources);
                            return Method.Solved.<long[]>of(() -> best);
                        }));
            }

            @Override
            public long[] form(ShortestPaths answer) {
                return distances(answer);
            }

            @Override
            public Validation check(long[] answer, long[] expected) {
                return DistancesValidator.validate(graph, answer, expected, against);
            }
        };
    }

    /** The least distance from any source, by one Dijkstra per source. */
    static long[] nearest(CsrGraph graph, int[] sources) {
        long[] best = new long[graph.vertexCount()];
        Arrays.fill(best, DistancesValidator.UNREACHED);
        for (int s : sources) {
            long[] d = PrimitiveDijkstra.distances(graph, s);
            for (int v = 0; v < d.length; v++) {
                if (d[v] != DistancesValidator.UNREACHED && (best[v] == DistancesValidator.UNREACHED || d[v] < best[v])) {
                    best[v] = d[v];
                }
            }
        }
        return best;
    }
}
