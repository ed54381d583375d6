package org.spikegraph.bench.compare;

import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.SingleRun;

import java.util.ArrayList;
import org.spikegraph.bench.report.Report;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;

/**
 * Compares every method of a problem on one graph: the harness (check, then time), the chip
 * projections (checked too), and one row per method and per chip.
 */
public final class GraphBenchmark {

    private GraphBenchmark() {}

    /**
     * What the comparison needs besides the problem.
     *
     * @param sources  how many sources {@link Sources#choose} draws, when {@code given} is null
     * @param given    the sources as the file's vertex ids ({@link Sources#given}), or null to draw them
     * @param seed     the seed that draws them (and seeds the runs)
     * @param settings warm-up and repetitions
     * @param chips    the chips to project on (may be empty)
     * @param cpuWatts stated CPU power per core for the conventional energy figure
     */
    public record Plan(int sources, List<String> given, long seed, Harness.Settings settings, List<HardwareProfile> chips, double cpuWatts) {}

    /**
     * The rows of one graph and the reference answers behind them.
     *
     * @param rows       measured methods first (in the problem's order), then chips
     * @param sources    the sources (indices)
     * @param references the reference's answer per source
     * @param <A>        the answer form
     */
    public record Result<A>(List<Row> rows, int[] sources, List<A> references) {}

    /**
     * Runs the comparison.
     *
     * @throws MismatchException when any method or legalized circuit disagrees with the reference
     */
    public static <A> Result<A> run(Problem<A> problem, Row.GraphInfo graph, Plan plan) {
        return run(problem, graph, plan, Harness.Listener.NONE);
    }

    /**
     * Runs the comparison, telling {@code listener} after each run of the harness and each chip
     * projection (sources &times; chips of them, after the harness's).
     *
     * @throws MismatchException when any method or legalized circuit disagrees with the reference
     */
    public static <A> Result<A> run(Problem<A> problem, Row.GraphInfo graph, Plan plan, Harness.Listener listener) {
        int[] sources = plan.given() == null ? Sources.choose(problem.graph(), plan.sources(), plan.seed())
                : Sources.given(problem.graph(), plan.given());
        long harness = Harness.runs(sources.length, problem.methods().size(), plan.settings());
        long total = harness + (long) sources.length * plan.chips().size();
        Harness.Result<A> h = Harness.run(problem, graph.name(), sources, plan.settings(), (done, all) -> listener.ran(done, total));
        List<ChipProjections.Projected> projected = ChipProjections.project(problem, graph.name(), sources,
                h.references(), plan.chips(), plan.seed(), done -> listener.ran(harness + done, total));
        List<Row> rows = new ArrayList<>();
        Map<String, List<Harness.Timed>> byMethod = h.timed().stream()
                .collect(Collectors.groupingBy(Harness.Timed::method, java.util.LinkedHashMap::new, Collectors.toList()));
        byMethod.values().forEach(runs -> rows.add(Row.measured(graph, problem.name(), runs, plan.settings().warmup(),
                plan.cpuWatts())));
        Map<String, List<ChipProjections.Projected>> byChip = projected.stream()
                .collect(Collectors.groupingBy(ChipProjections.Projected::chip, java.util.LinkedHashMap::new, Collectors.toList()));
        byChip.forEach((chip, ps) -> rows.add(Row.projected(graph, problem.name(), chip, ps)));
        List<Object> ids = java.util.Arrays.stream(sources).mapToObj(s -> Report.vertexId(problem.graph(), s)).toList();
        return new Result<>(rows.stream().map(r -> r.withSources(ids)).toList(), sources, h.references());
    }

    /**
     * A run of the spiking circuit for {@code source} recording its raster, for pictures (empty for a
     * program of several runs); its answer is checked against {@code expected} like every other.
     *
     * @throws MismatchException when it disagrees
     */
    public static <A> Optional<Run> pictureRun(Problem<A> problem, String graphName, int source, A expected, long seed) {
        Optional<Problem.Compiled<A>> maybe = problem.compile(source);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Program<A> program = maybe.get().program();
        if (!(program instanceof SingleRun<A>)) {
            return Optional.empty(); // the pictures show one run
        }
        Execution<A> e = program.recording(Recording.none().withRaster()).execute(new EventEngine(), seed);
        Run run = e.lastRun();
        Validation v = problem.check(e.answer(), expected);
        if (!v.agrees()) {
            throw new MismatchException("spiking (raster run)", graphName, problem.graph().name(source), v);
        }
        return Optional.of(run);
    }
}
