package org.spikegraph.algorithms.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * One fuzz target per loader. Property: any byte input either loads into a well-formed graph or
 * fails with a {@link GraphParseException} naming the file, a line and a one-line reason; never
 * another exception or error, never slower than {@link #MAX_MILLIS} (checked here: a JUnit timeout
 * would also cut the fuzzing run itself).
 *
 * <p>Plain {@code mvn test} runs every file of {@code LoaderFuzzTestInputs/<method>/} (valid graphs,
 * typical malformed ones and every crash found so far, named after what it is). To fuzz one target
 * for N minutes (one at a time; crashes land in that folder):
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=3m mvn -B -o -pl algorithms -am test \
 *     -Dtest='LoaderFuzzTest#dimacs' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class LoaderFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void dimacs(byte[] data) {
        loadsOrFailsCleanly(data, GraphFormat.DIMACS, "fuzz.gr");
    }

    /** DIMACS coordinates for a graph of {@link #CO_VERTICES} vertices. */
    @FuzzTest(maxDuration = "3m")
    void coordinates(byte[] data) {
        Path name = Path.of("fuzz.co");
        long start = System.nanoTime();
        try {
            Coordinates co = TextReaders.readCoordinates(
                    new LineReader(name, GraphLoader.decompress(name, new ByteArrayInputStream(data))), CO_VERTICES);
            assertThat(co.size()).isEqualTo(CO_VERTICES);
        } catch (GraphParseException e) {
            wellFormed(e, name);
        }
        fastEnough(start);
    }

    static final int CO_VERTICES = 5;

    @FuzzTest(maxDuration = "3m")
    void edgeList(byte[] data) {
        loadsOrFailsCleanly(data, GraphFormat.EDGE_LIST, "fuzz.txt");
    }

    @FuzzTest(maxDuration = "3m")
    void matrixMarket(byte[] data) {
        loadsOrFailsCleanly(data, GraphFormat.MATRIX_MARKET, "fuzz.mtx");
    }

    @FuzzTest(maxDuration = "3m")
    void dot(byte[] data) {
        loadsOrFailsCleanly(data, GraphFormat.DOT, "fuzz.dot");
    }

    @FuzzTest(maxDuration = "3m")
    void graphml(byte[] data) {
        loadsOrFailsCleanly(data, GraphFormat.GRAPHML, "fuzz.graphml");
    }

    @FuzzTest(maxDuration = "3m")
    void gml(byte[] data) {
        loadsOrFailsCleanly(data, GraphFormat.GML, "fuzz.gml");
    }

    @FuzzTest(maxDuration = "3m")
    void csv(byte[] data) {
        loadsOrFailsCleanly(data, GraphFormat.CSV, "fuzz.csv");
    }

    @FuzzTest(maxDuration = "3m")
    void json(byte[] data) {
        loadsOrFailsCleanly(data, GraphFormat.JSON, "fuzz.json");
    }

    /**
     * A gzip stream around a text format. The first byte selects: bits 0-2 the format ({@link
     * #GZIP_FORMATS}), bit 3 cut the compressed stream in half, bit 4 send the rest as it is after the
     * gzip magic (a corrupt header or body) instead of compressing it. Seeds use {@code A}-{@code G}
     * (compressed), {@code I}-{@code O} (cut) and {@code Q}-{@code W} (raw).
     */
    @FuzzTest(maxDuration = "3m")
    void gzip(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int sel = data[0];
        byte[] body = Arrays.copyOfRange(data, 1, data.length);
        byte[] stream;
        if ((sel & 16) != 0) {
            stream = new byte[body.length + 2];
            stream[0] = 0x1f;
            stream[1] = (byte) 0x8b;
            System.arraycopy(body, 0, stream, 2, body.length);
        } else {
            stream = compress(body);
            if ((sel & 8) != 0) {
                stream = Arrays.copyOf(stream, stream.length / 2);
            }
        }
        GraphFormat f = GZIP_FORMATS[sel & 7];
        loadsOrFailsCleanly(stream, f, "fuzz." + f.extensions().get(0) + ".gz");
    }

    static final GraphFormat[] GZIP_FORMATS = {
        GraphFormat.DIMACS, GraphFormat.EDGE_LIST, GraphFormat.MATRIX_MARKET, GraphFormat.DOT,
        GraphFormat.GML, GraphFormat.CSV, GraphFormat.JSON, GraphFormat.GRAPHML
    };

    static byte[] compress(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Longest a single input may take, in milliseconds (inputs are small: this is a hang). */
    static final long MAX_MILLIS = 10_000;

    /** A small valid graph of the format, loaded once before the first timed input. */
    private static String warmUpSample(GraphFormat format) {
        return switch (format) {
            case DIMACS -> "p sp 2 1\na 1 2 3\n";
            case EDGE_LIST -> "1 2\n";
            case MATRIX_MARKET -> "%%MatrixMarket matrix coordinate pattern general\n2 2 1\n1 2\n";
            case DOT -> "digraph { 1 -> 2 }";
            case GRAPHML -> "<graphml><graph edgedefault=\"directed\"><node id=\"a\"/></graph></graphml>";
            case GML -> "graph [ node [ id 1 ] ]";
            case CSV -> "1,2\n";
            case JSON -> "{\"nodes\":[{\"id\":\"1\"}],\"edges\":[]}";
        };
    }

    private static final boolean[] WARM = new boolean[GraphFormat.values().length];

    /**
     * Loads the format's small graph once, untimed: the first load of a format loads (and, when
     * fuzzing, instruments) jgrapht-io and ANTLR, which takes seconds and is no property of the input.
     */
    private static void warmUp(GraphFormat format) {
        if (WARM[format.ordinal()]) {
            return;
        }
        WARM[format.ordinal()] = true;
        byte[] sample = warmUpSample(format).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        GraphLoader.load(new ByteArrayInputStream(sample), Path.of("warm-up"), format, LoadOptions.DEFAULT);
    }

    /** The property: a well-formed graph, or a well-formed GraphParseException; nothing else. */
    static void loadsOrFailsCleanly(byte[] data, GraphFormat format, String fileName) {
        warmUp(format);
        Path name = Path.of(fileName);
        LoadedGraph g;
        long start = System.nanoTime();
        try {
            g = GraphLoader.load(new ByteArrayInputStream(data), name, format, LoadOptions.DEFAULT);
        } catch (GraphParseException e) {
            wellFormed(e, name);
            fastEnough(start);
            return;
        }
        fastEnough(start);
        assertThat(g.file()).isEqualTo(name);
        assertThat(g.format()).isEqualTo(format);
        CsrGraph c = g.graph();
        int n = c.vertexCount();
        for (int u = 0; u < n; u++) {
            assertThat(c.outStart(u)).isLessThanOrEqualTo(c.outEnd(u));
            for (int a = c.outStart(u); a < c.outEnd(u); a++) {
                assertThat(c.target(a)).isBetween(0, n - 1);
            }
        }
        if (n > 0) {
            assertThat(c.outEnd(n - 1)).isEqualTo(c.arcCount());
        }
    }

    static void fastEnough(long startNanos) {
        assertThat((System.nanoTime() - startNanos) / 1_000_000).as("milliseconds to load or refuse").isLessThan(MAX_MILLIS);
    }

    static void wellFormed(GraphParseException e, Path name) {
        assertThat(e.file()).isEqualTo(name);
        assertThat(e.line()).isNotNegative();
        assertThat(e.reason()).isNotBlank().doesNotContain("\n");
        assertThat(e.getMessage()).isEqualTo(name.getFileName() + ":" + e.line() + ": " + e.reason());
    }
}
