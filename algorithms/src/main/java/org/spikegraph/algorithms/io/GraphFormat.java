package org.spikegraph.algorithms.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The graph file formats spikegraph reads and writes. The first three have fast streaming loaders
 * straight into a {@code CsrGraph}; the others go through jgrapht-io.
 */
public enum GraphFormat {
    /** DIMACS shortest-path {@code .gr}: {@code c} comments, {@code p sp n m}, {@code a u v w}, 1-based ids, directed. */
    DIMACS("dimacs", "gr"),
    /** SNAP-style edge list: {@code u v [w]} per line, {@code #}/{@code %} comments, arbitrary integer ids. */
    EDGE_LIST("edge-list", "txt", "edges", "el", "edgelist", "tsv"),
    /** Matrix Market coordinate format ({@code pattern|integer|real}, {@code general|symmetric}). */
    MATRIX_MARKET("matrix-market", "mtx", "mm"),
    /** Graphviz DOT (via jgrapht-io). */
    DOT("dot", "dot", "gv"),
    /** GraphML (via jgrapht-io; DTDs and entities are rejected). */
    GRAPHML("graphml", "graphml"),
    /** GML (via jgrapht-io). */
    GML("gml", "gml"),
    /** CSV edge list {@code source,target[,weight]} (via jgrapht-io). */
    CSV("csv", "csv"),
    /** JSON as written by jgrapht-io's JSONExporter. */
    JSON("json", "json");

    private final String cliName;
    private final List<String> extensions;

    GraphFormat(String cliName, String... extensions) {
        this.cliName = cliName;
        this.extensions = List.of(extensions);
    }

    /** @return the name used by {@code --format}, e.g. {@code edge-list} */
    public String cliName() {
        return cliName;
    }

    /** @return file extensions (without dot, without {@code .gz}) that select this format */
    public List<String> extensions() {
        return extensions;
    }

    /** @return true for the formats with a streaming loader (no JGraphT graph is built) */
    public boolean streaming() {
        return this == DIMACS || this == EDGE_LIST || this == MATRIX_MARKET;
    }

    /**
     * The format a file name implies, ignoring a trailing {@code .gz}; case-insensitive.
     *
     * @param fileName a file name or path
     * @return the format
     * @throws IllegalArgumentException when the extension is unknown; the message lists the known
     *     extensions and suggests {@code --format}
     */
    public static GraphFormat fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        for (GraphFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return f;
            }
        }
        String known =
                Arrays.stream(values())
                        .flatMap(f -> f.extensions.stream())
                        .map(e -> "." + e)
                        .collect(Collectors.joining(" "));
        throw new IllegalArgumentException(
                "cannot tell the graph format from the name '"
                        + fileName
                        + "' (known extensions, optionally + .gz: "
                        + known
                        + "); give --format, one of: "
                        + names());
    }

    /**
     * Parses a {@code --format} value: the {@link #cliName()} or the enum name, case-insensitive,
     * {@code -} and {@code _} interchangeable; also any of the format's extensions ({@code gr},
     * {@code mtx}, ...).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid names
     */
    public static GraphFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (GraphFormat f : values()) {
            if (f.cliName.equals(n) || f.cliName.replace("-", "").equals(n) || f.extensions.contains(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown graph format '" + name + "'; valid: " + names());
    }

    /** @return every format's name, as {@code --format} takes it, comma-separated */
    public static String names() {
        return Arrays.stream(values()).map(GraphFormat::cliName).collect(Collectors.joining(", "));
    }
}
