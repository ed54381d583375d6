package org.spikegraph.bench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.RunTotals;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.io.OutputFiles;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.ConventionalTiming;
import org.spikegraph.bench.compare.Harness;
import org.spikegraph.bench.compare.MismatchException;
import org.spikegraph.bench.compare.Samples;
import org.spikegraph.bench.plot.RasterPlot;
import org.spikegraph.bench.problem.InputException;
import org.spikegraph.bench.problem.AllSourcesProgram;
import org.spikegraph.bench.problem.OnChip;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.report.NumberText;
import org.spikegraph.bench.report.Report;
import org.spikegraph.bench.report.ReportPrinter;
import org.spikegraph.hardware.Projector;
import org.spikegraph.hardware.cost.DelayStrategies;
import org.spikegraph.hardware.cpu.CpuEstimate;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.engine.LaneEngine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Run;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code solve NAME} and {@code project NAME} for any {@link ProblemSpec}: load the graph, check the
 * spec's size against the heap, compile its program, run it, check the answer against the spec's
 * reference, report, write outputs, and (with {@code --hardware}, or under {@code project}) project
 * the program on chips through {@link OnChip}. The spec's parameters object is added as a mixin, so
 * its options sit beside the graph and run options.
 *
 * @param <P> the spec's parameters
 * @param <A> the spec's answer
 */
final class ProblemCommand<P, A> implements Callable<Integer> {

    /** The reference engine updates every neuron every step: refuse runs above this many updates. */
    private static final double REFERENCE_MAX_UPDATES = 2e9;

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    RunOptions runOptions;

    @Mixin
    ProgressOptions progressOptions;

    @Spec
    CommandSpec spec;

    private final ProblemSpec<P, A> problem;
    private final P parameters;

    private ProblemCommand(ProblemSpec<P, A> problem, P parameters) {
        this.problem = problem;
        this.parameters = parameters;
    }

    /** The command of {@code problem}, named and described by it, with its parameters as a mixin. */
    static CommandSpec of(ProblemSpec<?, ?> problem) {
        return typed(problem);
    }

    private static <P, A> CommandSpec typed(ProblemSpec<P, A> problem) {
        P parameters = problem.parameters();
        CommandSpec cs = CommandSpec.forAnnotatedObject(new ProblemCommand<>(problem, parameters));
        cs.name(problem.name());
        cs.usageMessage().description(problem.description());
        cs.mixinStandardHelpOptions(true);
        if (hasOptions(parameters.getClass())) {
            cs.addMixin("parameters", CommandSpec.forAnnotatedObject(parameters));
        }
        return cs;
    }

    /** Whether a parameters class declares any option (a problem without options has an empty one). */
    static boolean hasOptions(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(picocli.CommandLine.Option.class)
                        || f.isAnnotationPresent(picocli.CommandLine.Parameters.class)
                        || f.isAnnotationPresent(picocli.CommandLine.Mixin.class)
                        || f.isAnnotationPresent(picocli.CommandLine.ArgGroup.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Integer call() {
        if (runOptions.raster != null) {
            try {
                RasterPlot.Format.of(runOptions.raster); // a bad extension is refused before any work
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--raster " + runOptions.raster + ": " + e.getMessage());
            }
        }
        if (runOptions.engine == RunOptions.EngineChoice.spark && runOptions.raster != null) {
            throw new UserInputException("--raster: the spark engine records no raster; leave out --raster or use --engine event");
        }
        progressOptions.mode(); // contradicting options before any work
        Engine engine = runOptions.engine.engine(runOptions.master, runOptions.partitions); // a missing engine before any work
        try (Outputs outputs = new Outputs(spec); Progress progress = progressOptions.start(spec, Progress.phase("load", ""))) {
            return solve(outputs, engine, progress);
        } finally {
            if (engine instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing the " + engine.name() + " engine: " + e.getMessage(), e);
                }
            }
        }
    }

    /** The flow, with every output declared (and checked) first and committed together last. */
    private int solve(Outputs outputs, Engine engine, Progress progress) {
        OutputFiles.Output rasterFile = runOptions.raster == null ? null : outputs.add("--raster", runOptions.raster);
        OutputFiles.Output outputFile = runOptions.output == null ? null : outputs.add("--output", runOptions.output);
        if (runOptions.json && outputFile != null && outputFile.kind() == OutputFiles.Kind.STDOUT) {
            throw new UserInputException("--output " + runOptions.output + ": stdout holds the --json report; give a file, "
                    + "or leave out --json");
        }
        if (runOptions.full && !runOptions.json) {
            throw new UserInputException("--full adds the whole answer to the --json report: give --json too, or use --output FILE");
        }
        List<HardwareProfile> chips = chips();
        long t0 = System.nanoTime();
        LoadedGraph graph = graphOptions.load();
        long t1 = System.nanoTime();
        String name = guard(graph, () -> problem.reportName(graph.graph(), parameters));
        // the disk first: it holds whatever the heap is, so its refusal does not depend on the JVM's free memory
        long streamBound = guard(graph, () -> problem.streamedOutputBound(graph.graph(), parameters));
        if (outputFile != null && streamBound >= 0) {
            outputs.requireSpace(outputFile, streamBound, "lower --sources-limit, or leave out --output for the summary alone");
        }
        ProblemSpec.Size size = guard(graph, () -> problem.size(graph.graph(), parameters));
        MemoryCheck.require(name, size.neurons(), size.synapses(), graph.graph().vertexCount(), graph.graph().arcCount());
        if (runOptions.full) {
            guard(graph, () -> { problem.checkFullAnswer(graph.graph(), parameters); return null; });
        }

        int source = guard(graph, () -> problem.source(graph.graph(), parameters));
        Program<A> program;
        try {
            program = problem.compile(graph.graph(), parameters, source, runOptions.seed);
        } catch (InputException e) {
            throw new UserInputException(e.message(fileName(graph)));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(fileName(graph) + ": " + e.getMessage());
        }
        if (runOptions.maxSteps != null) {
            if (runOptions.maxSteps < 1) {
                throw new UserInputException("--max-steps must be >= 1, got " + runOptions.maxSteps);
            }
            program = program.limitSteps(runOptions.maxSteps);
        }
        long t2 = System.nanoTime();
        boolean spark = runOptions.engine == RunOptions.EngineChoice.spark;
        // all-sources programs run as lanes of the lane engine on the event engine (bit-exact per source)
        AllSourcesProgram<A> lanes = program instanceof AllSourcesProgram<A> all && AllSourcesProgram.runsInLanes(engine)
                && runOptions.raster == null ? all : null;
        Program<A> recorded = runOptions.raster == null ? program : program.recording(Recording.none().withRaster());
        Program<A> measured = program;
        RunProgress runs = new RunProgress("simulate", guard(graph, () -> problem.work(graph.graph(), parameters, source,
                measured)), program instanceof HostLoop<?, A>);
        progress.show(lanes != null ? Progress.phase("simulate", "every source as lanes of the lane engine") : runs);
        Supplier<Execution<A>> run = () -> {
            if (lanes != null) {
                return lanes.execute(engine, runOptions.seed); // the lane engine takes no spike sink
            }
            try {
                Program<A> watched = spark ? recorded : recorded.recording(Recording.none().withSink(runs)); // spark takes no sink
                return watched.execute(c -> { // every run is checked before it starts
                    checkSteps(c);
                    runs.startRun(c.stop().maxSteps());
                    Run r = engine.run(c.network(), c.stimulus(), c.stop(), c.recording(), runOptions.seed);
                    runs.publish();
                    return r;
                });
            } catch (IllegalArgumentException e) {
                if (!spark) {
                    throw e;
                }
                throw new UserInputException("--engine spark: " + e.getMessage());
            }
        };
        Execution<A> execution;
        boolean streamed = outputFile != null && streamBound >= 0;
        if (streamed) { // the rows go into the output while the program runs; committed with the others
            @SuppressWarnings("unchecked")
            Execution<A>[] ran = new Execution[1];
            outputs.stream(outputFile, w -> {
                problem.streamTo(parameters, w);
                ran[0] = run.get();
            });
            execution = ran[0];
        } else {
            execution = run.get();
        }
        A answer = execution.answer();
        // the exact reference runs only when asked: on rome-roads it is seconds of a cold solve
        if (runOptions.validate) {
            progress.show(Progress.phase("validate", "the exact reference"));
        }
        Validation validation = runOptions.validate ? problem.validate(answer, parameters) : null;

        RunTotals t = execution.totals();
        Report.Activity activity = new Report.Activity(runOptions.engine.name(), t.runs(), t.maxNeurons(), t.maxSynapses(),
                t.stepsSpanned(), t.activeSteps(), t.spikes(), t.synapticEvents(), t.neuronUpdates(),
                execution.firstRun() == null ? "NONE" : execution.firstRun().stopReason().name(),
                lanes == null ? null : LaneEngine.LANES, lanes == null ? null : lanes.threads());
        Map<String, Object> summary = guard(graph, () -> problem.summary(answer, parameters));
        // the conventional side is timed before the chip projections, as compare times it (harness first)
        Report.Cpu cpu = chips.isEmpty() ? null : cpu(graph, source, progress);
        Report report = new Report(name,
                new Report.GraphInfo(graphOptions.displayName(graph), graph.format().cliName(), graph.graph().directed(),
                        graph.graph().vertexCount(), graph.graph().arcCount()),
                source < 0 ? null : Report.vertexId(graph.graph(), source),
                guard(graph, () -> problem.reportParameters(graph.graph(), parameters)), summary,
                runOptions.validate ? Report.ValidationInfo.of(validation) : null,
                activity,
                new Report.Timing(ms(t1 - t0), ms(t2 - t1), ms(t.simulateNanos()), ms(execution.decodeNanos()),
                        validation == null ? null : ms(validation.referenceNanos())),
                chips.isEmpty() ? null : project(program, summary, chips, progress),
                cpu,
                runOptions.full ? guard(graph, () -> problem.fullAnswer(graph.graph(), answer, parameters)) : null);

        if (rasterFile != null) {
            outputs.writePicture(rasterFile, "raster." + RasterPlot.Format.of(runOptions.raster).name().toLowerCase(Locale.ROOT),
                    f -> RasterPlot.write(execution.firstRun().raster(), f, name + " on " + graph.file().getFileName()
                            + ": spike raster"));
        }
        if (outputFile != null && !streamed) {
            outputs.writeText(outputFile, out -> problem.writeAnswer(graph.graph(), answer, parameters, out));
        }
        progress.finish(); // the bar goes before the wrote lines and the report
        outputs.commit();
        PrintWriter out = spec.commandLine().getOut();
        if (runOptions.json) {
            out.println(ReportPrinter.json(report));
            out.flush();
        } else {
            ReportPrinter.table(report, out);
        }
        return validation != null && !validation.agrees() ? ExitCodes.MISMATCH : ExitCodes.OK;
    }

    /** A spec's call, its {@link InputException} turned into a message naming the graph's file. */
    private static <T> T guard(LoadedGraph graph, Supplier<T> call) {
        try {
            return call.get();
        } catch (InputException e) {
            throw new UserInputException(e.message(fileName(graph)));
        }
    }

    private static String fileName(LoadedGraph graph) {
        return graph.file().getFileName().toString();
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
    private boolean projecting() {
        return spec.parent() != null && "project".equals(spec.parent().name());
    }

    /**
     * Projects the program on each chip ({@link OnChip}) and checks that the legal runs decode to the
     * same headline figures as the original run.
     */
    private List<Report.ProjectionInfo> project(Program<A> program, Map<String, Object> expected, List<HardwareProfile> chips,
                                                Progress progress) {
        List<Report.ProjectionInfo> out = new ArrayList<>();
        for (HardwareProfile chip : chips) {
            Progress.Status at = new Progress.Status("project", out.size(), chips.size(),
                    "chip " + (out.size() + 1) + " of " + chips.size() + ": " + chip.name());
            progress.show(() -> at);
            if (!projecting()) {
                out.add(info(OnChip.project(program, chip, runOptions.delays.strategy, runOptions.seed), expected));
                continue;
            }
            OnChip.Choices<A> c = OnChip.choices(program, chip, runOptions.delays.strategy, runOptions.seed);
            Projector.Option<A> cheapest = cheapestOrNull(c.options());
            List<Report.StrategyInfo> strategies = new ArrayList<>();
            for (Projector.Option<A> o : c.options()) {
                String word = RunOptions.DelaysChoice.word(o.strategy());
                if (!o.applies()) {
                    strategies.add(new Report.StrategyInfo(word, null, null, null, null, null, null, null, false, null, o.refusal()));
                    continue;
                }
                var p = o.run().projection();
                strategies.add(new Report.StrategyInfo(word, p.neurons(), p.synapses(), p.stepsSpanned(), p.seconds(), p.joules(),
                        o.cost(), DelayStrategies.measure(chip), o == cheapest,
                        problem.summary(o.run().answer(), parameters).equals(expected), null));
            }
            out.add(info(c.chosen(), expected).withStrategies(strategies));
        }
        Progress.Status done = new Progress.Status("project", chips.size(), chips.size(), "chip " + chips.size() + " of " + chips.size());
        progress.show(() -> done);
        return out;
    }

    private Report.ProjectionInfo info(OnChip.Result<A> r, Map<String, Object> expected) {
        return r.failed() ? Report.ProjectionInfo.failed(r.chip(), r.error())
                : Report.ProjectionInfo.of(r.projection(), RunOptions.DelaysChoice.word(r.strategy()),
                        problem.summary(r.answer(), parameters).equals(expected));
    }

    private static <A> Projector.Option<A> cheapestOrNull(List<Projector.Option<A>> options) {
        try {
            return Projector.cheapest(options);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The conventional side: the problem's baselines on the same graph, parameters and source, warmed
     * and repeated as {@code compare} does; the headline is the fastest median, its energy that median
     * at the stated power per core.
     */
    private Report.Cpu cpu(LoadedGraph graph, int source, Progress progress) {
        Harness.Settings settings = new Harness.Settings(runOptions.cpuWarmup, runOptions.cpuRepetitions);
        List<Harness.Timed> timed;
        RunsDone runs = new RunsDone("time the CPU baselines");
        progress.show(runs);
        try {
            timed = ConventionalTiming.time(guard(graph, () -> problem.baselines(graph.graph(), parameters)), graph.graph(),
                    fileName(graph), source < 0 ? (int) runOptions.seed : source, settings, runs);
        } catch (MismatchException e) {
            throw new IllegalStateException("the conventional baselines disagree: " + e.getMessage(), e);
        }
        List<Report.Baseline> baselines = new ArrayList<>();
        Harness.Timed best = null;
        for (Harness.Timed t : timed) {
            Samples ms = t.samples().scaled(1e-6);
            baselines.add(new Report.Baseline(t.method(), t.measures(), settings.warmup(), settings.repetitions(),
                    ms.median(), ms.q1(), ms.q3(), ms.min(), ms.max(), ms.median() / 1e3 * runOptions.cpuWatts));
            if (best == null || t.samples().median() < best.samples().median()) {
                best = t;
            }
        }
        Samples ms = best.samples().scaled(1e-6);
        CpuEstimate e = CpuEstimate.fromWallTime(ms.median() / 1e3, runOptions.cpuWatts, 1);
        String basis = String.format(Locale.ROOT, "%s W per core x 1 core x the median of %d warm runs (after %d warm-up runs) "
                + "of the fastest baseline, %s: a stated power, not a measurement", NumberText.plain(runOptions.cpuWatts),
                settings.repetitions(), settings.warmup(), best.method());
        return new Report.Cpu(best.measures(), e.seconds(), e.joules(), e.method(), e.assumptions(), best.method(), basis,
                settings.warmup(), settings.repetitions(), ms.median(), ms.q1(), ms.q3(), ms.min(), ms.max(),
                List.copyOf(baselines));
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

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
