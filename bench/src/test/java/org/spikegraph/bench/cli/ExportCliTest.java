package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.SingleRun;
import org.spikegraph.algorithms.export.CircuitJson;
import org.spikegraph.algorithms.export.ExportedCircuit;
import org.spikegraph.algorithms.export.Readout;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.problem.ProblemSpecs;
import picocli.CommandLine;

/**
 * {@code spikegraph export --to FORMAT NAME}: every spec on the class path either writes its one
 * circuit, read back by {@link CircuitJson#read} into the network the spec compiles (compiled here
 * independently, from the same options), or is refused as a host loop; the Brian2 script of sssp
 * carries the source's stimulus and the distance readout; bad formats and a format's refusal are
 * one-line errors with nothing written.
 */
class ExportCliTest {

    static Stream<String> names() {
        return SpecCases.names();
    }

    private static String graph(String name) {
        return SpecCases.graph(name);
    }

    private static Cli.Result export(String format, String name, Path out, String... more) {
        List<String> a = SpecCases.args(List.of("export", "--to", format), name, more);
        a.addAll(List.of("--out", out.toString()));
        return Cli.run(a.toArray(String[]::new));
    }

    @ParameterizedTest(name = "export --to json {0}")
    @MethodSource("names")
    void jsonHoldsTheSpecsCircuitOrTheHostLoopIsRefused(String name, @TempDir Path dir) throws IOException {
        ProblemSpec<?, ?> spec = ProblemSpecs.named(name).orElseThrow();
        List<String> options = new ArrayList<>(SpecCases.options(name));
        boolean undirected = options.remove("--undirected"); // the graph's option, not the spec's
        CsrGraph g = GraphLoader.load(Path.of(graph(name)), null, LoadOptions.DEFAULT.withUndirected(undirected)).graph();
        Compiled compiled = compile(spec, g, options);
        Path out = dir.resolve(name + ".json");
        Cli.Result r = export("json", name, out);
        if (compiled.program() instanceof SingleRun<?> single) {
            assertThat(r.code()).as("%s", r).isZero();
            assertThat(Cli.wrote(r)).as("%s", r).containsExactly(out.toString());
            Circuit<?> c = single.circuit();
            ExportedCircuit back = CircuitJson.read(out);
            assertThat(back.network().neuronCount()).isEqualTo(c.network().neuronCount()).isPositive();
            assertThat(back.network().synapseCount()).isEqualTo(c.network().synapseCount());
            assertThat(back.stimulus().size()).isEqualTo(c.stimulus().size());
            assertThat(back.stop().maxSteps()).isEqualTo(c.stop().maxSteps());
            assertThat(back.readout()).isEqualTo(compiled.readout());
            assertThat(r.out()).contains(String.format("%,d neurons", c.network().neuronCount()));
        } else {
            assertThat(compiled.program()).isInstanceOf(HostLoop.class);
            Cli.badInput(r, name + " runs several circuits driven by the host");
            assertThat(out).doesNotExist();
        }
    }

    /** A spec's program and readout, its parameters parsed from the options as the command line does. */
    private record Compiled(Program<?> program, Readout readout) {}

    private static <P, A> Compiled compile(ProblemSpec<P, A> spec, CsrGraph g, List<String> options) {
        P p = spec.parameters();
        if (ProblemCommand.hasOptions(p.getClass())) {
            new CommandLine(p).parseArgs(options.toArray(String[]::new));
        }
        Program<A> program = spec.compile(g, p, spec.source(g, p), 0);
        return new Compiled(program, program instanceof SingleRun<A> s ? spec.readout(g, p, s.circuit()) : null);
    }

    @Test
    void theJsonOfTheShortestPathSpecsReadsDistances(@TempDir Path dir) throws IOException {
        int n = GraphLoader.load(Path.of(graph("sssp"))).graph().vertexCount();
        Path sssp = dir.resolve("sssp.json");
        Path hops = dir.resolve("hops.json");
        Cli.ok("export", "--to", "json", "sssp", "--graph", graph("sssp"), "--out", sssp.toString());
        Cli.ok("export", "--to", "json", "hop-bounded", "--graph", graph("sssp"), "-k", "3", "--out", hops.toString());
        Readout r = CircuitJson.read(sssp).readout();
        Readout h = CircuitJson.read(hops).readout();
        assertThat(r.quantity()).isEqualTo("distance");
        assertThat(r.size()).isEqualTo(n);
        assertThat(h.quantity()).isEqualTo("distance");
        assertThat(h.offset()).isEqualTo(3);
        assertThat(h.neuron(0)).isEqualTo(3 * n);
    }

    @Test
    void theBrian2ScriptOfSsspCarriesTheSourcesStimulusAndTheDistanceReadout(@TempDir Path dir) throws IOException {
        String rome = SharedGraphs.path("road/rome99.gr");
        CsrGraph g = GraphLoader.load(Path.of(rome)).graph();
        for (String source : List.of("1", "1000")) {
            Path out = dir.resolve("rome99-" + source + ".py");
            Cli.Result r = Cli.ok("export", "--to", "brian2", "sssp", "--graph", rome, "--source", source, "--out", out.toString());
            assertThat(Cli.wrote(r)).containsExactly(out.toString());
            String script = Files.readString(out);
            assertThat(longs(script, "STIM_NEURON")).containsExactly(g.find(source));
            assertThat(longs(script, "STIM_STEP")).containsExactly(0L);
            assertThat(longs(script, "READ_NEURONS")).hasSize(g.vertexCount());
            assertThat(script).contains("QUANTITY = 'distance'").contains("READ_OFFSET = 0\n").contains("READ_DIVISOR = 1\n");
            assertThat(r.out()).contains("sssp of " + rome + " from " + source);
        }
    }

    /** The values of a script's {@code NAME = ints('...')} line: base64 of deflated little-endian longs. */
    private static long[] longs(String script, String name) throws IOException {
        Matcher m = Pattern.compile("(?m)^" + name + " = ints\\('([^']*)'\\)$").matcher(script);
        assertThat(m.find()).as("%s in the script", name).isTrue();
        byte[] raw;
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))))) {
            raw = in.readAllBytes();
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        long[] values = new long[raw.length / 8];
        for (int i = 0; i < values.length; i++) {
            values[i] = b.getLong();
        }
        return values;
    }

    @Test
    void dashWritesTheCircuitOnStdoutAndNothingElse() throws IOException {
        Cli.Result r = Cli.ok("export", "--to", "json", "sssp", "--graph", graph("sssp"), "--out", "-");
        ExportedCircuit back = CircuitJson.read(new ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "stdout");
        assertThat(back.network().neuronCount()).isEqualTo(GraphLoader.load(Path.of(graph("sssp"))).graph().vertexCount());
        assertThat(Cli.wrote(r)).containsExactly("stdout");
    }

    @Test
    void aBadFormatListsTheFormatsAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("x");
        Cli.badInput(export("bogus", "sssp", out), "--to: unknown export format 'bogus'", "json, brian2, nir");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFormatIsOneLineNamingTheFormats(@TempDir Path dir) {
        Path out = dir.resolve("x.json");
        Cli.badInput(Cli.run("export", "sssp", "--graph", graph("sssp"), "--out", out.toString()),
                "export needs --to FORMAT", "json, brian2, nir");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFormatsRefusalIsOneLineAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("walks.py");
        Cli.badInput(export("brian2", "randomwalk", out), "brian2 export:");
        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void everySpecIsListedUnderExport() {
        String help = Cli.ok("export", "--help").out();
        for (var spec : ProblemSpecs.all()) { // a name, then its aliases after commas
            assertThat(help).contains("  " + String.join(", ", java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(spec.name()), spec.aliases().stream()).toList()) + " ");
        }
    }
}
