/**
 * Longest paths in a DAG (critical paths) and cycle detection by one wave of all-inputs-arrived
 * neurons: {@link org.spikegraph.algorithms.dag.LongestPathCompiler} compiles,
 * {@link org.spikegraph.algorithms.dag.LongestPaths} is the answer.
 */
package org.spikegraph.algorithms.dag;
