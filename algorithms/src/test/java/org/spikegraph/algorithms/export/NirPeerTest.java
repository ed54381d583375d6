package org.spikegraph.algorithms.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.shortestpath.HopBoundedCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * The NIR files open in Python's h5py (Debian python3-h5py) in NIR's layout, and every node and edge
 * is the one the network says (run with -Ppeers; see {@link Peers}).
 */
@Tag("peers")
class NirPeerTest {

    /** Lists a NIR file: its version, then one line per node (name, type, parameters) and per edge. */
    static final String DUMP = """
            import sys
            import h5py
            import numpy as np

            def text(x):
                return x.decode() if isinstance(x, bytes) else str(x)

            with h5py.File(sys.argv[1], 'r') as f:
                print('version', text(f['version'][()]))
                g = f['node']
                print('graph', text(g['type'][()]))
                for name, node in g['nodes'].items():
                    params = []
                    for key in sorted(node.keys()):
                        if key in ('type', 'metadata'):
                            continue
                        params.append(key + '=' + ','.join(repr(float(v)) for v in np.asarray(node[key][()]).ravel()))
                    if 'metadata' in node:
                        for key in sorted(node['metadata'].keys()):
                            params.append('meta.' + key + '=' + repr(int(node['metadata'][key][()])))
                    print('node', name, text(node['type'][()]), *params)
                for a, b in g['edges'][()]:
                    print('edge', text(a), text(b))
                m = g['metadata']
                print('counts', int(m['node_count'][()]), int(m['edge_count'][()]))
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void h5py() throws Exception {
        Peers.require("h5py", "python3-h5py");
    }

    @Test
    void rome99ShortestPathsNodeByNode() throws Exception {
        CsrGraph g = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
        ShortestPathCompiler c = new ShortestPathCompiler(g);
        Circuit<?> circuit = c.singleSource(g.indexOf(1));
        checkNodeByNode("rome99 SSSP", ExportedCircuit.of(circuit, Readout.shortestPaths(c)));
    }

    /** A layered circuit (on a 20 x 20 grid: jHDF writes NIR's one-group-per-node layout slowly at 10^5 nodes). */
    @Test
    void hopBoundedNodeByNode() throws Exception {
        CsrGraph g = Generators.grid(20, 20, new Generators.Weights(1, 9), 7).graph();
        Circuit<?> circuit = new HopBoundedCompiler(g).compile(0, 4);
        checkNodeByNode("20 x 20 grid hop-bounded k = 4", ExportedCircuit.of(circuit, Readout.hopBounded(g.vertexCount(), 4)));
    }

    private void checkNodeByNode(String what, ExportedCircuit circuit) throws Exception {
        Path file = dir.resolve("circuit.nir");
        long t0 = System.nanoTime();
        Export.to(ExportFormat.NIR, circuit, file);
        long writeMs = (System.nanoTime() - t0) / 1_000_000;
        Path dump = dir.resolve("dump.py");
        Files.writeString(dump, DUMP);
        Peers.Result r = Peers.run(dir, 1800, Peers.python(), dump.toString(), file.toString());
        assertThat(r.exit()).as("%s", r.output()).isZero();

        Map<String, String> nodes = new HashMap<>();
        List<String> edges = new ArrayList<>();
        String counts = null;
        String version = null;
        for (String line : r.output().split("\n")) {
            String[] f = line.split(" ", 3);
            switch (f[0]) {
                case "node" -> nodes.put(f[1], f[2]);
                case "edge" -> edges.add(f[1] + " " + f[2]);
                case "counts" -> counts = f[1] + " " + f[2];
                case "version" -> version = f[1];
                case "graph" -> assertThat(f[1]).isEqualTo("NIRGraph");
                default -> { }
            }
        }
        assertThat(version).isEqualTo(NirWriter.NIR_VERSION);

        Network net = circuit.network();
        int n = net.neuronCount();
        int m = net.synapseCount();
        int forced = circuit.stimulus().size();
        Map<String, String> expected = new HashMap<>();
        Set<String> expectedEdges = new HashSet<>();
        expected.put("input", "Input shape=1.0");
        expected.put("output", "Output shape=1.0");
        for (int i = 0; i < n; i++) {
            NeuronType t = net.type(i);
            String meta = t.refractory() != 0 ? " meta.refractory=" + t.refractory() : "";
            expected.put("n" + i, t.leak().kind() == Leak.Kind.FULL
                    ? "Threshold threshold=" + (t.threshold() - 0.5) + meta
                    : "IF r=1.0 v_reset=" + (double) t.reset().value() + " v_threshold=" + (t.threshold() - 0.5) + meta);
        }
        for (int s = 0; s < n; s++) {
            for (int j = net.outStart(s); j < net.outEnd(s); j++) {
                expected.put("w" + j, "Linear weight=" + (double) net.weight(j));
                expected.put("d" + j, "Delay delay=" + (double) net.delay(j));
                expectedEdges.add("n" + s + " w" + j);
                expectedEdges.add("w" + j + " d" + j);
                expectedEdges.add("d" + j + " n" + net.target(j));
            }
        }
        for (int e = 0; e < forced; e++) {
            expected.put("f" + e, "Linear weight=" + (double) net.type(circuit.stimulus().neuron(e)).threshold());
            expectedEdges.add("input f" + e);
            expectedEdges.add("f" + e + " n" + circuit.stimulus().neuron(e));
        }
        for (int i = 0; i < circuit.readout().size(); i++) {
            expectedEdges.add("n" + circuit.readout().neuron(i) + " output");
        }
        assertThat(nodes).as("nodes").hasSize(n + 2 * m + forced + 2).isEqualTo(expected);
        assertThat(edges).as("edges").hasSize(3 * m + 2 * forced + circuit.readout().size());
        assertThat(new HashSet<>(edges)).isEqualTo(expectedEdges);
        assertThat(counts).isEqualTo(nodes.size() + " " + edges.size());
        System.out.printf("%s: NIR file %,d bytes written in %d ms; h5py reads %,d nodes and %,d edges (%,d neurons, %,d synapses)"
                + " in %d ms%n", what, Files.size(file), writeMs, nodes.size(), edges.size(), n, m, r.millis());
    }
}
