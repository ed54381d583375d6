package org.spikegraph.bench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.LongFunction;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.io.GraphFormat;
import org.spikegraph.algorithms.io.GraphWriter;
import org.spikegraph.algorithms.io.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spikegraph generate}: random and regular graphs written in any supported format. The size
 * (vertices, arcs, heap, and for G(n, p) the pairs drawn) is checked before any work; the graph and,
 * for a road-like DIMACS graph, its {@code .co} coordinates are written together or not at all; a
 * long generation shows its progress on a terminal and stops on SIGINT/SIGTERM leaving nothing.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a graph and write it in any supported format (by the extension of --output, or --format).",
                "Kinds: grid (--rows, --cols), gnp (--n, --p, --directed), ba (--n, --m), "
                        + "road (--n, --neighbours: random geometric road-like, integer lengths; writes FILE.co coordinates beside a .gr).",
                "The size is checked first: a graph that would not fit in the heap is refused with the option to change."})
final class GenerateCommand implements Callable<Integer> {

    /** The most pairs G(n, p) may draw: one random number each, about 15 s of CPU a billion (measured, n = 60,000). */
    static final long MAX_GNP_PAIRS = 1_000_000_000L;

    @Parameters(index = "0", paramLabel = "KIND", description = "grid, gnp, ba or road")
    String kind;

    @Option(names = {"--output", "--out"}, required = true, paramLabel = "FILE",
            description = "File to write the graph to (a FIFO or device is written in place; - for stdout; "
                    + "a symbolic link is followed and its target replaced whole).")
    Path out;

    @Option(names = "--format", paramLabel = "NAME", completionCandidates = GraphOptions.FormatNames.class,
            description = "Format when the extension does not say: ${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = "--n", defaultValue = "1000", converter = Numbers.PositiveInt.class,
            description = "Vertices (gnp, ba, road). Default ${DEFAULT-VALUE}.")
    int n;

    @Option(names = "--rows", defaultValue = "30", converter = Numbers.PositiveInt.class, description = "Grid rows. Default ${DEFAULT-VALUE}.")
    int rows;

    @Option(names = "--cols", defaultValue = "30", converter = Numbers.PositiveInt.class, description = "Grid columns. Default ${DEFAULT-VALUE}.")
    int cols;

    @Option(names = "--p", defaultValue = "0.01", converter = Numbers.Probability.class,
            description = "Arc probability in [0, 1] (gnp). Default ${DEFAULT-VALUE}.")
    double p;

    @Option(names = "--m", defaultValue = "2", converter = Numbers.PositiveInt.class,
            description = "Edges per new vertex (ba), less than --n. Default ${DEFAULT-VALUE}.")
    int m;

    @Option(names = "--neighbours", paramLabel = "K", defaultValue = "3", converter = Numbers.PositiveInt.class,
            description = "Nearest neighbours each vertex is joined to (road). Default ${DEFAULT-VALUE}.")
    int neighbours;

    /** The old name of {@code --neighbours}, still accepted, not shown. */
    @Option(names = "--k", paramLabel = "K", hidden = true, converter = Numbers.PositiveInt.class,
            description = "Old name of --neighbours.")
    Integer oldNeighbours;

    @Option(names = "--directed", description = "Directed arcs (gnp).")
    boolean directed;

    @Option(names = "--weights", paramLabel = "LO..HI", converter = Numbers.WeightRange.class,
            description = "Integer weights drawn uniformly, 0 <= LO <= HI <= 2^53 - 1 (grid, gnp, ba).")
    Generators.Weights weights;

    @Option(names = "--seed", paramLabel = "N", defaultValue = Seeds.DEFAULT, description = Seeds.HELP)
    long seed;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Mixin
    ProgressOptions progressOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (oldNeighbours != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--neighbours")) {
                throw new UserInputException("--k is the old name of --neighbours: give one of them");
            }
            neighbours = oldNeighbours;
        }
        GraphFormat f;
        try {
            f = format == null ? GraphFormat.fromFileName(out.getFileName().toString()) : GraphFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserInputException((format == null ? "--output " + out.getFileName() : "--format") + ": " + e.getMessage());
        }
        checkSize();
        progressOptions.mode(); // contradicting options before any work
        boolean coordinates = kind.equals("road") && f == GraphFormat.DIMACS;
        try (Outputs outputs = new Outputs(spec)) {
            OutputFiles.Output graphFile = outputs.add("--output", out);
            OutputFiles.Output coFile = null;
            if (coordinates && graphFile.kind() == OutputFiles.Kind.REPLACE) {
                String name = out.getFileName().toString().replaceFirst("(\\.gr)?(\\.gz)?$", "") + ".co";
                coFile = outputs.add("--output (coordinates)", out.resolveSibling(name));
            }
            Generators.Generated g;
            GenerationProgress monitor = new GenerationProgress(kind, expectedEdges());
            try (Progress progress = progressOptions.start(spec, monitor)) {
                g = generate(monitor);
                progress.finish();
            } catch (CancellationException e) {
                throw new UserInputException("generate " + kind + ": stopped; nothing written");
            }
            outputs.write(graphFile, GraphWriter.content(g.graph(), f, GraphWriter.gzipped(out)));
            if (coFile != null) {
                outputs.write(coFile, GraphWriter.coordinatesContent(g.coordinates(), false));
            }
            outputs.commit();
            PrintWriter pw = spec.commandLine().getOut();
            if (graphFile.kind() != OutputFiles.Kind.STDOUT) {
                pw.printf(Locale.ROOT, "generated %s: %s, %,d vertices, %,d arcs%s%n", kind, f.cliName(),
                        g.graph().vertexCount(), g.graph().arcCount(), coFile == null ? "" : ", with coordinates");
                pw.flush();
            }
        }
        return ExitCodes.OK;
    }

    private Generators.Generated generate(Generators.Monitor monitor) {
        try {
            return switch (kind) {
                case "grid" -> Generators.grid(rows, cols, weights, seed, monitor);
                case "gnp" -> Generators.gnp(n, p, directed, weights, seed, monitor);
                case "ba" -> Generators.barabasiAlbert(n, m, weights, seed, monitor);
                case "road" -> Generators.roadLike(n, neighbours, seed, monitor);
                default -> throw new UserInputException("unknown kind '" + kind + "': use grid, gnp, ba or road");
            };
        } catch (IllegalArgumentException e) {
            throw new UserInputException("generate " + kind + ": " + e.getMessage());
        }
    }

    /** The size of the graph asked for, as a function of the option that sets it. */
    private record Scaled(String option, long value, LongFunction<Generators.Size> size) {}

    private Scaled scaled() {
        return switch (kind) {
            case "grid" -> rows >= cols
                    ? new Scaled("--rows", rows, r -> Generators.gridSize(r, cols))
                    : new Scaled("--cols", cols, c -> Generators.gridSize(rows, c));
            case "gnp" -> new Scaled("--n", n, v -> Generators.gnpSize(v, p, directed));
            case "ba" -> {
                if (m >= n) {
                    throw new UserInputException("generate ba: --m " + m + " must be less than --n " + n);
                }
                yield new Scaled("--n", n, v -> Generators.barabasiAlbertSize(v, m));
            }
            case "road" -> new Scaled("--n", n, v -> Generators.roadLikeSize(v, neighbours));
            default -> throw new UserInputException("unknown kind '" + kind + "': use grid, gnp, ba or road");
        };
    }

    private long expectedEdges() {
        return scaled().size().apply(scaled().value()).edges();
    }

    /**
     * Refuses, before any work, a graph too big for a graph, for G(n, p)'s pair-by-pair draws, or
     * for the free heap, naming the option to lower and about how far.
     */
    private void checkSize() {
        Scaled s = scaled();
        Generators.Size size = s.size().apply(s.value());
        String what = String.format(Locale.ROOT, "generate %s: %,d vertices, about %,d %s", kind, size.vertices(),
                size.edges(), directed ? "arcs" : "edges");
        String tooBig = size.tooBig();
        if (tooBig != null) {
            throw new UserInputException(what + ": " + tooBig + "; lower " + s.option() + " to at most about "
                    + String.format(Locale.ROOT, "%,d", largest(s, x -> x.tooBig() == null)));
        }
        if (kind.equals("gnp") && size.draws() > MAX_GNP_PAIRS) {
            throw new UserInputException(String.format(Locale.ROOT, "%s: G(n, p) draws once per pair of vertices, %,d "
                    + "pairs is more than %,d; lower --n to at most about %,d (or use ba or road for large sparse graphs)",
                    what, size.draws(), MAX_GNP_PAIRS, largest(s, x -> x.draws() <= MAX_GNP_PAIRS)));
        }
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (size.bytes() > free) {
            throw new UserInputException(String.format(Locale.ROOT, "%s need about %,d MiB but this JVM has %,d MiB free: "
                    + "lower %s to at most about %,d, or raise the heap (e.g. SPIKEGRAPH_JAVA_OPTS=-Xmx%dg)", what,
                    size.bytes() >> 20, free >> 20, s.option(), largest(s, x -> x.bytes() <= free),
                    Math.max(2, (size.bytes() >> 30) * 2 + 2)));
        }
    }

    /** The largest value of the scaled option (below the one given) whose size passes {@code ok}. */
    private static long largest(Scaled s, java.util.function.Predicate<Generators.Size> ok) {
        long lo = 1;
        long hi = s.value();
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (ok.test(s.size().apply(mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
