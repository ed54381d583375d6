package org.spikegraph.bench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphFormat;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;
import org.spikegraph.algorithms.io.LoadedGraph;
import picocli.CommandLine.Option;

/** Which graph to read: {@code --graph}, {@code --format}, {@code --undirected}. */
final class GraphOptions {

    /** The graph used when no {@code --graph} is given. */
    static final String BUNDLED = "rome99.gr";

    @Option(names = "--graph", paramLabel = "FILE",
            description = "Graph file (- for standard input, with --format): DIMACS (.gr), edge list (.txt .edges .el .tsv), Matrix Market (.mtx), "
                    + ".dot, .graphml, .gml, .csv, .json; .gz read transparently. "
                    + "Default: the bundled DIMACS road network of Rome (" + BUNDLED + ", 3,353 vertices).")
    Path file;

    @Option(names = "--format", paramLabel = "NAME", completionCandidates = FormatNames.class,
            description = "Format when the extension does not say: ${COMPLETION-CANDIDATES} (an extension such as "
                    + "gr, txt or mtx names its format too).")
    String format;

    /** The format names, as {@code --format} takes them and messages print them (one spelling everywhere). */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(GraphFormat.values()).map(GraphFormat::cliName).iterator();
        }
    }

    @Option(names = "--undirected", description = "Read the graph as undirected (each edge both ways).")
    boolean undirected;

    /** Loads the graph. */
    LoadedGraph load() {
        GraphFormat f;
        try {
            f = format == null ? null : GraphFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--format: " + e.getMessage());
        }
        LoadOptions options = LoadOptions.DEFAULT.withUndirected(undirected);
        if (file != null && file.toString().equals("-")) {
            if (f == null) {
                throw new UserInputException("--graph - reads standard input: give its --format (" + GraphFormat.names() + ")");
            }
            return GraphLoader.load(System.in, Path.of("<stdin>"), f, options);
        }
        return GraphLoader.load(file == null ? bundled() : file, f, options);
    }

    /** The file name to show. */
    String displayName(LoadedGraph g) {
        return file == null ? BUNDLED + " (bundled)" : g.file().toString();
    }

    /** A vertex id as written in the file, turned into an index; a clear error when absent. */
    static int vertex(LoadedGraph g, String id, String option) {
        CsrGraph graph = g.graph();
        int v = graph.find(id);
        if (v < 0) {
            throw new UserInputException(option + " '" + id + "' is not a vertex of " + g.file().getFileName()
                    + " (its vertices: " + graph.ids().describe() + ")");
        }
        return v;
    }

    private static Path bundled() {
        try (InputStream in = GraphOptions.class.getResourceAsStream("/graphs/" + BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled graph " + BUNDLED + " is missing from the jar");
            }
            Path dir = Files.createTempDirectory("spikegraph-");
            Path copy = dir.resolve(BUNDLED);
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled graph", e);
        }
    }
}
