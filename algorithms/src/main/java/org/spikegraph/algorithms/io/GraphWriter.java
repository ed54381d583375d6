package org.spikegraph.algorithms.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Writes a {@link CsrGraph} in any {@link GraphFormat}. A file is written by the rules of
 * {@link OutputFiles} (a temporary file beside it moved into place, so a failure never leaves a
 * half-written file; a FIFO or device written in place); {@link #content} gives the bytes for an
 * output staged with others. A name ending in {@code .gz} is gzip-compressed.
 *
 * <p>What each format keeps: DIMACS and Matrix Market number vertices {@code 1..n} (original ids
 * are not kept) and keep isolated vertices; DIMACS writes an undirected graph as its two arcs per
 * edge (read back it is directed with the same arcs); Matrix Market writes an undirected graph as
 * {@code symmetric}, one entry per edge. Edge lists and CSV write original ids, one line per edge
 * (undirected: once), and lose direction; edge lists also lose isolated vertices (CSV writes
 * each as a single-field line). DOT, GraphML, GML and JSON keep
 * vertices, ids and weights (DOT, GraphML and GML also direction; GML ids must fit an int). Weights
 * are written exactly (integers as integers, others with {@link Double#toString}).
 */
public final class GraphWriter {
    private GraphWriter() {}

    /**
     * Writes {@code g} to {@code file} (by the rules of {@link AtomicFiles}: whole or not at all; a
     * FIFO or device written through).
     *
     * @param formatOrNull the format, or null to take it from the file name
     * @throws IllegalArgumentException when the format cannot be told from the name
     * @throws IOException when writing fails (nothing is left behind)
     */
    public static void write(CsrGraph g, Path file, GraphFormat formatOrNull) throws IOException {
        Objects.requireNonNull(g, "graph");
        GraphFormat format =
                formatOrNull != null ? formatOrNull : GraphFormat.fromFileName(file.getFileName().toString());
        AtomicFiles.write(file, content(g, format, gzipped(file))::writeTo);
    }

    /**
     * What {@link #write} writes, for an output staged with {@link OutputFiles}.
     *
     * @param gzip compress (as a name ending in {@code .gz} asks)
     */
    public static OutputFiles.Content content(CsrGraph g, GraphFormat format, boolean gzip) {
        Objects.requireNonNull(g, "graph");
        Objects.requireNonNull(format, "format");
        return encoded(format.cliName(), gzip, w -> {
            switch (format) {
                case DIMACS -> writeDimacs(g, w);
                case EDGE_LIST -> writeEdgeList(g, w);
                case MATRIX_MARKET -> writeMatrixMarket(g, w);
                default -> JGraphTFormats.write(g, format, w);
            }
        });
    }

    /**
     * Writes coordinates as a DIMACS {@code .co} file ({@code p aux sp co n}, then {@code v id x y}
     * with 1-based ids and coordinates rounded to integers, as the DIMACS challenge files are).
     */
    public static void writeCoordinates(Coordinates c, Path file) throws IOException {
        AtomicFiles.write(file, coordinatesContent(c, gzipped(file))::writeTo);
    }

    /** What {@link #writeCoordinates} writes, for an output staged with {@link OutputFiles}. */
    public static OutputFiles.Content coordinatesContent(Coordinates c, boolean gzip) {
        return encoded("coordinates", gzip, w -> {
            w.write("c written by spikegraph\n");
            w.write("p aux sp co " + c.size() + "\n");
            for (int v = 0; v < c.size(); v++) {
                w.write("v " + (v + 1) + " " + Math.round(c.x(v)) + " " + Math.round(c.y(v)) + "\n");
            }
        });
    }

    /** True for a name ending in {@code .gz}: the file is gzip-compressed. */
    public static boolean gzipped(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    /** What a writer writes. */
    private interface Body {
        void write(Writer w) throws IOException;
    }

    /** UTF-8 text, gzip-compressed if asked; a failing exporter becomes an IOException saying what failed. */
    private static OutputFiles.Content encoded(String what, boolean gzip, Body body) {
        return raw -> {
            try {
                OutputStream os = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
                body.write(w);
                w.flush();
                if (gzip) {
                    ((GZIPOutputStream) os).finish();
                }
            } catch (RuntimeException e) {
                throw new IOException("cannot write the " + what + " file: " + e.getMessage(), e);
            }
        };
    }

    static String fmt(double w) {
        if (w == Math.rint(w) && Math.abs(w) < 0x1p53) {
            return Long.toString((long) w);
        }
        return Double.toString(w); // NaN, Infinity, -Infinity and exact decimals; all read back
    }

    private static void writeDimacs(CsrGraph g, Writer w) throws IOException {
        w.write("c written by spikegraph\n");
        w.write("p sp " + g.vertexCount() + " " + g.arcCount() + "\n");
        StringBuilder sb = new StringBuilder(64);
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                sb.setLength(0);
                sb.append("a ").append(u + 1).append(' ').append(g.target(a) + 1).append(' ')
                        .append(fmt(g.weight(a))).append('\n');
                w.append(sb);
            }
        }
    }

    private static void writeEdgeList(CsrGraph g, Writer w) throws IOException {
        w.write("# written by spikegraph: " + (g.directed() ? "directed, " : "undirected, ")
                + g.vertexCount() + " vertices, " + g.edgeCount() + (g.directed() ? " arcs" : " edges")
                + "\n");
        StringBuilder sb = new StringBuilder(64);
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                int t = g.target(a);
                if (!g.directed() && t < u) {
                    continue;
                }
                sb.setLength(0);
                sb.append(g.originalId(u)).append('\t').append(g.originalId(t));
                if (g.weighted()) {
                    sb.append('\t').append(fmt(g.weight(a)));
                }
                w.append(sb.append('\n'));
            }
        }
    }

    private static void writeMatrixMarket(CsrGraph g, Writer w) throws IOException {
        String field = !g.weighted() ? "pattern" : g.integralWeights() ? "integer" : "real";
        w.write("%%MatrixMarket matrix coordinate " + field + (g.directed() ? " general" : " symmetric") + "\n");
        w.write("% written by spikegraph\n");
        w.write(g.vertexCount() + " " + g.vertexCount() + " " + g.edgeCount() + "\n");
        StringBuilder sb = new StringBuilder(64);
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                int t = g.target(a);
                if (!g.directed() && t > u) {
                    continue; // symmetric: lower triangle (row >= column)
                }
                sb.setLength(0);
                sb.append(u + 1).append(' ').append(t + 1);
                if (g.weighted()) {
                    sb.append(' ').append(fmt(g.weight(a)));
                }
                w.append(sb.append('\n'));
            }
        }
    }
}
