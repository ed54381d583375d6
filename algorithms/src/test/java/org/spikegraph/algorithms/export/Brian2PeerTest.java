package org.spikegraph.algorithms.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.shortestpath.HopBoundedCompiler;
import org.spikegraph.algorithms.shortestpath.HopBoundedPaths;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.NetSpec;
import org.spikegraph.substrate.testing.RandomNetworks;

/**
 * Brian2 runs the exported scripts and gives the event engine's first-spike times for every neuron
 * (run with -Ppeers; see {@link Peers}).
 */
@Tag("peers")
class Brian2PeerTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void brian2() throws Exception {
        Peers.require("brian2", "python3-brian");
    }

    /** Runs the script, returns every neuron's first spike (-1 for none) and the output. */
    private long[] runScript(Path script, int n, StringBuilder output) throws Exception {
        Path spikes = dir.resolve(script.getFileName() + ".tsv");
        Peers.Result r = Peers.run(dir, 3600, Peers.python(), script.toString(), "--first-spikes", spikes.toString());
        output.append(r.output());
        assertThat(r.exit()).as("%s", r.output()).isZero();
        long[] first = new long[n];
        Arrays.fill(first, Run.NEVER);
        for (String line : Files.readAllLines(spikes)) {
            String[] f = line.split("\t");
            first[Integer.parseInt(f[0])] = Long.parseLong(f[1]);
        }
        return first;
    }

    @Test
    void rome99ShortestPathsFromVertex1() throws Exception {
        CsrGraph g = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
        ShortestPathCompiler c = new ShortestPathCompiler(g);
        Circuit<ShortestPaths> circuit = c.singleSource(g.indexOf(1));
        Path script = dir.resolve("rome99.py");
        Export.to(ExportFormat.BRIAN2, circuit, Readout.shortestPaths(c), script);
        Outcome<ShortestPaths> java = circuit.run(new EventEngine(), 0);
        StringBuilder out = new StringBuilder();
        long[] first = runScript(script, circuit.network().neuronCount(), out);
        System.out.println("rome99 SSSP from vertex 1, Brian2:\n" + out + "spikegraph event engine: run "
                + java.simulateNanos() / 1e6 + " ms, decode " + java.decodeNanos() / 1e6 + " ms");
        assertThat(out).contains("sum of distances: 116006476 (116,006,476)");
        assertThat(first).isEqualTo(java.run().firstSpikes());
        assertThat(java.answer().sumDistance()).isEqualTo(116_006_476L);
    }

    @Test
    void hopBoundedCircuitOnRome99() throws Exception {
        CsrGraph g = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
        int k = 12;
        Circuit<HopBoundedPaths> circuit = new HopBoundedCompiler(g).compile(g.indexOf(1), k);
        Path script = dir.resolve("hop.py");
        Export.to(ExportFormat.BRIAN2, circuit, Readout.hopBounded(g.vertexCount(), k), script);
        Outcome<HopBoundedPaths> java = circuit.run(new EventEngine(), 0);
        StringBuilder out = new StringBuilder();
        long[] first = runScript(script, circuit.network().neuronCount(), out);
        System.out.println("rome99 hop-bounded (k = " + k + ") from vertex 1, Brian2:\n" + out + "spikegraph event engine: run "
                + java.simulateNanos() / 1e6 + " ms");
        assertThat(first).isEqualTo(java.run().firstSpikes());
        assertThat(java.answer().reachedCount()).isGreaterThan(1);
        assertThat(out).contains("sum of distances: " + java.answer().sumDistance() + " ");
    }

    /**
     * Random deterministic networks (every leak, reset, refractory period, bias, currents, saturation at
     * narrow widths, every stop condition): Brian2's first spikes are the engine's.
     */
    @Test
    void randomDeterministicNetworks() throws Exception {
        int checked = 0;
        for (long seed = 1; checked < 12; seed++) {
            NetSpec spec = RandomNetworks.networks(new Dice(seed * 0x9E3779B97F4A7C15L));
            if (spec.network().types().stream().anyMatch(t -> t.stochastic()) || spec.network().neuronCount() == 0) {
                continue;
            }
            ExportedCircuit c = new ExportedCircuit("random", spec.network(), spec.stim(), spec.stop(),
                    Readout.firstSpikes(spec.neuronCount()));
            Path script = dir.resolve("random" + seed + ".py");
            Export.to(ExportFormat.BRIAN2, c, script);
            Run java = new EventEngine().run(c.network(), c.stimulus(), c.stop(), Recording.firstSpikeTimes(), spec.seed());
            StringBuilder out = new StringBuilder();
            long[] first = runScript(script, spec.neuronCount(), out);
            assertThat(first).as("seed %d: %s\n%s", seed, spec, out).isEqualTo(java.firstSpikes());
            checked++;
        }
    }
}
