/**
 * Connected, weakly connected and strongly connected components by spike waves of fire-once
 * neurons, driven by the host: {@link org.spikegraph.algorithms.components.ComponentsCompiler}
 * compiles, {@link org.spikegraph.algorithms.components.Components} is the answer (labels, count,
 * sizes, runs); {@link org.spikegraph.algorithms.components.ComponentsCompiler#program()} is the
 * host loop of waves, whose {@code Execution} sums the runs' activity.
 */
package org.spikegraph.algorithms.components;
