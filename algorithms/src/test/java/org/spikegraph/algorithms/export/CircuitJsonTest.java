package org.spikegraph.algorithms.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.NetSpec;
import org.spikegraph.substrate.testing.RandomNetworks;
import org.spikegraph.substrate.testing.Seeded;

/** The JSON format is lossless: a round trip gives the same network and bit-identical runs on both engines. */
class CircuitJsonTest {

    private static final Engine[] ENGINES = {new ReferenceEngine(), new EventEngine()};

    static byte[] json(ExportedCircuit c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CircuitJson.write(c, out);
        return out.toByteArray();
    }

    static ExportedCircuit read(String text) throws IOException {
        return CircuitJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "c.json");
    }

    @Seeded(300)
    void roundTripRunsBitIdenticalOnBothEngines(long seed) throws IOException {
        NetSpec spec = RandomNetworks.networks(new Dice(seed));
        ExportedCircuit original = new ExportedCircuit("random", spec.network(), spec.stim(), spec.stop(),
                Readout.firstSpikes(spec.neuronCount()));
        byte[] text = json(original);
        ExportedCircuit back = CircuitJson.read(new ByteArrayInputStream(text), "random.json");

        assertSameNetwork(back.network(), original.network());
        assertThat(json(back)).as("written again, byte for byte").isEqualTo(text);
        assertThat(back.stop()).isEqualTo(original.stop());
        assertThat(back.readout()).isEqualTo(original.readout());
        for (Engine e : ENGINES) {
            Run a = e.run(original.network(), original.stimulus(), original.stop(), Recording.all(), spec.seed());
            Run b = e.run(back.network(), back.stimulus(), back.stop(), Recording.all(), spec.seed());
            assertThat(b.stopReason()).as(e.name() + " stop reason").isEqualTo(a.stopReason());
            assertThat(b.stepsSpanned()).as(e.name() + " steps").isEqualTo(a.stepsSpanned());
            assertThat(b.raster()).as(e.name() + " raster").isEqualTo(a.raster());
            assertThat(b.firstSpikes()).as(e.name() + " first spikes").isEqualTo(a.firstSpikes());
            assertThat(b.spikeCounts()).as(e.name() + " spike counts").isEqualTo(a.spikeCounts());
            assertThat(b.finalPotentials()).as(e.name() + " final potentials").isEqualTo(a.finalPotentials());
            assertThat(b.activity()).as(e.name() + " activity").isEqualTo(a.activity());
        }
    }

    static void assertSameNetwork(Network b, Network a) {
        assertThat(b.neuronCount()).isEqualTo(a.neuronCount());
        assertThat(b.synapseCount()).isEqualTo(a.synapseCount());
        assertThat(b.types()).isEqualTo(a.types());
        assertThat(b.typeOfArray()).isEqualTo(a.typeOfArray());
        assertThat(b.rowStartArray()).isEqualTo(a.rowStartArray());
        assertThat(b.targets()).isEqualTo(a.targets());
        assertThat(b.delays()).isEqualTo(a.delays());
        for (int j = 0; j < a.synapseCount(); j++) {
            assertThat(b.weight(j)).isEqualTo(a.weight(j));
        }
    }

    /** rome99's SSSP circuit written to a file and read back decodes the same distances. */
    @Test
    void rome99CircuitRoundTripsThroughAFile(@TempDir Path dir) throws IOException {
        CsrGraph g = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
        ShortestPathCompiler c = new ShortestPathCompiler(g);
        var circuit = c.singleSource(g.indexOf(1));
        Path file = dir.resolve("rome99.json");
        Export.to(ExportFormat.JSON, circuit, Readout.shortestPaths(c), file);
        ExportedCircuit back = CircuitJson.read(file);
        assertSameNetwork(back.network(), circuit.network());
        Run run = new EventEngine().run(back.network(), back.stimulus(), back.stop(), Recording.firstSpikeTimes(), 0);
        long expected = circuit.run(new EventEngine(), 0).answer().sumDistance();
        assertThat(back.readout().sum(run.firstSpikes())).isEqualTo(expected).isEqualTo(116_006_476L);
        assertThat(back.problem()).isEqualTo("sssp");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no part file left").containsExactly(file);
        }
    }

    @Test
    void malformedJsonNamesTheFileAndLine() {
        assertThatThrownBy(() -> read("{\"format\": \"spikegraph-circuit\",\n\"version\": 1,\n\"problem\": }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("c.json:3: malformed JSON");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "wrong format|\"format\":\"spikegraph-circuit\"|\"format\":\"other\"|c.json: format: expected \"spikegraph-circuit\"",
            "wrong version|\"version\":1|\"version\":2|c.json: version: this reader takes version 1, got 2",
            "type index out of range|\"neurons\":[0,0,0]|\"neurons\":[0,0,5]|c.json: neurons[2]: type index 5 is not one of the 1 types",
            "delay 0|\"delay\":[1,2]|\"delay\":[1,0]|c.json: synapses: synapse 1 -> 2 has delay 0",
            "unknown synapse target|\"target\":[1,2]|\"target\":[1,9]|c.json: synapses: synapse target 9 is not a neuron",
            "arrays of unequal length|\"weight\":[1,1]|\"weight\":[1]|c.json: synapses: its arrays must have the same length",
            "bad leak kind|\"kind\":\"NONE\"|\"kind\":\"LEAKY\"|c.json: types[0]: No enum constant",
            "threshold beyond an int|\"threshold\":1|\"threshold\":9999999999|c.json: types[0].threshold: 9999999999 does not fit an int",
            "stimulus on an unknown neuron|\"neuron\":[0]|\"neuron\":[7]|c.json: stimulus: stimulus at step 0 targets neuron 7",
            "readout of an unknown neuron|\"neurons\":[0,1,2]|\"neurons\":[0,1,3]|c.json: readout: readout names neuron 3",
            "missing field|\"maxSteps\":10,|''|c.json: maxSteps: missing",
    })
    void badFilesAreRefusedNamingTheFieldAndReason(String name, String from, String to, String message) throws IOException {
        ExportedCircuit c = small();
        String text = new String(json(c), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        String bad = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to == null ? "" : to));
        assertThatThrownBy(() -> read(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    /** Three neurons in a chain 0 -> 1 -> 2, neuron 0 forced at step 0. */
    static ExportedCircuit small() {
        var b = Network.builder();
        b.neurons(org.spikegraph.substrate.neuron.NeuronType.latch(1), 3);
        b.synapse(0, 1, 1, 1).synapse(1, 2, 1, 2);
        return new ExportedCircuit("chain", b.build(), org.spikegraph.substrate.stimulus.Stimulus.spikes(0, 0),
                org.spikegraph.substrate.run.StopCondition.afterSteps(10).orQuiescent(), Readout.firstSpikes(3));
    }
}
