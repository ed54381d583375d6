package org.spikegraph.algorithms.shortestpath;

/** How the arcs of shortest paths are read out of a wavefront. */
public enum PathReadout {
    /**
     * The host reads spike times: v's predecessor is the first in-arc (u, v) in CSR order with
     * T(u) + delay(u, v) = T(v). No extra neurons.
     */
    HOST,
    /**
     * The circuit marks them: one witness latch per arc, excited by u through the arc's delay and
     * inhibited by v one step later, so only the witnesses of arcs on shortest paths fire (at T(v)).
     * v's predecessor is the lowest arc whose witness fired. Costs one neuron and two synapses per arc.
     */
    IN_CIRCUIT
}
