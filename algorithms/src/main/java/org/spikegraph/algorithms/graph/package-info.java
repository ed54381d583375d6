/**
 * Int-indexed graph access for the compilers and baselines: an immutable compressed-sparse-row
 * {@link org.spikegraph.algorithms.graph.CsrGraph} (primitive arrays, no boxing), its {@link
 * org.spikegraph.algorithms.graph.CsrGraphBuilder}, the mapping between dense indices and original
 * vertex ids ({@link org.spikegraph.algorithms.graph.VertexIds}), and {@link
 * org.spikegraph.algorithms.graph.IndexedGraph}, which views any JGraphT graph as a CSR and maps
 * answers back to JGraphT vertices, edges and paths. Parallel arcs and self-loops are kept as
 * given everywhere.
 */
package org.spikegraph.algorithms.graph;
