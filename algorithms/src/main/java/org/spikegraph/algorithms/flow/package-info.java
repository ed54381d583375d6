/**
 * Maximum flow and minimum cut by spiking Edmonds–Karp: each run is a hop wavefront on the residual
 * graph that finds a shortest augmenting path; the host augments and runs again
 * ({@link org.spikegraph.algorithms.flow.MaxFlowCompiler#program()}, a host loop).
 */
package org.spikegraph.algorithms.flow;
