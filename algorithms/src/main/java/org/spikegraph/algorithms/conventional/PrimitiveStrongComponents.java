package org.spikegraph.algorithms.conventional;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Strongly connected components by Tarjan's algorithm (1972) on {@code int[]} over the CSR, with an
 * explicit stack instead of recursion: the conventional baseline for strong components.
 */
public final class PrimitiveStrongComponents {

    private PrimitiveStrongComponents() {}

    /**
     * The smallest vertex index of each vertex's strongly connected component: u and v are in one
     * component exactly when the results at u and v are equal.
     */
    public static int[] smallestVertexLabels(CsrGraph graph) {
        int n = graph.vertexCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        int[] index = new int[n];
        java.util.Arrays.fill(index, -1);
        int[] low = new int[n];
        int[] nextArc = new int[n];
        int[] callStack = new int[n];
        int[] members = new int[n];
        boolean[] onStack = new boolean[n];
        int[] label = new int[n];
        int counter = 0;
        int top = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callStack[depth++] = root;
            index[root] = low[root] = counter++;
            nextArc[root] = offsets[root];
            members[top++] = root;
            onStack[root] = true;
            while (depth > 0) {
                int u = callStack[depth - 1];
                if (nextArc[u] < offsets[u + 1]) {
                    int v = targets[nextArc[u]++];
                    if (index[v] < 0) {
                        index[v] = low[v] = counter++;
                        nextArc[v] = offsets[v];
                        members[top++] = v;
                        onStack[v] = true;
                        callStack[depth++] = v;
                    } else if (onStack[v]) {
                        low[u] = Math.min(low[u], index[v]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) {
                    int parent = callStack[depth - 1];
                    low[parent] = Math.min(low[parent], low[u]);
                }
                if (low[u] == index[u]) { // u roots a component: pop it, labelled by its smallest vertex
                    int smallest = Integer.MAX_VALUE;
                    for (int i = top - 1; ; i--) {
                        smallest = Math.min(smallest, members[i]);
                        if (members[i] == u) {
                            break;
                        }
                    }
                    int w;
                    do {
                        w = members[--top];
                        onStack[w] = false;
                        label[w] = smallest;
                    } while (w != u);
                }
            }
        }
        return label;
    }
}
