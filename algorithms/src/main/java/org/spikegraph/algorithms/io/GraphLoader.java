package org.spikegraph.algorithms.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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
 * vertex ids outside the declared range, counts differing from the header, a missing header,
 * header sizes the heap cannot hold (refused before allocating, saying how to give Java more
 * heap), integer weights beyond &plusmn;2^53 (parsed exactly, never through a double), nesting
 * deeper than {@link TextScan#MAX_DEPTH}. Negative, zero or NaN weights are not errors here: the
 * problem decides.
 *
 * <p>Input is read once, front to back, without seeking or asking its size: pipes, FIFOs, {@code
 * /dev/stdin}, process substitution and {@link #load(InputStream, Path, GraphFormat, LoadOptions)
 * streams} load like files; gzip is detected by peeking at the first two bytes.
 */
public final class GraphLoader {
    private GraphLoader() {}

    /** As {@link #load(Path, GraphFormat, LoadOptions)} with the format from the name and defaults. */
    public static LoadedGraph load(Path file) {
        return load(file, null, LoadOptions.DEFAULT);
    }

    /**
     * Loads a graph. The file is read once, front to back, without seeking: pipes, FIFOs, {@code
     * /dev/stdin} and process substitutions load like regular files.
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
        LoadedGraph g;
        try (InputStream in = openRaw(file)) {
            g = read(file, in, format, o);
        } catch (IOException e) {
            throw new GraphParseException(file, 0, "read error: " + e.getMessage(), e);
        }
        if (format == GraphFormat.DIMACS && o.coordinates()) {
            Path sibling = coordinatesSibling(file);
            if (sibling != null) {
                Coordinates co = loadCoordinates(sibling, g.graph().vertexCount());
                return new LoadedGraph(g.graph(), format, file, co, null);
            }
        }
        return g;
    }

    /**
     * Loads a graph from a stream (standard input, a pipe), read to its end and not closed; gzip
     * is detected from the first bytes. No coordinates are read.
     *
     * @param in the stream
     * @param name the name to report in errors and in {@link LoadedGraph#file()}, e.g. {@code <stdin>}
     * @param format the format (a stream has no name to take it from)
     * @param opts options; null means {@link LoadOptions#DEFAULT}
     * @throws GraphParseException on any bad input or read error
     */
    public static LoadedGraph load(InputStream in, Path name, GraphFormat format, LoadOptions opts) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        if (format == null) {
            throw new GraphParseException(name, 0, "reading a stream needs the format (--format)");
        }
        return read(name, in, format, opts == null ? LoadOptions.DEFAULT : opts);
    }

    private static LoadedGraph read(Path file, InputStream raw, GraphFormat format, LoadOptions o) {
        InputStream in = decompress(file, raw);
        if (!format.streaming()) {
            return JGraphTFormats.read(file, readText(file, in), format, o);
        }
        LineReader r = new LineReader(file, in);
        CsrGraph g;
        try {
            g =
                    switch (format) {
                        case DIMACS -> TextReaders.readDimacs(r, o);
                        case EDGE_LIST -> TextReaders.readEdgeList(r, o);
                        case MATRIX_MARKET -> TextReaders.readMatrixMarket(r, o);
                        default -> throw new AssertionError(format);
                    };
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new GraphParseException(file, r.lineNumber(), e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new GraphParseException(file, r.lineNumber(), "out of heap after reading "
                    + r.lineNumber() + " lines; give Java more heap (e.g. SPIKEGRAPH_JAVA_OPTS=-Xmx8g)");
        }
        return new LoadedGraph(g, format, file, null, null);
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
        try (InputStream in = openRaw(coFile)) {
            return TextReaders.readCoordinates(new LineReader(coFile, decompress(coFile, in)), vertexCount);
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

    /** Opens the file for reading front to back. */
    static InputStream openRaw(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new GraphParseException(file, 0, "no such file");
        } catch (IOException e) {
            throw new GraphParseException(file, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * The stream, through gzip when its first two bytes are the gzip magic (peeked in a buffer, not
     * sought). The raw stream's {@code available()} is never asked: a file channel's asks the file's
     * size and position, which fails on a pipe ("Illegal seek").
     */
    static InputStream decompress(Path file, InputStream raw) {
        InputStream noSeek = new FilterInputStream(raw) {
            @Override
            public int available() {
                return 0;
            }
        };
        BufferedInputStream in = new BufferedInputStream(noSeek, 1 << 16);
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new GZIPInputStream(in, 1 << 16);
            }
            return in;
        } catch (IOException e) {
            throw new GraphParseException(file, 1, "corrupt gzip data: " + e.getMessage(), e);
        }
    }

    /** Bytes of text per byte of heap the jgrapht-io formats may take (they hold it several times over). */
    static final long TEXT_HEAP_FACTOR = 32;

    /**
     * The whole stream as UTF-8 text, refusing binary content and text beyond what the heap can
     * parse; for the (small) jgrapht-io formats.
     */
    static String readText(Path file, InputStream in) {
        long limit = Math.min(Integer.MAX_VALUE - 16, TextReaders.availableHeap() / TEXT_HEAP_FACTOR);
        byte[] bytes = new byte[1 << 16];
        int size = 0;
        long line = 1;
        byte[] chunk = new byte[1 << 16];
        while (true) {
            int r;
            try {
                r = in.read(chunk);
            } catch (IOException e) {
                throw new GraphParseException(file, line, "read error: " + e.getMessage(), e);
            }
            if (r < 0) {
                break;
            }
            if (size + (long) r > limit) {
                throw new GraphParseException(file, line, "more than " + (limit >> 20) + " MiB of "
                        + "text: the jgrapht-io formats hold the whole file in memory; give Java more heap "
                        + "(e.g. SPIKEGRAPH_JAVA_OPTS=-Xmx8g) or use DIMACS, an edge list or Matrix Market");
            }
            for (int i = 0; i < r; i++) {
                byte c = chunk[i];
                if (c == '\n') {
                    line++;
                } else if (c >= 0 && c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
                    throw new GraphParseException(file, line, String.format("not a text graph file (control byte 0x%02x)", c));
                }
            }
            if (size + r > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(size + (long) r, 2L * bytes.length)));
            }
            System.arraycopy(chunk, 0, bytes, size, r);
            size += r;
        }
        if (size == 0) {
            throw new GraphParseException(file, 0, "empty file");
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bb = ByteBuffer.wrap(bytes, 0, size);
        CharBuffer cb = CharBuffer.allocate(size);
        CoderResult cr = dec.decode(bb, cb, true);
        if (cr.isError()) {
            long at = 1;
            for (int i = 0; i < bb.position(); i++) {
                at += bytes[i] == '\n' ? 1 : 0;
            }
            throw new GraphParseException(file, at, "not a text graph file (invalid UTF-8)");
        }
        dec.flush(cb);
        String s = cb.flip().toString();
        if (s.isBlank()) {
            throw new GraphParseException(file, 0, "empty file");
        }
        return s;
    }
}
