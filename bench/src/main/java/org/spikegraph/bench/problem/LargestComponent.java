package org.spikegraph.bench.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.spikegraph.algorithms.conventional.PrimitiveComponents;
import org.spikegraph.algorithms.conventional.PrimitiveStrongComponents;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.graph.VertexIds;

/**
 * The subgraph induced by a graph's largest connected component: for an undirected graph its largest
 * connected component, for a directed graph its largest <em>strongly</em> connected component (the only
 * kind in which every eccentricity is finite; in a weakly connected one GraphMeasurer would still say
 * infinity). Ties go to the component holding the smallest vertex index. Distances inside the component
 * equal those of the whole graph (a shortest path between two of its vertices never leaves it), and its
 * vertices keep the file's ids.
 *
 * @param whole      the graph
 * @param component  the induced subgraph, its vertex {@code i} being {@code vertices[i]} of {@code whole}
 * @param vertices   the component's vertices as indices of {@code whole}, ascending
 * @param strong     whether the components are strongly connected ones (a directed graph)
 * @param components how many components {@code whole} has (of that kind)
 */
public record LargestComponent(CsrGraph whole, CsrGraph component, int[] vertices, boolean strong, int components) {

    /** The largest component of {@code graph} (at least one vertex) and its induced subgraph. */
    public static LargestComponent of(CsrGraph graph) {
        int n = graph.vertexCount();
        if (n == 0) {
            throw InputException.noVertices();
        }
        boolean strong = graph.directed();
        int[] label = strong ? PrimitiveStrongComponents.smallestVertexLabels(graph)
                : PrimitiveComponents.smallestVertexLabels(graph);
        int[] size = new int[n];
        int components = 0;
        for (int v = 0; v < n; v++) {
            if (size[label[v]]++ == 0) {
                components++;
            }
        }
        int best = 0;
        for (int v = 1; v < n; v++) {
            if (size[v] > size[best]) {
                best = v; // labels are smallest vertices: the first of equal sizes holds the smallest vertex
            }
        }
        int[] vertices = new int[size[best]];
        int[] local = new int[n];
        Arrays.fill(local, -1);
        for (int v = 0, i = 0; v < n; v++) {
            if (label[v] == best) {
                local[v] = i;
                vertices[i++] = v;
            }
        }
        return new LargestComponent(graph, induced(graph, vertices, local), vertices, strong, components);
    }

    /**
     * The reference's side, found by JGraphT alone: the subgraph of {@code whole} induced by its largest connected
     * component ({@link ConnectivityInspector}), or strongly connected one for a directed graph ({@link
     * KosarajuStrongConnectivityInspector}); ties go to the component holding the smallest vertex.
     */
    static <E> Graph<Integer, E> jgrapht(Graph<Integer, E> whole) {
        List<Set<Integer>> sets = whole.getType().isDirected()
                ? new KosarajuStrongConnectivityInspector<>(whole).stronglyConnectedSets()
                : new ConnectivityInspector<>(whole).connectedSets();
        Set<Integer> largest = null;
        int largestFirst = Integer.MAX_VALUE;
        for (Set<Integer> set : sets) {
            int first = set.stream().mapToInt(Integer::intValue).min().orElseThrow();
            if (largest == null || set.size() > largest.size() || set.size() == largest.size() && first < largestFirst) {
                largest = set;
                largestFirst = first;
            }
        }
        return new AsSubgraph<>(whole, largest);
    }

    /** Whether the component is the whole graph. */
    public boolean isWhole() {
        return vertices.length == whole.vertexCount();
    }

    /** "connected" or "strongly connected". */
    public String kind() {
        return strong ? "strongly connected" : "connected";
    }

    private static CsrGraph induced(CsrGraph graph, int[] vertices, int[] local) {
        boolean weighted = graph.weights() != null;
        CsrGraphBuilder b = new CsrGraphBuilder(graph.directed());
        b.vertexCount(vertices.length);
        if (weighted) {
            b.weighted();
        }
        for (int i = 0; i < vertices.length; i++) {
            int u = vertices[i];
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                int j = local[graph.target(a)];
                // an undirected edge is stored as two arcs (a self-loop as one): add it once, from its lower end
                if (j < 0 || !graph.directed() && j < i) {
                    continue;
                }
                if (weighted) {
                    b.addEdge(i, j, graph.weight(a));
                } else {
                    b.addEdge(i, j);
                }
            }
        }
        VertexIds ids = graph.ids();
        if (ids.isNamed()) {
            List<String> names = new ArrayList<>(vertices.length);
            for (int v : vertices) {
                names.add(graph.name(v));
            }
            b.ids(VertexIds.named(names));
        } else {
            long[] original = new long[vertices.length];
            for (int i = 0; i < vertices.length; i++) {
                original[i] = graph.originalId(vertices[i]);
            }
            b.ids(VertexIds.of(original));
        }
        return b.build();
    }
}
