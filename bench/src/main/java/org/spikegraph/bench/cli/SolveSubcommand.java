package org.spikegraph.bench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.RunTotals;
import org.spikegraph.algorithms.io.OutputFiles;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.plot.RasterPlot;
import org.spikegraph.bench.report.Report;
import org.spikegraph.bench.report.ReportPrinter;
import org.spikegraph.hardware.ChipRun;
import org.spikegraph.hardware.Projector;
import org.spikegraph.hardware.cpu.CpuEstimate;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The flow every {@code solve PROBLEM} follows: load the graph, check limits, compile, run, decode,
 * compare with JGraphT, report, write outputs. A problem supplies the circuit, the check, the
 * headline figures and the per-vertex answer.
 *
 * @param <A> the problem's answer type
 */
abstract class SolveSubcommand<A> implements Callable<Integer> {

    /** The reference engine updates every neuron every step: refuse runs above this many updates. */
    private static final double REFERENCE_MAX_UPDATES = 2e9;

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    RunOptions runOptions;

    @Spec
    CommandSpec spec;

    /** The problem's name as in {@code solve NAME}. */
    abstract String problem();

    /** Neurons and synapses the circuit will have, for the memory check before compiling. */
    abstract long[] circuitSize(LoadedGraph graph);

    /** Compiles the circuit for the options given (a problem of one circuit overrides this). */
    Circuit<A> compile(LoadedGraph graph) {
        throw new UnsupportedOperationException(problem() + " is host-driven: it compiles a program");
    }

    /** The program for the options given: the one circuit by default; host-driven problems override this. */
    Program<A> program(LoadedGraph graph) {
        return Program.of(compile(graph));
    }

    /** The source vertex id as written in the file, or null. */
    abstract Object source(LoadedGraph graph);

    /** The problem's parameters worth reporting (target, k...), in order. */
    abstract Map<String, Object> parameters(LoadedGraph graph);

    /** The headline figures of the answer, in order (fixed names, e.g. reachable / sumDistance / maxDistance). */
    abstract Map<String, Object> summary(A answer);

    /** Compares the answer with JGraphT on the same graph (and times JGraphT's algorithm). */
    abstract Validation check(A answer);

    /** Writes the per-vertex answer, one line per vertex, original ids. */
    abstract void writeAnswer(A answer, LoadedGraph graph, PrintWriter out);

    @Override
    public Integer call() {
        if (runOptions.raster != null) {
            try {
                RasterPlot.Format.of(runOptions.raster); // a bad extension is refused before any work
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--raster " + runOptions.raster + ": " + e.getMessage());
            }
        }
        try (Outputs outputs = new Outputs(spec)) {
            return solve(outputs);
        }
    }

    /** The flow, with every output declared (and checked) first and committed together last. */
    private int solve(Outputs outputs) {
        OutputFiles.Output rasterFile = runOptions.raster == null ? null : outputs.add("--raster", runOptions.raster);
        OutputFiles.Output outputFile = runOptions.output == null ? null : outputs.add("--output", runOptions.output);
        if (runOptions.json && outputFile != null && outputFile.kind() == OutputFiles.Kind.STDOUT) {
            throw new UserInputException("--output " + runOptions.output + ": stdout holds the --json report; give a file, "
                    + "or leave out --json");
        }
        List<HardwareProfile> chips = chips();
        long t0 = System.nanoTime();
        LoadedGraph graph = graphOptions.load();
        long t1 = System.nanoTime();
        checkMemory(graph);

        Program<A> program;
        try {
            program = program(graph);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(graph.file().getFileName() + ": " + e.getMessage());
        }
        if (runOptions.maxSteps != null) {
            if (runOptions.maxSteps < 1) {
                throw new UserInputException("--max-steps must be >= 1, got " + runOptions.maxSteps);
            }
            program = program.limitSteps(runOptions.maxSteps);
        }
        long t2 = System.nanoTime();
        Program<A> recorded = runOptions.raster == null ? program : program.recording(Recording.none().withRaster());
        Execution<A> outcome;
        Engine engine = runOptions.engine.engine();
        try (Progress progress = Progress.onTerminal(circuitSize(graph)[0], problem())) {
            Program<A> p = progress == null ? recorded : recorded.recording(Recording.none().withSink(progress));
            outcome = p.execute(c -> { // every run is checked before it starts
                checkSteps(c);
                return engine.run(c.network(), c.stimulus(), c.stop(), c.recording(), runOptions.seed);
            });
        }
        Validation validation = check(outcome.answer());

        Report.Activity activity = totals(outcome.totals(), outcome.firstRun().stopReason().name());
        Report report = new Report(problem(),
                new Report.GraphInfo(graphOptions.displayName(graph), graph.format().cliName(), graph.graph().directed(),
                        graph.graph().vertexCount(), graph.graph().arcCount()),
                source(graph), parameters(graph), summary(outcome.answer()),
                runOptions.validate ? Report.ValidationInfo.of(validation) : null,
                activity,
                new Report.Timing(ms(t1 - t0), ms(t2 - t1), ms(outcome.totals().simulateNanos()), ms(outcome.decodeNanos()),
                        ms(validation.referenceNanos())),
                chips.isEmpty() ? null : project(program, outcome.answer(), chips),
                chips.isEmpty() ? null : cpu(validation));

        if (rasterFile != null) {
            outputs.writePicture(rasterFile, "raster." + RasterPlot.Format.of(runOptions.raster).name().toLowerCase(Locale.ROOT),
                    f -> RasterPlot.write(outcome.firstRun().raster(), f, problem() + " on " + graph.file().getFileName() + ": spike raster"));
        }
        if (outputFile != null) {
            outputs.writeText(outputFile, out -> writeAnswer(outcome.answer(), graph, out));
        }
        outputs.commit();
        PrintWriter out = spec.commandLine().getOut();
        if (runOptions.json) {
            out.println(ReportPrinter.json(report));
            out.flush();
        } else {
            ReportPrinter.table(report, out);
        }
        return runOptions.validate && !validation.agrees() ? ExitCodes.MISMATCH : ExitCodes.OK;
    }

    /** The activity of the runs: their count, the largest network, the summed figures. */
    Report.Activity totals(RunTotals t, String stopReason) {
        return new Report.Activity(runOptions.engine.name(), t.runs(), t.maxNeurons(), t.maxSynapses(), t.stepsSpanned(),
                t.activeSteps(), t.spikes(), t.synapticEvents(), t.neuronUpdates(), stopReason);
    }

    /** The chips to project on: {@code --hardware}, or all of them under {@code spikegraph project}. */
    private List<HardwareProfile> chips() {
        List<String> names = runOptions.hardware;
        if ((names == null || names.isEmpty()) && projecting()) {
            names = List.of("all");
        }
        return names == null ? List.of() : Chips.parse(names);
    }

    /** True under {@code spikegraph project}: every chip, side by side with the CPU. */
    boolean projecting() {
        return spec.parent() != null && "project".equals(spec.parent().name());
    }

    /**
     * Projects the program on each chip ({@link Projector}: every run legalized, placed, run and costed,
     * summed over a host loop's runs), and checks that the legal runs decode to the same headline figures.
     */
    private List<Report.ProjectionInfo> project(Program<A> program, A answer, List<HardwareProfile> chips) {
        List<Report.ProjectionInfo> out = new ArrayList<>();
        for (HardwareProfile chip : chips) {
            ChipRun<A> r;
            try {
                r = Projector.project(program, chip, DelayStrategy.TAPPED_LINES, runOptions.seed);
            } catch (IllegalArgumentException e) {
                out.add(Report.ProjectionInfo.failed(chip.name(), e.getMessage()));
                continue;
            }
            out.add(Report.ProjectionInfo.of(r.projection(), r.agrees(answer, (a, b) -> summary(a).equals(summary(b)))));
        }
        return out;
    }

    /** JGraphT's time on this machine (one cold run, from the check) and its energy at the stated power per core. */
    private Report.Cpu cpu(Validation validation) {
        CpuEstimate e = CpuEstimate.fromWallTime(validation.referenceNanos() / 1e9, runOptions.cpuWatts, 1);
        return Report.Cpu.oneColdRun(validation.against(), e.seconds(), e.joules(), e.method(), e.assumptions());
    }

    /** Refuses a graph whose circuit (and JGraphT copy) would not fit in this JVM's heap. */
    private void checkMemory(LoadedGraph graph) {
        long[] size = circuitSize(graph);
        MemoryCheck.require(problem(), size[0], size[1], graph.graph().vertexCount(), graph.graph().arcCount());
    }

    /** Refuses a reference-engine run that would update too many neurons, before it starts. */
    private void checkSteps(Circuit<?> circuit) {
        if (runOptions.engine == RunOptions.EngineChoice.reference) {
            double updates = (double) circuit.network().neuronCount() * circuit.stop().maxSteps();
            if (updates > REFERENCE_MAX_UPDATES) {
                throw new UserInputException(String.format("the reference engine updates every neuron every step: "
                        + "%,d neurons x up to %,d steps is too many; use --engine event (identical results) or lower --max-steps",
                        circuit.network().neuronCount(), circuit.stop().maxSteps()));
            }
        }
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
