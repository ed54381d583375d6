package org.spikegraph.algorithms.mis;

import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * A proper vertex colouring of the simple undirected graph under {@code graph}: colour c is the c-th
 * maximal independent set found among the vertices left by colours 0..c-1.
 *
 * @param graph   the graph
 * @param colour  colour per vertex index, 0..colours-1
 * @param colours how many colours
 * @param runs    how many runs (one per colour)
 */
public record Colouring(CsrGraph graph, int[] colour, int colours, int runs) {}
