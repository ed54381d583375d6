package org.spikegraph.algorithms.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.components.Components;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Checks a {@link Components} answer against JGraphT as set partitions: {@code ConnectivityInspector}
 * for connected (weakly, for a directed graph) components, {@code KosarajuStrongConnectivityInspector}
 * for strongly connected ones. Labels may differ; the partitions must be the same: the count, and for
 * every vertex, its label and JGraphT's set must correspond one to one (each label maps to one
 * JGraphT set and each set to one label).
 */
public final class ComponentsValidator {

    private ComponentsValidator() {}

    /** Validates against JGraphT on a JGraphT copy of the answer's graph. */
    public static Validation validate(Components answer) {
        return validate(answer, JGraphTGraphs.of(answer.graph()));
    }

    /** Validates against JGraphT on {@code reference}, a JGraphT graph with vertices 0 .. n-1. */
    public static Validation validate(Components answer, Graph<Integer, DefaultWeightedEdge> reference) {
        CsrGraph graph = answer.graph();
        int n = graph.vertexCount();
        boolean strong = answer.kind() == Components.Kind.STRONG && graph.directed();
        String against = strong ? "JGraphT KosarajuStrongConnectivityInspector" : "JGraphT ConnectivityInspector";
        long t0 = System.nanoTime();
        List<Set<Integer>> sets = strong
                ? new KosarajuStrongConnectivityInspector<>(reference).stronglyConnectedSets()
                : new ConnectivityInspector<>(reference).connectedSets();
        long referenceNanos = System.nanoTime() - t0;

        int[] ref = new int[n];
        Arrays.fill(ref, -1);
        for (int i = 0; i < sets.size(); i++) {
            for (int v : sets.get(i)) {
                ref[v] = i;
            }
        }
        Mismatches m = new Mismatches();
        m.check(answer.count() == sets.size(), () -> "JGraphT finds " + sets.size() + " components, spiking "
                + answer.count());
        int[] refOfLabel = new int[Math.max(answer.count(), 0)];
        Arrays.fill(refOfLabel, -1);
        int[] labelOfRef = new int[sets.size()];
        Arrays.fill(labelOfRef, -1);
        for (int v = 0; v < n; v++) {
            final int x = v;
            int l = answer.label(v);
            int r = ref[v];
            boolean ok = l >= 0 && l < refOfLabel.length && r >= 0;
            if (ok) {
                if (refOfLabel[l] < 0) {
                    refOfLabel[l] = r;
                }
                if (labelOfRef[r] < 0) {
                    labelOfRef[r] = l;
                }
                ok = refOfLabel[l] == r && labelOfRef[r] == l;
            }
            m.check(ok, () -> "vertex " + graph.name(x) + ": spiking label " + l + " groups it "
                    + (r >= 0 && l >= 0 && l < refOfLabel.length && refOfLabel[l] != r
                    ? "with vertices JGraphT puts in another component"
                    : "apart from vertices JGraphT puts in its component"));
        }
        return m.result(against, referenceNanos);
    }
}
