package org.spikegraph.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.io.GraphFormat;
import org.spikegraph.algorithms.io.GraphWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spikegraph generate}: random and regular graphs written in any supported format. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a graph and write it in any supported format (by the extension of --out, or --format).",
                "Kinds: grid (--rows, --cols), gnp (--n, --p, --directed), ba (--n, --m), "
                        + "road (--n, --k: random geometric road-like, integer lengths; writes FILE.co coordinates beside a .gr)."})
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "grid, gnp, ba or road")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the graph.")
    Path out;

    @Option(names = "--format", paramLabel = "NAME", description = "Format when the extension does not say.")
    String format;

    @Option(names = "--n", defaultValue = "1000", description = "Vertices (gnp, ba, road). Default ${DEFAULT-VALUE}.")
    int n;

    @Option(names = "--rows", defaultValue = "30", description = "Grid rows. Default ${DEFAULT-VALUE}.")
    int rows;

    @Option(names = "--cols", defaultValue = "30", description = "Grid columns. Default ${DEFAULT-VALUE}.")
    int cols;

    @Option(names = "--p", defaultValue = "0.01", description = "Arc probability (gnp). Default ${DEFAULT-VALUE}.")
    double p;

    @Option(names = "--m", defaultValue = "2", description = "Edges per new vertex (ba). Default ${DEFAULT-VALUE}.")
    int m;

    @Option(names = "--k", defaultValue = "3", description = "Nearest neighbours joined (road). Default ${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--directed", description = "Directed arcs (gnp).")
    boolean directed;

    @Option(names = "--weights", paramLabel = "LO..HI", description = "Integer weights drawn uniformly (grid, gnp, ba).")
    String weights;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        GraphFormat f;
        try {
            f = format == null ? GraphFormat.fromFileName(out.getFileName().toString()) : GraphFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserInputException((format == null ? "--out " + out.getFileName() : "--format") + ": " + e.getMessage());
        }
        Generators.Weights w = weights == null ? null : Generators.Weights.parse(weights);
        Generators.Generated g = switch (kind) {
            case "grid" -> Generators.grid(rows, cols, w, seed);
            case "gnp" -> Generators.gnp(n, p, directed, w, seed);
            case "ba" -> Generators.barabasiAlbert(n, m, w, seed);
            case "road" -> Generators.roadLike(n, k, seed);
            default -> throw new UserInputException("unknown kind '" + kind + "': use grid, gnp, ba or road");
        };
        GraphWriter.write(g.graph(), out, f);
        Path co = null;
        if (g.coordinates() != null && f == GraphFormat.DIMACS) {
            String name = out.getFileName().toString().replaceFirst("(\\.gr)?(\\.gz)?$", "") + ".co";
            co = out.resolveSibling(name);
            GraphWriter.writeCoordinates(g.coordinates(), co);
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "wrote %s: %s, %,d vertices, %,d arcs%s%n", out, f.cliName(), g.graph().vertexCount(),
                g.graph().arcCount(), co == null ? "" : " (coordinates in " + co + ")");
        pw.flush();
        return ExitCodes.OK;
    }
}
