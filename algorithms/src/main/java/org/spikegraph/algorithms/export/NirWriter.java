package org.spikegraph.algorithms.export;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Writes a circuit as a NIR graph (the neuromorphic intermediate representation, github.com/neuromorphs/NIR)
 * in NIR's HDF5 layout, with jHDF: a dataset {@code version} and a group {@code node} of type
 * {@code NIRGraph} holding {@code nodes} (one group per node: a {@code type} string and its parameters
 * as float64 arrays) and {@code edges} (pairs of node names). NIR connects whole nodes, so a sparse
 * network becomes one node per neuron and two per synapse:
 * <ul>
 *   <li>neuron i &rarr; {@code n<i>}: {@code IF} (no leak: r = 1, v_threshold = &theta; &minus; 1/2,
 *       v_reset = the hard reset value), or {@code Threshold} (full leak: only this step's input counts,
 *       threshold &theta; &minus; 1/2). NIR fires on v &gt; v_threshold; with integer potentials that
 *       is v &ge; &theta;.</li>
 *   <li>synapse j (s &rarr; t, weight w, delay d) &rarr; {@code n<s> -> w<j> -> d<j> -> n<t>}:
 *       {@code Linear} weight [[w]] and {@code Delay} delay [d] (in steps: dt = 1).</li>
 *   <li>the stimulus's forced spikes at step 0 &rarr; {@code input -> f<k> -> n<i>}, a {@code Linear}
 *       of weight [[&theta;]] (the Input node stands for one spike at step 0).</li>
 *   <li>the readout's neurons &rarr; {@code output}; the stop condition and the readout go into the
 *       graph's metadata, the refractory period into a neuron's metadata.</li>
 * </ul>
 * Nodes: n + 2m + forced + 2; edges: 3m + 2 forced + readout size.
 *
 * <p>Refused, naming the feature: stochastic firing; soft (subtracting) reset; shift and linear
 * leaks (NIR's LIF leaks continuously towards v_leak, not by integer floors); bias; potentials
 * narrower than 32 bits (NIR declares no width, so nothing saturates); stimulus currents and forced
 * spikes after step 0 (a NIR graph has no input schedule); and refractoriness, unless first-spike
 * times cannot depend on it: no negative weight anywhere and every synapse into a refractory neuron
 * at least its threshold (every arriving spike fires it, so its first spike is the first arrival).
 */
public final class NirWriter {

    /** The NIR version this layout follows (nir/serialization.py). */
    public static final String NIR_VERSION = "1.0.7";

    private NirWriter() {}

    /** Refuses what NIR cannot express, naming the feature. */
    public static void check(ExportedCircuit circuit) {
        Network net = circuit.network();
        List<NeuronType> types = net.types();
        boolean refractoryUsed = false;
        for (int t = 0; t < types.size(); t++) {
            NeuronType type = types.get(t);
            String what = "nir export: neuron type " + t + " (" + type + ")";
            if (type.stochastic()) {
                throw new IllegalArgumentException(what + " fires by random draws: NIR nodes are deterministic");
            }
            if (type.reset().isSoft()) {
                throw new IllegalArgumentException(what + " has a soft (subtracting) reset: NIR's IF resets to v_reset");
            }
            if (type.leak().kind() == Leak.Kind.SHIFT || type.leak().kind() == Leak.Kind.LINEAR) {
                throw new IllegalArgumentException(what + " has a " + type.leak()
                        + " leak: NIR's LIF leaks continuously towards v_leak and cannot express integer shift or linear leaks");
            }
            if (type.bias() != 0) {
                throw new IllegalArgumentException(what + " has bias " + type.bias() + ": NIR's IF and Threshold take no bias");
            }
            if (type.potentialBits() < 32) {
                throw new IllegalArgumentException(what + " saturates at a declared width of " + type.potentialBits()
                        + " bits: NIR declares no width");
            }
            refractoryUsed |= type.refractory() != 0;
        }
        Stimulus st = circuit.stimulus();
        for (int e = 0; e < st.size(); e++) {
            if (st.current(e) != 0) {
                throw new IllegalArgumentException("nir export: the stimulus injects a current into neuron " + st.neuron(e)
                        + " at step " + st.step(e) + ": a NIR graph has no input schedule");
            }
            if (st.step(e) != 0) {
                throw new IllegalArgumentException("nir export: the stimulus forces neuron " + st.neuron(e) + " at step "
                        + st.step(e) + ": a NIR graph has no input schedule (only spikes at step 0 map to its Input)");
            }
        }
        if (refractoryUsed) {
            for (int s = 0; s < net.neuronCount(); s++) {
                for (int j = net.outStart(s); j < net.outEnd(s); j++) {
                    int w = net.weight(j);
                    NeuronType target = net.type(net.target(j));
                    if (w < 0 || (target.refractory() != 0 && w < target.threshold())) {
                        throw new IllegalArgumentException("nir export: refractoriness (NIR has none) is kept as metadata only"
                                + " when first spikes cannot depend on it, but synapse " + s + " -> " + net.target(j)
                                + " has weight " + w + (w < 0 ? " < 0" : " below the target's threshold " + target.threshold()));
                    }
                }
            }
        }
    }

    /** Writes the NIR file {@code out}. */
    public static void write(ExportedCircuit circuit, Path out) throws IOException {
        check(circuit);
        Network net = circuit.network();
        int n = net.neuronCount();
        List<String[]> edges = new ArrayList<>();
        try (WritableHdfFile file = HdfFile.write(out)) {
            file.putDataset("version", NIR_VERSION);
            WritableGroup graph = file.putGroup("node");
            graph.putDataset("type", "NIRGraph");
            WritableGroup nodes = graph.putGroup("nodes");
            WritableGroup input = nodes.putGroup("input");
            input.putDataset("type", "Input");
            input.putDataset("shape", new long[] {1});
            WritableGroup output = nodes.putGroup("output");
            output.putDataset("type", "Output");
            output.putDataset("shape", new long[] {1});
            for (int i = 0; i < n; i++) {
                NeuronType t = net.type(i);
                WritableGroup node = nodes.putGroup("n" + i);
                double threshold = t.threshold() - 0.5;
                if (t.leak().kind() == Leak.Kind.FULL) {
                    node.putDataset("type", "Threshold");
                    node.putDataset("threshold", new double[] {threshold});
                } else {
                    node.putDataset("type", "IF");
                    node.putDataset("r", new double[] {1.0});
                    node.putDataset("v_threshold", new double[] {threshold});
                    node.putDataset("v_reset", new double[] {t.reset().value()});
                }
                if (t.refractory() != 0) {
                    WritableGroup meta = node.putGroup("metadata");
                    meta.putDataset("refractory", (long) t.refractory());
                }
            }
            for (int s = 0; s < n; s++) {
                for (int j = net.outStart(s); j < net.outEnd(s); j++) {
                    WritableGroup w = nodes.putGroup("w" + j);
                    w.putDataset("type", "Linear");
                    w.putDataset("weight", new double[][] {{net.weight(j)}});
                    WritableGroup d = nodes.putGroup("d" + j);
                    d.putDataset("type", "Delay");
                    d.putDataset("delay", new double[] {net.delay(j)});
                    edges.add(new String[] {"n" + s, "w" + j});
                    edges.add(new String[] {"w" + j, "d" + j});
                    edges.add(new String[] {"d" + j, "n" + net.target(j)});
                }
            }
            Stimulus st = circuit.stimulus();
            int forced = 0;
            for (int e = 0; e < st.size(); e++) {
                if (st.forced(e)) {
                    WritableGroup f = nodes.putGroup("f" + forced);
                    f.putDataset("type", "Linear");
                    f.putDataset("weight", new double[][] {{net.type(st.neuron(e)).threshold()}});
                    edges.add(new String[] {"input", "f" + forced});
                    edges.add(new String[] {"f" + forced, "n" + st.neuron(e)});
                    forced++;
                }
            }
            Readout r = circuit.readout();
            for (int i = 0; i < r.size(); i++) {
                edges.add(new String[] {"n" + r.neuron(i), "output"});
            }
            graph.putDataset("edges", edges.toArray(new String[0][]));
            WritableGroup meta = graph.putGroup("metadata");
            meta.putDataset("problem", circuit.problem());
            meta.putDataset("time_unit", "step (dt = 1)");
            meta.putDataset("max_steps", circuit.stop().maxSteps());
            meta.putDataset("stop_on_quiescence", circuit.stop().quiescence() ? 1L : 0L);
            int[] watched = circuit.stop().watched();
            if (watched.length > 0) {
                meta.putDataset("watched", watched);
                meta.putDataset("all_watched", circuit.stop().allWatched() ? 1L : 0L);
            }
            meta.putDataset("readout_quantity", r.quantity());
            meta.putDataset("readout_neurons", r.neurons());
            meta.putDataset("readout_offset", r.offset());
            meta.putDataset("readout_divisor", r.divisor());
            meta.putDataset("node_count", (long) (n + 2L * net.synapseCount() + forced + 2));
            meta.putDataset("edge_count", (long) edges.size());
        }
    }
}
