package org.spikegraph.bench.compare;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.components.Components;
import org.spikegraph.algorithms.components.ComponentsCompiler;
import org.spikegraph.algorithms.conventional.PrimitiveComponents;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;

/**
 * Connected components (weakly connected for a directed graph) three ways, all reduced to the
 * smallest vertex index of each vertex's component. The problem has no source: every run solves the
 * whole graph, so the harness's sources only repeat it.
 * <ul>
 *   <li>{@code jgrapht} (the reference): {@code ConnectivityInspector.connectedSets} on a JGraphT
 *       pseudograph built once, not timed;</li>
 *   <li>{@code spiking}: {@link ComponentsCompiler#connected}: compile the wave circuit, one run per
 *       component driven by the host (event engine), decode; its activity is summed over the runs;</li>
 *   <li>{@code primitive}: {@link PrimitiveComponents}, union-find on {@code int[]} over the CSR.</li>
 * </ul>
 * Host-driven: no single circuit to draw ({@link #compile} is empty); projected by solving again with
 * every run on the chip's model ({@link #hostProgram}).
 */
public final class ComponentsProblem implements Problem<long[]> {

    private final CsrGraph graph;
    private final Graph<Integer, DefaultWeightedEdge> jgrapht;

    /** Prepares the problem (and a JGraphT copy of the graph) on {@code graph}. */
    public ComponentsProblem(CsrGraph graph) {
        this.graph = graph;
        this.jgrapht = JGraphTGraphs.of(graph);
    }

    @Override
    public String name() {
        return "components";
    }

    @Override
    public CsrGraph graph() {
        return graph;
    }

    @Override
    public String against() {
        return "JGraphT ConnectivityInspector";
    }

    @Override
    public List<Method<long[]>> methods() {
        return List.of(
                Method.of("jgrapht", "JGraphT ConnectivityInspector.connectedSets (JGraphT graph built once, not timed)", s -> {
                    List<Set<Integer>> sets = new ConnectivityInspector<>(jgrapht).connectedSets();
                    return Method.Solved.<long[]>of(() -> smallest(sets));
                }),
                Method.of("spiking", "compile the wave circuit + one event-engine run per component (host-driven) + decode", s -> {
                    Execution<Components> e = ComponentsCompiler.connected(graph).program().execute(new EventEngine(), 0);
                    return new Method.Solved<>(() -> smallest(e.answer()), e.totals().activity());
                }),
                Method.of("primitive", "PrimitiveComponents: union-find on int[] over the CSR", s -> {
                    int[] label = PrimitiveComponents.smallestVertexLabels(graph);
                    return Method.Solved.of(() -> java.util.Arrays.stream(label).asLongStream().toArray());
                }));
    }

    @Override
    public Validation check(long[] answer, long[] expected) {
        return DistancesValidator.validate(graph, answer, expected, against(), "component (smallest vertex index)");
    }

    @Override
    public Optional<Compiled<long[]>> compile(int source) {
        return Optional.empty();
    }

    @Override
    public Optional<Program<long[]>> hostProgram(int source) {
        return Optional.of(ComponentsCompiler.connected(graph).program().map(this::smallest));
    }

    @Override
    public long[] vertexFirstSpikes(Run run) {
        throw new UnsupportedOperationException("components are host-driven: no single run to draw");
    }

    private long[] smallest(List<Set<Integer>> sets) {
        long[] label = new long[graph.vertexCount()];
        for (Set<Integer> set : sets) {
            int min = set.stream().mapToInt(Integer::intValue).min().orElseThrow();
            for (int v : set) {
                label[v] = min;
            }
        }
        return label;
    }

    private long[] smallest(Components c) {
        int[] first = new int[c.count()];
        java.util.Arrays.fill(first, -1);
        long[] label = new long[graph.vertexCount()];
        for (int v = 0; v < label.length; v++) { // increasing v: the first vertex of a label is its smallest
            int l = c.label(v);
            if (first[l] < 0) {
                first[l] = v;
            }
            label[v] = first[l];
        }
        return label;
    }
}
