package org.spikegraph.algorithms.conventional;

import org.spikegraph.algorithms.graph.SimpleNeighbours;

/**
 * Greedy maximal independent sets and first-fit colourings on {@code int[]}, in a degree order
 * (ties by smaller vertex index) found by counting sort: the conventional baselines for the spiking
 * independent set (smaller degrees first) and colouring (larger degrees first, Welsh and Powell).
 */
public final class PrimitiveGreedy {

    private PrimitiveGreedy() {}

    /**
     * The vertices by degree, ties by smaller index.
     *
     * @param largestFirst larger degrees first when true, smaller first when false
     */
    public static int[] degreeOrder(SimpleNeighbours simple, boolean largestFirst) {
        int n = simple.vertexCount();
        int[] degree = simple.degree();
        int maxDegree = simple.maxDegree();
        int[] first = new int[maxDegree + 2];
        for (int v = 0; v < n; v++) {
            first[(largestFirst ? maxDegree - degree[v] : degree[v]) + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            first[d + 1] += first[d];
        }
        int[] order = new int[n];
        for (int v = 0; v < n; v++) { // increasing v: ties keep index order
            order[first[largestFirst ? maxDegree - degree[v] : degree[v]]++] = v;
        }
        return order;
    }

    /** The greedy maximal independent set of {@code order}: each vertex joins unless a neighbour already did. */
    public static boolean[] independentSet(SimpleNeighbours simple, int[] order) {
        int n = simple.vertexCount();
        int[] start = starts(simple);
        int[] to = simple.to();
        boolean[] member = new boolean[n];
        boolean[] blocked = new boolean[n];
        for (int v : order) {
            if (!blocked[v]) {
                member[v] = true;
                for (int k = start[v]; k < start[v + 1]; k++) {
                    blocked[to[k]] = true;
                }
            }
        }
        return member;
    }

    /** The first-fit colouring of {@code order}: each vertex takes the smallest colour no coloured neighbour has. */
    public static int[] colouring(SimpleNeighbours simple, int[] order) {
        int n = simple.vertexCount();
        int[] start = starts(simple);
        int[] to = simple.to();
        int[] colour = new int[n];
        java.util.Arrays.fill(colour, -1);
        int[] takenBy = new int[simple.maxDegree() + 2]; // takenBy[c] == v + 1: a neighbour of v has colour c
        for (int v : order) {
            for (int k = start[v]; k < start[v + 1]; k++) {
                int c = colour[to[k]];
                if (c >= 0) {
                    takenBy[c] = v + 1;
                }
            }
            int c = 0;
            while (takenBy[c] == v + 1) {
                c++;
            }
            colour[v] = c;
        }
        return colour;
    }

    /** Where each vertex's neighbours begin in {@code simple.to()} (its pairs are grouped by tail, in order). */
    private static int[] starts(SimpleNeighbours simple) {
        int n = simple.vertexCount();
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + simple.degree()[v];
        }
        return start;
    }
}
