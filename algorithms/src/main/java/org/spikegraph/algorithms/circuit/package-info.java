/**
 * The pipeline every problem follows: a compiler turns a graph into a
 * {@link org.spikegraph.algorithms.circuit.Circuit} (network, stimulus, stop condition, recording,
 * decoder), an engine runs it, and the {@link org.spikegraph.algorithms.circuit.Decoder} reads the
 * answer into an {@link org.spikegraph.algorithms.circuit.Outcome}.
 */
package org.spikegraph.algorithms.circuit;
