/**
 * The pipeline every problem follows: a compiler turns a graph into a
 * {@link org.spikegraph.algorithms.circuit.Program}: one
 * {@link org.spikegraph.algorithms.circuit.Circuit} (network, stimulus, stop condition, recording,
 * decoder) or a {@link org.spikegraph.algorithms.circuit.HostLoop} of circuits, each next one built
 * by the host from what the earlier runs found. A {@link org.spikegraph.algorithms.circuit.CircuitRunner}
 * (an engine, or the hardware projector's chip model) runs each circuit, its
 * {@link org.spikegraph.algorithms.circuit.Decoder} (a pure function of one run) reads the result, and
 * the {@link org.spikegraph.algorithms.circuit.Execution} holds the answer and the runs' summed activity.
 */
package org.spikegraph.algorithms.circuit;
