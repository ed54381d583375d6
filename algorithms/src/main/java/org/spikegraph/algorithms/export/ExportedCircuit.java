package org.spikegraph.algorithms.export;

import java.util.Objects;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.run.StopCondition;

/**
 * What an export carries: a circuit without its (Java) decoder, plus the readout that a peer applies
 * instead. Ids are checked against the network.
 *
 * @param problem  the problem's short name, e.g. "sssp"
 * @param network  the network
 * @param stimulus the external input
 * @param stop     when a run ends
 * @param readout  how the answer is read from first-spike times
 */
public record ExportedCircuit(String problem, Network network, Stimulus stimulus, StopCondition stop, Readout readout) {

    /** Checks that nothing is missing and every id names a neuron. */
    public ExportedCircuit {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(stimulus, "stimulus");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(readout, "readout");
        stimulus.checkNeurons(network.neuronCount());
        stop.checkNeurons(network.neuronCount());
        readout.checkNeurons(network.neuronCount());
    }

    /** A circuit with the readout its answer is read by. */
    public static ExportedCircuit of(Circuit<?> circuit, Readout readout) {
        return new ExportedCircuit(circuit.problem(), circuit.network(), circuit.stimulus(), circuit.stop(), readout);
    }
}
