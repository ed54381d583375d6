package org.spikegraph.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.SpanningTreeAlgorithm;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.conventional.PrimitiveKruskal;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.spanningtree.SpanningForest;
import org.spikegraph.algorithms.spanningtree.SpanningForestCompiler;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;

/**
 * Minimum spanning forests (of the undirected view) three ways, reduced to {weight, edges}: a
 * minimum forest's weight is unique even where its edges are not. No source: the harness's sources
 * only repeat the whole computation.
 * <ul>
 *   <li>{@code jgrapht} (the reference): {@code KruskalMinimumSpanningTree} on a JGraphT graph built
 *       once, not timed;</li>
 *   <li>{@code spiking}: {@link SpanningForestCompiler}, spiking Borůvka: one event-engine run per
 *       round, driven by the host; its activity summed over the rounds;</li>
 *   <li>{@code primitive}: {@link PrimitiveKruskal}, sorted arcs and union-find on arrays.</li>
 * </ul>
 * Host-driven: projected by solving again with every round on the chip's model ({@link #hostProgram}).
 */
public final class SpanningForestProblem implements Problem<double[]> {

    private final CsrGraph graph;
    private final Graph<Integer, DefaultWeightedEdge> jgrapht;

    /** Prepares the problem (and a JGraphT copy of the undirected view) on {@code graph}. */
    public SpanningForestProblem(CsrGraph graph) {
        this.graph = graph;
        this.jgrapht = JGraphTGraphs.of(graph.directed() ? graph.undirectedView() : graph);
    }

    @Override
    public String name() {
        return "mst";
    }

    @Override
    public CsrGraph graph() {
        return graph;
    }

    @Override
    public String against() {
        return "JGraphT KruskalMinimumSpanningTree";
    }

    @Override
    public List<Method<double[]>> methods() {
        return List.of(
                Method.of("jgrapht", "JGraphT KruskalMinimumSpanningTree.getSpanningTree (JGraphT graph built once, not timed)",
                        s -> {
                            SpanningTreeAlgorithm.SpanningTree<DefaultWeightedEdge> t =
                                    new KruskalMinimumSpanningTree<>(jgrapht).getSpanningTree();
                            return Method.Solved.of(() -> new double[] {t.getWeight(), t.getEdges().size()});
                        }),
                Method.of("spiking", "compile + one event-engine run per Boruvka round (host-driven) + decode", s -> {
                    Execution<SpanningForest> e = new SpanningForestCompiler(graph).program().execute(new EventEngine(), 0);
                    return new Method.Solved<>(() -> figures(e.answer()), e.totals().activity());
                }),
                Method.of("primitive", "PrimitiveKruskal: fastutil radix sort of arc indices by weight + union-find on int[]", s -> {
                    PrimitiveKruskal.Forest f = PrimitiveKruskal.minimumSpanningForest(graph);
                    return Method.Solved.of(() -> new double[] {f.weight(), f.edges()});
                }));
    }

    @Override
    public Validation check(double[] answer, double[] expected) {
        List<String> examples = new ArrayList<>();
        if (Math.abs(answer[0] - expected[0]) > 1e-9 * Math.max(1, Math.abs(expected[0]))) {
            examples.add(String.format(Locale.ROOT, "weight %s where %s has %s", answer[0], against(), expected[0]));
        }
        if (answer[1] != expected[1]) {
            examples.add(String.format(Locale.ROOT, "%.0f edges where %s has %.0f", answer[1], against(), expected[1]));
        }
        return new Validation(against(), 2, examples.size(), examples, 0);
    }

    @Override
    public Optional<Compiled<double[]>> compile(int source) {
        return Optional.empty();
    }

    @Override
    public Optional<Program<double[]>> hostProgram(int source) {
        return Optional.of(new SpanningForestCompiler(graph).program().map(SpanningForestProblem::figures));
    }

    @Override
    public long[] vertexFirstSpikes(Run run) {
        throw new UnsupportedOperationException("spanning forests are host-driven: no single run to draw");
    }

    private static double[] figures(SpanningForest f) {
        return new double[] {f.weight(), f.edgeCount()};
    }
}
