package org.spikegraph.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.Coordinates;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.io.OutputFiles;
import org.spikegraph.bench.compare.Comparison;
import org.spikegraph.bench.compare.ComparisonWriter;
import org.spikegraph.bench.compare.GraphBenchmark;
import org.spikegraph.bench.compare.Harness;
import org.spikegraph.bench.compare.MismatchException;
import org.spikegraph.bench.compare.PowerLaw;
import org.spikegraph.bench.compare.Problem;
import org.spikegraph.bench.compare.Problems;
import org.spikegraph.bench.problem.ProblemSpecs;
import org.spikegraph.bench.compare.Row;
import org.spikegraph.bench.compare.Sources;
import org.spikegraph.bench.compare.Sweep;
import org.spikegraph.bench.plot.RasterPlot;
import org.spikegraph.bench.plot.ScalingPlot;
import org.spikegraph.bench.plot.WavefrontPlot;
import org.spikegraph.bench.problem.ComponentsSpec;
import org.spikegraph.bench.problem.InputException;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.run.Run;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spikegraph compare}: the spiking pipeline, JGraphT's algorithm, the primitive baseline and
 * the chip projections on the same graphs and sources. Every answer is checked against JGraphT's
 * before its time is kept (a mismatch exits 3 and writes nothing); the table goes to stdout, and
 * CSV, JSON, a markdown section and the pictures to {@code --output}.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Spiking (simulated and projected onto chips) against conventional algorithms on the same graphs "
                + "and sources: median and spread of repeated timings after warm-up, every answer checked first.",
                "Writes compare.csv, compare.json, compare.md and PNG/SVG pictures (spike raster, wavefront on the map "
                        + "when the graph has coordinates, scaling curves with --sweep) to --output."})
final class CompareCommand implements Callable<Integer> {

    /** The largest generated graph a sweep may ask for. */
    static final int MAX_SWEEP_VERTICES = 10_000_000;
    /** Pictures are drawn for graphs up to this many vertices. */
    static final int MAX_PICTURE_VERTICES = 2_000_000;

    @Option(names = "--graph", paramLabel = "FILE", arity = "1..*",
            description = "Graph files (DIMACS .gr with .co coordinates beside it, edge lists, .mtx, ...).")
    List<Path> graphs = new ArrayList<>();

    @Option(names = "--problem", paramLabel = "NAME", defaultValue = "sssp", completionCandidates = ProblemNames.class,
            description = "The problem, as solve names it: ${COMPLETION-CANDIDATES} (an alias follows its problem's name "
                    + "and is the same problem, e.g. diameter for eccentricity). A problem without a source (components, "
                    + "mst, pagerank, ...) runs the whole graph once per drawn source (sources only repeat or reseed the "
                    + "run); components on a directed graph needs --weak or --strong, as under solve. "
                    + "Default: ${DEFAULT-VALUE}.")
    String problem;

    /** Sources drawn per graph when neither {@code --sources} nor {@code --source-count} is given. */
    static final int DEFAULT_SOURCE_COUNT = 5;

    @Option(names = "--sources", paramLabel = "ID", split = ",",
            description = "Source vertex ids as written in the file, comma-separated: every graph is run from exactly these "
                    + "(instead of drawing --source-count of them).")
    List<String> sourceIds;

    @Option(names = "--source-count", paramLabel = "K", converter = Numbers.PositiveInt.class,
            description = "Sources drawn per graph by --seed among the vertices of the largest weakly connected component "
                    + "with an arc to another vertex (no source reaches only itself). Default: " + DEFAULT_SOURCE_COUNT
                    + " (when --sources is not given).")
    Integer sourceCount;

    /** {@code --weak} or {@code --strong} for {@code --problem components}: the options of {@code solve components}. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ComponentsSpec.Parameters.Mode components;

    @Option(names = "--undirected", description = "Read every graph as undirected (each edge both ways).")
    boolean undirected;

    @Option(names = "--threads", paramLabel = "N", converter = Numbers.PositiveInt.class,
            description = "Threads of the lane engine and the multi-source baselines (the all-sources problems; sssp and "
                    + "bfs's 'spiking, lanes' method); answers do not depend on it. Default: the available cores.")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = Seeds.DEFAULT, description = Seeds.HELP)
    long seed;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = Harness.Settings.WARMUP, converter = Numbers.NonNegativeInt.class, description = "Untimed runs per source and method first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = Harness.Settings.REPETITIONS, converter = Numbers.PositiveInt.class, description = "Timed runs per source and method. Default: ${DEFAULT-VALUE}.")
    int repetitions;

    @Option(names = "--sweep", description = "Also run generated road-like graphs from --min-vertices to --max-vertices "
            + "(steps of sqrt 10) and fit growth exponents.")
    boolean sweep;

    @Option(names = "--min-vertices", paramLabel = "N", defaultValue = "1000", converter = Numbers.PositiveInt.class, description = "Smallest sweep graph. Default: ${DEFAULT-VALUE}.")
    int minVertices;

    @Option(names = "--max-vertices", paramLabel = "N", defaultValue = "100000", converter = Numbers.PositiveInt.class,
            description = "Largest sweep graph (up to " + MAX_SWEEP_VERTICES + "). Default: ${DEFAULT-VALUE}.")
    int maxVertices;

    @Option(names = "--hardware", paramLabel = "CHIP", split = ",", defaultValue = "all",
            description = "Chips to project on: loihi, loihi2, truenorth, spinnaker, spinnaker2, all or none. Default: ${DEFAULT-VALUE}.")
    List<String> hardware;

    @Option(names = "--cpu-watts", paramLabel = "W", defaultValue = "15", converter = Numbers.NonNegativeDouble.class,
            description = "Stated CPU power per core for the conventional energy figure. Default: ${DEFAULT-VALUE} W.")
    double cpuWatts;

    @Option(names = {"--output", "--out"}, paramLabel = "DIR", defaultValue = "compare-results",
            description = "Directory for the CSV, JSON, markdown and pictures, each replaced whole and all together "
                    + "(nothing is written when the command fails). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--json", description = "Print the comparison as one JSON object (as compare.json holds it) instead of "
            + "the table.")
    boolean json;

    @Option(names = "--no-pictures", description = "Write no pictures.")
    boolean noPictures;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Mixin
    ProgressOptions progressOptions;

    @Spec
    CommandSpec spec;

    /** Runs done, for the progress display. */
    private final RunsDone runsDone = new RunsDone("compare");
    private int graphsDone;
    private int graphCount;

    /** Prepares the problem on a graph: {@link Problems#of}; tests substitute one with a deliberately wrong method. */
    java.util.function.BiFunction<String, CsrGraph, Problem<?>> problems = (name, graph) -> Problems.of(name, graph, this::options,
            threads != null ? threads : Runtime.getRuntime().availableProcessors());

    /** Sets the problem's parameters from this command's options of it (--weak/--strong). */
    private void options(Object parameters) {
        if (parameters instanceof ComponentsSpec.Parameters p) {
            p.mode = components;
        }
    }

    /** One graph to compare on: its name, its graph and its coordinates (or null). */
    private record Input(String name, CsrGraph graph, Coordinates coordinates, boolean generated) {}

    @Override
    public Integer call() {
        Harness.Settings settings = checkOptions();
        progressOptions.mode(); // contradicting options before any work
        try (Outputs outputs = new Outputs(spec); Progress progress = progressOptions.start(spec, runsDone)) {
            // the tables are declared first: a folder that cannot be written is refused before any work
            List<OutputFiles.Output> tables = new ArrayList<>();
            for (String name : List.of("compare.csv", "compare.json", "compare.md")) {
                tables.add(outputs.add("--output", out.resolve(name)));
            }
            return compare(settings, outputs, tables, progress);
        }
    }

    private int compare(Harness.Settings settings, Outputs outputs, List<OutputFiles.Output> tables, Progress progress) {
        List<HardwareProfile> chips = Chips.parse(hardware);
        List<Input> inputs = new ArrayList<>();
        for (Path file : graphs) {
            runsDone.note("load " + file);
            LoadedGraph g = GraphLoader.load(file, null, LoadOptions.DEFAULT.withUndirected(undirected));
            require(g.graph(), file.toString());
            inputs.add(new Input(file.toString(), g.graph(), g.coordinates(), false));
        }
        if (!noPictures) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Input in : inputs) {
                if (!names.add(slug(in.name()))) {
                    throw new UserInputException("--graph: two graphs would both be drawn as raster-" + slug(in.name())
                            + ".png; give files of different names, or --no-pictures");
                }
            }
        }
        int[] sizes = sweep ? Sweep.sizes(minVertices, maxVertices) : new int[0];
        if (sweep) {
            if (sourceIds != null) { // the smallest graph's ids are in every larger one: check them before any work
                require(Generators.roadLike(sizes[0], Sweep.ROAD_NEIGHBOURS, seed).graph(), Sweep.graphName(sizes[0]));
            }
            long n = maxVertices;
            MemoryCheck.require(problem, n, 2L * Sweep.ROAD_NEIGHBOURS * n, n, 2L * Sweep.ROAD_NEIGHBOURS * n);
        }
        GraphBenchmark.Plan plan = new GraphBenchmark.Plan(sources(), sourceIds, seed, settings, chips, cpuWatts);
        graphCount = inputs.size() + (sizes.length > 0 ? sizes.length + 1 : 0); // the sweep's untimed pass counts too
        List<Row> rows = new ArrayList<>();
        List<Row> sweepRows = new ArrayList<>();
        java.util.Set<String> against = new java.util.LinkedHashSet<>();
        List<Picture> pictures = new ArrayList<>();
        try {
            for (Input in : inputs) {
                rows.addAll(compare(in, plan, pictures, against));
            }
            if (sizes.length > 0) {
                // One untimed pass over the smallest size first, so that its figures are not the JIT's
                // (cold code made the small sizes slow and the fitted exponents low).
                runsDone.graph(graphsDone, graphCount, Sweep.graphName(sizes[0]) + " (untimed pass)");
                runsDone.note("generating");
                Generators.Generated g = Generators.roadLike(sizes[0], Sweep.ROAD_NEIGHBOURS, seed);
                compare(new Input(Sweep.graphName(sizes[0]), g.graph(), g.coordinates(), true), plan, null,
                        new java.util.LinkedHashSet<>());
            }
            for (int n : sizes) {
                runsDone.graph(graphsDone, graphCount, Sweep.graphName(n));
                runsDone.note("generating");
                Generators.Generated g = Generators.roadLike(n, Sweep.ROAD_NEIGHBOURS, seed);
                List<Row> r = compare(new Input(Sweep.graphName(n), g.graph(), g.coordinates(), true), plan, null, against);
                rows.addAll(r);
                sweepRows.addAll(r);
            }
        } catch (MismatchException e) {
            progress.close();
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.commandLine().getColorScheme().errorText("spikegraph: " + e.getMessage()));
            e.validation().examples().stream().skip(1).forEach(x -> err.println("  " + x));
            err.flush();
            return ExitCodes.MISMATCH;
        }
        List<Comparison.Fit> fits = Sweep.fits(sweepRows);
        Comparison c = new Comparison(Comparison.SCHEMA, commandLine(), org.spikegraph.bench.compare.Machine.here(), problem,
                sources(), sourceIds == null ? Sources.RULE : Sources.GIVEN, seed, warmup, repetitions,
                String.join(", ", against), rows, fits, Sweep.coincidences(sweepRows));
        draw(outputs, tables, c, pictures, sweepRows);
        progress.finish(); // the bar goes before the wrote lines and the table
        outputs.commit();
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(ComparisonWriter.json(c));
        } else {
            ComparisonWriter.table(c, stdout);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** A picture to draw once every check has passed. */
    private record Picture(Input input, String problem, int source, Run run, long[] firstSpikes) {}

    private List<Row> compare(Input in, GraphBenchmark.Plan plan, List<Picture> pictures, java.util.Set<String> against) {
        Problem<?> p;
        try {
            p = problems.apply(problem, in.graph());
        } catch (InputException e) {
            throw new UserInputException(e.message(fileName(in.name())));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(in.name() + ": " + e.getMessage());
        }
        against.add(p.against());
        return compareTyped(p, in, plan, pictures);
    }

    private <A> List<Row> compareTyped(Problem<A> p, Input in, GraphBenchmark.Plan plan, List<Picture> pictures) {
        runsDone.graph(graphsDone, graphCount, in.name());
        Row.GraphInfo info = new Row.GraphInfo(in.name(), in.graph().vertexCount(), in.graph().arcCount());
        GraphBenchmark.Result<A> r = GraphBenchmark.run(p, info, plan, runsDone);
        graphsDone++;
        if (pictures != null && !noPictures && in.graph().vertexCount() <= MAX_PICTURE_VERTICES) {
            int s = r.sources()[0];
            GraphBenchmark.pictureRun(p, in.name(), s, r.references().get(0), seed)
                    .ifPresent(run -> pictures.add(new Picture(in, problem, s, run, p.vertexFirstSpikes(run))));
        }
        return r.rows();
    }

    /** Fills the tables and declares and draws every picture; nothing is in place before the commit. */
    private void draw(Outputs outputs, List<OutputFiles.Output> tables, Comparison c, List<Picture> pictures,
                      List<Row> sweepRows) {
        outputs.writeText(tables.get(0), w -> ComparisonWriter.csv(c, w));
        outputs.writeText(tables.get(1), w -> w.println(ComparisonWriter.json(c)));
        outputs.writeText(tables.get(2), w -> ComparisonWriter.markdown(c, w));
        for (Picture pic : pictures) {
            String base = slug(pic.input().name());
            String id = pic.input().graph().name(pic.source());
            for (String ext : List.of("png", "svg")) {
                picture(outputs, "raster-" + base + "." + ext, f -> RasterPlot.write(pic.run().raster(), f,
                        pic.problem() + " on " + fileName(pic.input()) + " from vertex " + id + ": spike raster"));
                if (pic.input().coordinates() != null && pic.firstSpikes() != null) {
                    picture(outputs, "wavefront-" + base + "." + ext, f -> WavefrontPlot.write(pic.input().coordinates(),
                            pic.firstSpikes(), pic.source(), f, pic.problem() + " wavefront on " + fileName(pic.input())
                                    + " from vertex " + id + ": colour = first-spike step (grows with the " + (pic.problem().equals("bfs")
                                    ? "hops" : "distance") + ")"));
                }
            }
        }
        if (!sweepRows.isEmpty() && !noPictures) {
            Map<String, String> titles = Map.of("timeMs", "time per query (ms; chips: projected)", "spikes", "spikes",
                    "synapticEvents", "synaptic events", "joules", "energy per query (J; CPU: stated power)");
            for (Map.Entry<String, java.util.function.Function<Row, Double>> q : Sweep.QUANTITIES.entrySet()) {
                List<ScalingPlot.Curve> curves = curves(sweepRows, q.getKey(), c.coincident());
                for (String ext : List.of("png", "svg")) {
                    picture(outputs, "scaling-" + q.getKey() + "." + ext, f -> ScalingPlot.write(curves,
                            problem + " on road-like graphs: " + titles.get(q.getKey()) + " vs size", titles.get(q.getKey()), f));
                }
            }
        }
    }

    /**
     * One curve per method of the quantity; the legend names the fitted exponent and, for a curve on
     * top of an earlier one ({@link Sweep#coincidences}), that method.
     */
    private static List<ScalingPlot.Curve> curves(List<Row> rows, String quantity, List<Comparison.Coincidence> coincident) {
        java.util.function.Function<Row, Double> figure = Sweep.QUANTITIES.get(quantity);
        Map<String, List<Row>> byMethod = rows.stream().collect(Collectors.groupingBy(Row::method,
                java.util.LinkedHashMap::new, Collectors.toList()));
        List<ScalingPlot.Curve> curves = new ArrayList<>();
        byMethod.forEach((method, rs) -> {
            double[][] xy = Sweep.points(rs, figure);
            String name = method;
            if (xy[0].length >= 2 && xy[0][0] != xy[0][xy[0].length - 1]) {
                name = String.format(Locale.ROOT, "%s  ~ n^%.2f", method, PowerLaw.fit(xy[0], xy[1]).exponent());
            }
            for (Comparison.Coincidence k : coincident) {
                if (k.quantity().equals(quantity) && k.method().equals(method)) {
                    name += "  (on top of " + k.sameAs() + ")";
                }
            }
            curves.add(new ScalingPlot.Curve(name, xy[0], xy[1]));
        });
        return curves;
    }

    private Harness.Settings checkOptions() {
        if (graphs.isEmpty() && !sweep) {
            throw new UserInputException("give --graph FILE... or --sweep (or both)");
        }
        if (ProblemSpecs.named(problem).isEmpty()) {
            throw new UserInputException("--problem must be one of " + Problems.described() + ", got '" + problem + "'");
        }
        if (components != null && !problem.equals("components")) {
            throw new UserInputException("--weak and --strong choose the components of a directed graph: they go with "
                    + "--problem components, not " + problem);
        }
        if (sourceIds != null && sourceCount != null) {
            throw new UserInputException("give --sources ID,... (these vertices) or --source-count K (K drawn), not both");
        }
        if (sourceIds != null && sourceIds.isEmpty()) {
            throw new UserInputException("--sources needs at least one vertex id");
        }
        if (warmup < 0) {
            throw new UserInputException("--warmup must be >= 0, got " + warmup);
        }
        if (repetitions < 1) {
            throw new UserInputException("--repetitions must be >= 1, got " + repetitions);
        }
        if (sweep && (minVertices < 10 || maxVertices < minVertices || maxVertices > MAX_SWEEP_VERTICES)) {
            throw new UserInputException("--min-vertices and --max-vertices must satisfy 10 <= min <= max <= "
                    + MAX_SWEEP_VERTICES + ", got " + minVertices + " and " + maxVertices);
        }
        if (sweep && sourceIds == null && sources() > minVertices) {
            throw new UserInputException("--source-count " + sources() + " exceeds the smallest sweep graph (--min-vertices "
                    + minVertices + ")");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("--output " + out + " is a file, not a directory");
        }
        return new Harness.Settings(warmup, repetitions);
    }

    /** Sources per graph: as many as {@code --sources} names, else {@code --source-count}, else the default. */
    private int sources() {
        return sourceIds != null ? sourceIds.size() : sourceCount != null ? sourceCount : DEFAULT_SOURCE_COUNT;
    }

    /** Refuses, before any work, a graph without the sources asked for or too big for the heap. */
    private void require(CsrGraph g, String name) {
        try {
            if (sourceIds == null) {
                Sources.choose(g, sources(), seed);
            } else {
                Sources.given(g, sourceIds);
            }
            Problems.check(problem, g, this::options);
        } catch (InputException e) {
            throw new UserInputException(e.message(fileName(name)));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(name + ": " + e.getMessage());
        }
        MemoryCheck.require(problem, g.vertexCount(), g.arcCount(), g.vertexCount(), g.arcCount());
    }

    /** Declares the picture {@code name} in {@code --output} and draws it. */
    private void picture(Outputs outputs, String name, Outputs.Drawing drawing) {
        outputs.writePicture(outputs.add("--output", out.resolve(name)), name, drawing);
    }

    private static String fileName(String name) {
        return name.contains("/") || name.contains("\\") ? Path.of(name).getFileName().toString() : name;
    }

    private static String fileName(Input in) {
        return in.generated() ? in.name() : Path.of(in.name()).getFileName().toString();
    }

    private static String slug(String name) {
        String base = name.contains("/") || name.contains("\\") ? Path.of(name).getFileName().toString() : name;
        return base.replaceAll("\\.(gz)$", "").replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private String commandLine() {
        return "spikegraph " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }
}
