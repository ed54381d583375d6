package org.spikegraph.bench.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * Bytes per synapse and per neuron of built networks and of the event engine's state, from array
 * sizes, against the design budget (&le; 10 bytes per synapse, &le; 16 bytes per neuron in the hot
 * structures). Not a JMH benchmark: sizes are exact, there is nothing to time.
 *
 * <p>Per synapse: the network's synapse- and group-indexed arrays ({@code target}, {@code weight}:
 * 8 B per synapse; {@code groupDelay}, {@code groupEnd}: 8 B per delay group), divided by the
 * synapses. Per neuron: the network's neuron-indexed arrays ({@code typeOf}, {@code groupFirst}:
 * 6 B) plus {@link EventEngine#stateBytes(Network)} (the engine author's own figure: potential,
 * accumulator, bit sets, refractory countdowns when a type needs them), divided by the neurons. The
 * engine's calendar grows with the spikes in flight and is not in {@code stateBytes}: not counted.
 * The two add up to {@link Network#bytes()} + stateBytes.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.spikegraph.bench.jmh.MemoryReport [rome-roads.gr]}
 * from the project root; without an argument it looks for {@code ../shared/data/road/rome-roads.gr}
 * and skips that row when the file is missing.
 */
public final class MemoryReport {

    private MemoryReport() {}

    public static void main(String[] args) {
        System.out.printf("%-46s %9s %10s %9s %9s %8s %8s %8s  %s%n", "network", "neurons", "synapses", "groups",
                "net B/syn", "net B/n", "eng B/n", "B/neuron", "budget");
        row("random 100k x 100, delays 1..16",
                BenchNetworks.random(100_000, 100, 16, 1, NeuronType.integrateAndFire(1), 20240611L));
        row("road-like grid 1000x1000, 2.5 syn, distinct d", BenchNetworks.roadLike(1000, 7L));
        Path road = Path.of(args.length > 0 ? args[0] : "../shared/data/road/rome-roads.gr");
        if (Files.isReadable(road)) {
            row("rome-roads.gr (OSM Rome, delay = length)", dimacs(road));
        } else {
            System.out.println("(no " + road + ": real road row skipped)");
        }
        System.out.println("net B/syn = (target + weight + groupDelay + groupEnd) / synapses;"
                + " B/neuron = (typeOf + groupFirst) / neurons + EventEngine.stateBytes / neurons;"
                + " calendar (grows with spikes in flight) not counted. Budget: <= 10 B/syn, <= 16 B/neuron.");
    }

    private static void row(String name, Network net) {
        long n = net.neuronCount();
        long m = net.synapseCount();
        long g = net.groupCount();
        long synapseBytes = 8L * m + 8L * g;
        long neuronBytes = net.bytes() - synapseBytes; // typeOf (2 B) + groupFirst (4 B, n + 1 entries)
        long engine = EventEngine.stateBytes(net);
        double perSyn = synapseBytes / (double) m;
        double perNeuron = (neuronBytes + engine) / (double) n;
        String verdict = (perSyn <= 10 ? "syn ok" : "SYN>10") + "/" + (perNeuron <= 16 ? "n ok" : "N>16");
        System.out.printf("%-46s %9d %10d %9d %9.2f %8.2f %8.2f %8.2f  %s%n", name, n, m, g, perSyn,
                neuronBytes / (double) n, engine / (double) n, perNeuron, verdict);
    }

    /** A DIMACS .gr file as a network: one threshold-1 latch per vertex, one synapse per arc, delay = length. */
    static Network dimacs(Path file) {
        NetworkBuilder b = Network.builder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.startsWith("p ")) {
                    String[] f = line.trim().split("\\s+");
                    b.neurons(NeuronType.latch(1), Integer.parseInt(f[2]));
                } else if (line.startsWith("a ")) {
                    String[] f = line.trim().split("\\s+");
                    int w = Integer.parseInt(f[3]);
                    if (w < 1) {
                        throw new IllegalArgumentException(file + ":" + lineNo + ": arc length " + w + " < 1");
                    }
                    b.synapse(Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2]) - 1, 1, w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }
}
