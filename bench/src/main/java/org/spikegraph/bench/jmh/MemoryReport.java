package org.spikegraph.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * Bytes per synapse and per neuron of built networks and of the event engine's state, from array
 * sizes, against the design budget (&le; 10 bytes per synapse, &le; 16 bytes per neuron in the hot
 * structures). Not a JMH benchmark: sizes are exact, there is nothing to time.
 *
 * <p>Per synapse: the network's synapse-indexed arrays (target 4 B, delay 4 B, weight index 2 B)
 * plus the weight palette, divided by the synapses. Per neuron: the network's neuron-indexed arrays
 * (type index 2 B, row start 4 B) plus {@link EventEngine#stateBytes(Network)} (potential,
 * accumulator, bit sets, refractory countdowns when a type needs them). The calendar grows with the
 * spikes in flight (8 bytes per pending event) and is not counted. The two add up to
 * {@link Network#bytes()} + stateBytes.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.spikegraph.bench.jmh.MemoryReport [rome-roads.gr]}
 * from the project root; without an argument it uses {@code ../shared/data/road/rome-roads.gr} and
 * skips that row when the file is missing.
 */
public final class MemoryReport {

    private MemoryReport() {}

    public static void main(String[] args) {
        System.out.printf("%-46s %9s %10s %9s %8s %8s %8s  %s%n", "network", "neurons", "synapses",
                "net B/syn", "net B/n", "eng B/n", "B/neuron", "budget");
        row("random 100k x 100, delays 1..16",
                BenchNetworks.random(100_000, 100, 16, 1, NeuronType.integrateAndFire(1), 20240611L));
        row("road-like grid 1000x1000, 2.5 syn, distinct d", BenchNetworks.roadLike(1000, 7L));
        Path road = Path.of(args.length > 0 ? args[0] : "../shared/data/road/rome-roads.gr");
        if (Files.isReadable(road)) {
            row("rome-roads.gr SSSP circuit", new ShortestPathCompiler(GraphLoader.load(road).graph()).network());
        } else {
            System.out.println("(no " + road + ": real road row skipped)");
        }
        System.out.println("net B/syn = (target + delay + weight index + palette) / synapses;"
                + " B/neuron = (type index + row start) / neurons + EventEngine.stateBytes / neurons;"
                + " calendar (8 B per pending event) not counted. Budget: <= 10 B/syn, <= 16 B/neuron.");
    }

    private static void row(String name, Network net) {
        long n = net.neuronCount();
        long m = net.synapseCount();
        long neuronBytes = 2L * n + 4L * (n + 1);
        long synapseBytes = net.bytes() - neuronBytes;
        long engine = EventEngine.stateBytes(net);
        double perSyn = synapseBytes / (double) m;
        double perNeuron = (neuronBytes + engine) / (double) n;
        String verdict = (Math.round(perSyn * 100) <= 1000 ? "syn ok" : "SYN>10") + "/" + (perNeuron <= 16 ? "n ok" : "N>16");
        System.out.printf("%-46s %9d %10d %9.2f %8.2f %8.2f %8.2f  %s%n", name, n, m, perSyn,
                neuronBytes / (double) n, engine / (double) n, perNeuron, verdict);
    }
}
