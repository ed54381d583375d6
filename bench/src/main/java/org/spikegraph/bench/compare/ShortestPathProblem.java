package org.spikegraph.bench.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.conventional.PrimitiveBfs;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;

/**
 * Single-source shortest paths ({@code sssp}: the graph's integer weights) or hop distances
 * ({@code bfs}: every arc counts 1), three ways on the same graph and source, all reduced to one
 * distance per vertex (-1 when unreached):
 * <ul>
 *   <li>{@code jgrapht} (the reference): {@code DijkstraShortestPath.getPaths} or
 *       {@code BFSShortestPath.getPaths} on a JGraphT pseudograph built once, not timed;</li>
 *   <li>{@code spiking}: compile a new wavefront circuit ({@link ShortestPathCompiler}, Aimone et al.
 *       SPAA 2020), run it on the event engine, decode distances and predecessors;</li>
 *   <li>{@code primitive}: {@link PrimitiveDijkstra} on the CSR ({@link PrimitiveBfs} for bfs).</li>
 * </ul>
 */
public final class ShortestPathProblem implements Problem<long[]> {

    private final String name;
    private final CsrGraph graph;
    private final boolean hops;
    private final DelayEncoding encoding;
    private final Graph<Integer, DefaultWeightedEdge> jgrapht;

    private ShortestPathProblem(String name, CsrGraph graph, boolean hops) {
        this.name = name;
        this.graph = graph;
        this.hops = hops;
        this.encoding = hops ? DelayEncoding.hops() : DelayEncoding.choose(graph, null);
        this.jgrapht = JGraphTGraphs.of(graph);
    }

    /**
     * Shortest paths on the graph's own weights.
     *
     * @throws IllegalArgumentException for negative or non-integer weights (the message names the arc)
     */
    public static ShortestPathProblem sssp(CsrGraph graph) {
        DelayEncoding encoding = DelayEncoding.choose(graph, null);
        if (!encoding.exact()) {
            throw new IllegalArgumentException("compare needs exact distances: weights must be integers >= 0");
        }
        return new ShortestPathProblem("sssp", graph, false);
    }

    /** Hop distances: weights ignored. */
    public static ShortestPathProblem bfs(CsrGraph graph) {
        return new ShortestPathProblem("bfs", graph, true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CsrGraph graph() {
        return graph;
    }

    @Override
    public List<Method<long[]>> methods() {
        return List.of(
                Method.of("jgrapht", "JGraphT " + (hops ? "BFSShortestPath" : "DijkstraShortestPath")
                        + ".getPaths (JGraphT graph built once, not timed)", source -> {
                    ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths = hops
                            ? new BFSShortestPath<>(jgrapht).getPaths(source)
                            : new DijkstraShortestPath<>(jgrapht).getPaths(source);
                    return Method.Solved.<long[]>of(() -> distances(paths));
                }),
                Method.of("spiking", "compile a new wavefront circuit + simulate (event engine) + decode distances and predecessors",
                        source -> {
                            Outcome<ShortestPaths> out = circuit(source).run(new EventEngine(), 0);
                            return new Method.Solved<>(() -> distances(out.answer()), out.run().activity());
                        }),
                Method.of("primitive", hops ? "PrimitiveBfs: int[] queue over the CSR"
                        : "PrimitiveDijkstra: indexed binary heap on int[] over the CSR", source -> {
                    long[] d = hops ? PrimitiveBfs.hops(graph, source) : PrimitiveDijkstra.distances(graph, source);
                    return Method.Solved.<long[]>of(() -> d);
                }));
    }

    @Override
    public String against() {
        return hops ? "JGraphT BFSShortestPath" : "JGraphT DijkstraShortestPath";
    }

    @Override
    public Validation check(long[] answer, long[] expected) {
        return DistancesValidator.validate(graph, answer, expected, against());
    }

    @Override
    public Optional<Compiled<long[]>> compile(int source) {
        Circuit<ShortestPaths> c = circuit(source);
        return Optional.of(new Compiled<>(c, run -> distances(c.decoder().decode(run))));
    }

    /** A new circuit every call (a new compiler builds a new network), as a user's query pays. */
    private Circuit<ShortestPaths> circuit(int source) {
        return new ShortestPathCompiler(graph, encoding, PathReadout.HOST).singleSource(source);
    }

    @Override
    public long[] vertexFirstSpikes(Run run) {
        return Arrays.copyOf(run.firstSpikes(), graph.vertexCount()); // vertex v is neuron v
    }

    private long[] distances(ShortestPaths sp) {
        long[] d = new long[graph.vertexCount()];
        for (int v = 0; v < d.length; v++) {
            d[v] = sp.distance(v);
        }
        return d;
    }

    private long[] distances(ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths) {
        long[] d = new long[graph.vertexCount()];
        for (int v = 0; v < d.length; v++) {
            double w = paths.getWeight(v); // BFSShortestPath: the hop count
            d[v] = w == Double.POSITIVE_INFINITY ? DistancesValidator.UNREACHED : Math.round(w);
        }
        return d;
    }
}
