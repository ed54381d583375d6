/**
 * Shortest paths as delay-coded spike wavefronts (Aimone et al., SPAA 2020): single source, point to
 * point, multi-source, BFS hops, k-hop neighbourhoods ({@link
 * org.spikegraph.algorithms.shortestpath.ShortestPathCompiler}), hop-bounded paths ({@link
 * org.spikegraph.algorithms.shortestpath.HopBoundedCompiler}), and the JGraphT drop-in {@link
 * org.spikegraph.algorithms.shortestpath.SpikingShortestPath}.
 */
package org.spikegraph.algorithms.shortestpath;
