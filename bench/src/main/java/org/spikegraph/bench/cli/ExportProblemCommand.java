package org.spikegraph.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.SingleRun;
import org.spikegraph.algorithms.export.Export;
import org.spikegraph.algorithms.export.ExportFormat;
import org.spikegraph.algorithms.export.Readout;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.io.OutputFiles;
import org.spikegraph.bench.problem.InputException;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.problem.ProblemSpecs;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --to FORMAT NAME} for any {@link ProblemSpec}: load the graph, check the spec's size
 * against the heap, compile its program and write its one circuit with the spec's
 * {@link ProblemSpec#readout readout} through {@link Export#to}. The spec's parameters object is
 * added as a mixin, as under {@code solve}. A {@link HostLoop} program (several circuits the host
 * runs in turn, e.g. each built from the last one's answer, or one per source) is refused: no single
 * file holds it. A format's refusal
 * (e.g. stochastic neurons in Brian2) is a one-line error; nothing is written then.
 *
 * @param <P> the spec's parameters
 * @param <A> the spec's answer
 */
final class ExportProblemCommand<P, A> implements Callable<Integer> {

    @Mixin
    GraphOptions graphOptions;

    @Option(names = {"--output", "--out"}, required = true, paramLabel = "FILE",
            description = "File to write the circuit to (whole or not at all); - for stdout.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = Seeds.DEFAULT, description = Seeds.HELP)
    long seed;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final ProblemSpec<P, A> problem;
    private final P parameters;

    private ExportProblemCommand(ProblemSpec<P, A> problem, P parameters) {
        this.problem = problem;
        this.parameters = parameters;
    }

    /** Adds a subcommand per problem spec, in {@link ProblemSpecs} order, to {@code export}. */
    static void addTo(CommandLine export) {
        for (ProblemSpec<?, ?> spec : ProblemSpecs.all()) {
            export.addSubcommand(spec.name(), new CommandLine(of(spec)), spec.aliases().toArray(String[]::new));
        }
    }

    private static CommandSpec of(ProblemSpec<?, ?> problem) {
        return typed(problem);
    }

    private static <P, A> CommandSpec typed(ProblemSpec<P, A> problem) {
        P parameters = problem.parameters();
        CommandSpec cs = CommandSpec.forAnnotatedObject(new ExportProblemCommand<>(problem, parameters));
        cs.name(problem.name());
        cs.usageMessage().description(problem.description());
        cs.mixinStandardHelpOptions(true);
        if (ProblemCommand.hasOptions(parameters.getClass())) {
            cs.addMixin("parameters", CommandSpec.forAnnotatedObject(parameters));
        }
        return cs;
    }

    @Override
    public Integer call() throws IOException {
        ExportFormat format = ((ExportCommand) spec.parent().userObject()).format();
        try (Outputs outputs = new Outputs(spec)) {
            OutputFiles.Output file = outputs.add("--output", out); // an unwritable target is refused before any work
            LoadedGraph graph = graphOptions.load();
            String name = guard(graph, () -> problem.reportName(graph.graph(), parameters));
            ProblemSpec.Size size = guard(graph, () -> problem.size(graph.graph(), parameters));
            MemoryCheck.require(name, size.neurons(), size.synapses(), graph.graph().vertexCount(), graph.graph().arcCount());
            int source = guard(graph, () -> problem.source(graph.graph(), parameters));
            Program<A> program = guard(graph, () -> problem.compile(graph.graph(), parameters, source, seed));
            if (!(program instanceof SingleRun<A> single)) {
                throw new UserInputException(problem.name() + " runs several circuits driven by the host (a host loop): export takes a "
                        + "problem compiled into one circuit");
            }
            Circuit<A> circuit = single.circuit();
            Readout readout = guard(graph, () -> problem.readout(graph.graph(), parameters, circuit));
            Path scratch = Files.createTempDirectory("spikegraph-export-");
            Path written = scratch.resolve("circuit" + format.extension());
            try {
                Export.to(format, circuit, readout, written); // a format's refusal comes before any byte
                outputs.write(file, s -> Files.copy(written, s));
                outputs.commit(); // stdout and FIFOs are filled here: the scratch file must still be there
            } finally {
                Files.deleteIfExists(written);
                Files.deleteIfExists(scratch);
            }
            if (file.kind() != OutputFiles.Kind.STDOUT) {
                spec.commandLine().getOut().printf("%s of %s%s: %,d neurons, %,d synapses, readout %s (%s)%n", name,
                        graphOptions.displayName(graph), source < 0 ? "" : " from " + graph.graph().name(source),
                        circuit.network().neuronCount(), circuit.network().synapseCount(), readout.quantity(), format.id());
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }

    /** A spec's call, its {@link InputException} turned into a message naming the graph's file. */
    private static <T> T guard(LoadedGraph graph, Supplier<T> call) {
        try {
            return call.get();
        } catch (InputException e) {
            throw new UserInputException(e.message(graph.file().getFileName().toString()));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(graph.file().getFileName() + ": " + e.getMessage());
        }
    }
}
