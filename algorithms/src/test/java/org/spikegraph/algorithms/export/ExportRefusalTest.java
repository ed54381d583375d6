package org.spikegraph.algorithms.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.shortestpath.HopBoundedCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/** What Brian2 and NIR cannot express is refused before anything is written, naming the feature; readouts decode as the decoders do. */
class ExportRefusalTest {

    @TempDir
    Path dir;

    /** Two neurons 0 -> 1 of the given type, weight w, neuron 0 forced at step 0. */
    static ExportedCircuit pair(NeuronType type, int weight, Stimulus stimulus) {
        var b = Network.builder();
        b.neurons(type, 2);
        b.synapse(0, 1, weight, 3);
        return new ExportedCircuit("pair", b.build(), stimulus, StopCondition.afterSteps(20).orQuiescent(), Readout.firstSpikes(2));
    }

    static ExportedCircuit pair(UnaryOperator<NeuronType.Builder> type) {
        return pair(type.apply(NeuronType.builder().threshold(2)).build(), 2, Stimulus.spikes(0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "stochastic|nir|fires by random draws",
            "stochastic|brian2|counter-based random draws (CounterRng)",
            "soft reset|nir|soft (subtracting) reset",
            "shift leak|nir|SHIFT 2 leak",
            "linear leak|nir|LINEAR 1 leak",
            "bias|nir|has bias 1",
            "16 bits|nir|declared width of 16 bits",
            "refractory with a light synapse|nir|refractoriness (NIR has none)",
    })
    void refusedNamingTheFeature(String feature, String format, String message) throws IOException {
        ExportedCircuit c = switch (feature) {
            case "stochastic" -> pair(b -> b.fireChance(1000));
            case "soft reset" -> pair(b -> b.reset(Reset.soft()));
            case "shift leak" -> pair(b -> b.leak(Leak.shift(2)));
            case "linear leak" -> pair(b -> b.leak(Leak.linear(1)));
            case "bias" -> pair(b -> b.bias(1));
            case "16 bits" -> pair(b -> b.potentialBits(16));
            case "refractory with a light synapse" -> pair(NeuronType.builder().threshold(2).refractory(3).build(), 1,
                    Stimulus.spikes(0, 0));
            default -> throw new AssertionError(feature);
        };
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> Export.to(ExportFormat.of(format), c, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(format + " export: ")
                .hasMessageContaining(message);
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing half-written").isEmpty();
        }
    }

    @Test
    void nirRefusesAStimulusScheduleBrian2TakesIt() throws IOException {
        ExportedCircuit current = pair(NeuronType.latch(2), 2, Stimulus.builder().current(0, 4, 2).build());
        assertThatThrownBy(() -> NirWriter.check(current)).hasMessageContaining("injects a current into neuron 0 at step 4");
        ExportedCircuit late = pair(NeuronType.latch(2), 2, Stimulus.spikes(5, 0));
        assertThatThrownBy(() -> NirWriter.check(late)).hasMessageContaining("forces neuron 0 at step 5");
        StringWriter script = new StringWriter();
        Brian2Script.write(current, script);
        assertThat(script.toString()).contains("STIM_STEP = ints(").contains("MAX_STEPS = 20");
    }

    /** Every kind the substrate has that Brian2 runs exactly is accepted: leaks, resets, refractoriness, bias, narrow widths. */
    @Test
    void brian2TakesEveryDeterministicType() throws IOException {
        for (UnaryOperator<NeuronType.Builder> t : java.util.List.<UnaryOperator<NeuronType.Builder>>of(
                b -> b.reset(Reset.soft()), b -> b.leak(Leak.shift(3)), b -> b.leak(Leak.linear(2)), b -> b.bias(-1),
                b -> b.potentialBits(4).threshold(3), b -> b.refractory(2), b -> b.fireOnce(), b -> b.leak(Leak.full()))) {
            Export.to(ExportFormat.BRIAN2, pair(t), dir.resolve("ok.py"));
            assertThat(Files.readString(dir.resolve("ok.py"))).contains("TYPES = np.array([");
        }
    }

    @Test
    void unknownFormatListsTheNames() {
        assertThatThrownBy(() -> ExportFormat.of("dot")).hasMessage("unknown export format 'dot': use one of json, brian2, nir");
        assertThat(ExportFormat.of("Brian2")).isEqualTo(ExportFormat.BRIAN2);
    }

    /** The readouts are the decoders' answers, as data: rome99 SSSP and a hop-bounded circuit. */
    @Test
    void readoutsDecodeAsTheDecodersDo() {
        CsrGraph g = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
        ShortestPathCompiler c = new ShortestPathCompiler(g);
        var sssp = c.singleSource(g.indexOf(1)).run(new EventEngine(), 0);
        Readout r = Readout.shortestPaths(c);
        for (int v = 0; v < g.vertexCount(); v++) {
            assertThat(r.value(sssp.run().firstSpikes(), v)).isEqualTo(sssp.answer().distance(v));
        }
        assertThat(r.sum(sssp.run().firstSpikes())).isEqualTo(116_006_476L);

        int k = 6;
        var hop = new HopBoundedCompiler(g).compile(g.indexOf(1), k).run(new EventEngine(), 0);
        Readout h = Readout.hopBounded(g.vertexCount(), k);
        for (int v = 0; v < g.vertexCount(); v++) {
            assertThat(h.value(hop.run().firstSpikes(), v)).as("vertex %d", v).isEqualTo(hop.answer().distance(v));
        }
        assertThat(hop.answer().reachedCount()).isGreaterThan(1);
    }
}
