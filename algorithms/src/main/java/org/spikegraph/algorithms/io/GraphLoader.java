package org.spikegraph.algorithms.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Reads a graph file into a {@link CsrGraph}.
 *
 * <p>DIMACS {@code .gr}, edge lists and Matrix Market are streamed straight into the CSR by a
 * hand-written byte tokenizer (no JGraphT graph, no regex, no String per line): rome-roads (234k
 * vertices, 516k arcs) loads in well under a second. DOT, GraphML, GML, CSV and JSON go through
 * jgrapht-io. Files are read through {@link GZIPInputStream} when they start with the gzip magic
 * bytes (whatever their name); the format is taken from the name without {@code .gz}.
 *
 * <p>Every bad input ends in a {@link GraphParseException} naming the file, the line and the
 * reason: missing or empty file, binary content, truncated lines, non-numeric tokens (quoted),
 * vertex ids outside the declared range, counts differing from the header, a missing header, a
 * header declaring more vertices than can be allocated (refused instead of an {@code
 * OutOfMemoryError}; arc counts only size a capped initial allocation). Negative, zero or NaN
 * weights are not errors here: the problem decides.
 */
public final class GraphLoader {
    private GraphLoader() {}

    /** As {@link #load(Path, GraphFormat, LoadOptions)} with the format from the name and defaults. */
    public static LoadedGraph load(Path file) {
        return load(file, null, LoadOptions.DEFAULT);
    }

    /**
     * Loads a graph.
     *
     * @param file the file (optionally gzip-compressed)
     * @param formatOrNull the format, or null to take it from the file name
     * @param opts options; null means {@link LoadOptions#DEFAULT}
     * @return the graph, with coordinates for a DIMACS file that has a {@code .co} sibling
     * @throws GraphParseException on any bad input, unreadable file or unknown extension
     */
    public static LoadedGraph load(Path file, GraphFormat formatOrNull, LoadOptions opts) {
        Objects.requireNonNull(file, "file");
        LoadOptions o = opts == null ? LoadOptions.DEFAULT : opts;
        checkReadable(file);
        GraphFormat format = formatOrNull;
        if (format == null) {
            try {
                format = GraphFormat.fromFileName(file.getFileName().toString());
            } catch (IllegalArgumentException e) {
                throw new GraphParseException(file, 0, e.getMessage());
            }
        }
        if (!format.streaming()) {
            return JGraphTFormats.read(file, readText(file), format, o);
        }
        CsrGraph g;
        try (LineReader r = new LineReader(file, open(file))) {
            g =
                    switch (format) {
                        case DIMACS -> TextReaders.readDimacs(r, o);
                        case EDGE_LIST -> TextReaders.readEdgeList(r, o);
                        case MATRIX_MARKET -> TextReaders.readMatrixMarket(r, o);
                        default -> throw new AssertionError(format);
                    };
        } catch (IOException e) {
            throw new GraphParseException(file, 0, "read error: " + e.getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new GraphParseException(file, 0, e.getMessage(), e);
        }
        Coordinates co = null;
        if (format == GraphFormat.DIMACS && o.coordinates()) {
            Path sibling = coordinatesSibling(file);
            if (sibling != null) {
                co = loadCoordinates(sibling, g.vertexCount());
            }
        }
        return new LoadedGraph(g, format, file, co, null);
    }

    /**
     * Reads a DIMACS coordinates file ({@code p aux sp co n}, {@code v id x y}).
     *
     * @param coFile the {@code .co} file (optionally gzip-compressed)
     * @param vertexCount vertex count of the graph it belongs to; must match its p line
     * @return coordinates by vertex index (NaN for vertices the file omits)
     * @throws GraphParseException on bad input
     */
    public static Coordinates loadCoordinates(Path coFile, int vertexCount) {
        checkReadable(coFile);
        try (LineReader r = new LineReader(coFile, open(coFile))) {
            return TextReaders.readCoordinates(r, vertexCount);
        } catch (IOException e) {
            throw new GraphParseException(coFile, 0, "read error: " + e.getMessage(), e);
        }
    }

    /** @return {@code x.co} or {@code x.co.gz} next to {@code x.gr[.gz]}, or null */
    static Path coordinatesSibling(Path gr) {
        String name = gr.getFileName().toString();
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (!name.endsWith(".gr")) {
            return null;
        }
        String base = name.substring(0, name.length() - 3);
        for (String ext : new String[] {".co", ".co.gz"}) {
            Path p = gr.resolveSibling(base + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static void checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw new GraphParseException(file, 0, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new GraphParseException(file, 0, "is a directory, not a graph file");
        }
        if (!Files.isReadable(file)) {
            throw new GraphParseException(file, 0, "cannot read the file (permission denied)");
        }
    }

    /** Opens the file, through gzip when it starts with the gzip magic bytes. */
    static InputStream open(Path file) {
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new GraphParseException(file, 0, "no such file");
        } catch (IOException e) {
            throw new GraphParseException(file, 0, "cannot read the file: " + e.getMessage(), e);
        }
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new GZIPInputStream(in, 1 << 16);
            }
            return in;
        } catch (IOException e) {
            try {
                raw.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw new GraphParseException(file, 0, "corrupt gzip data: " + e.getMessage(), e);
        }
    }

    /** Whole file as UTF-8 text, refusing binary content; for the (small) jgrapht-io formats. */
    static String readText(Path file) {
        byte[] bytes;
        try (InputStream in = open(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new GraphParseException(file, 0, "read error: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new GraphParseException(file, 0, "file too large for the " + "jgrapht-io formats; use DIMACS, an edge list or Matrix Market");
        }
        if (bytes.length == 0) {
            throw new GraphParseException(file, 0, "empty file");
        }
        long line = 1;
        for (byte c : bytes) {
            if (c == '\n') {
                line++;
            } else if (c >= 0 && c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
                throw new GraphParseException(file, line, String.format("not a text graph file (control byte 0x%02x)", c));
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (s.isBlank()) {
                throw new GraphParseException(file, 0, "empty file");
            }
            return s;
        } catch (CharacterCodingException e) {
            throw new GraphParseException(file, 0, "not a text graph file (invalid UTF-8)");
        } catch (UncheckedIOException e) {
            throw new GraphParseException(file, 0, "read error: " + e.getMessage(), e);
        }
    }
}
