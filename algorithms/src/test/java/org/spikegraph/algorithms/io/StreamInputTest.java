package org.spikegraph.algorithms.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Graphs read without seeking: through a real FIFO (as {@code /dev/stdin} and process substitution
 * are), and through a pipe-like stream that hands out a few bytes at a time and fails any attempt
 * to ask its size, skip or mark.
 */
class StreamInputTest {
    @TempDir Path dir;

    private static final String DIMACS = "c small\np sp 4 4\na 1 2 7\na 2 3 8\na 3 4 9\na 4 1 10\n";

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A pipe: a few bytes per read; available, skip, mark and reset fail as a seek on a pipe does. */
    private static final class PipeLike extends InputStream {
        private final byte[] data;
        private int pos;

        PipeLike(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 3), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() throws IOException {
            throw new IOException("Illegal seek");
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("Illegal seek");
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("Illegal seek");
        }
    }

    private static Path mkfifo(Path p) throws IOException, InterruptedException {
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            throw e;
        }
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
        return p;
    }

    private static CompletableFuture<Void> writeInto(Path fifo, byte[] bytes) {
        return CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < bytes.length; i += 5) {
                    out.write(bytes, i, Math.min(5, bytes.length - i));
                    out.flush();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void loadsThroughAFifo() throws Exception {
        Path fifo = mkfifo(dir.resolve("pipe.gr"));
        CompletableFuture<Void> writer = writeInto(fifo, DIMACS.getBytes(StandardCharsets.UTF_8));
        LoadedGraph g = GraphLoader.load(fifo, null, LoadOptions.DEFAULT);
        writer.get(10, TimeUnit.SECONDS);
        assertThat(g.graph().vertexCount()).isEqualTo(4);
        assertThat(g.graph().weights()).containsExactly(7, 8, 9, 10);
    }

    @Test
    void gzipIsDetectedThroughAFifoByPeeking() throws Exception {
        Path fifo = mkfifo(dir.resolve("anon"));
        CompletableFuture<Void> writer = writeInto(fifo, gzip(DIMACS));
        LoadedGraph g = GraphLoader.load(fifo, GraphFormat.DIMACS, LoadOptions.DEFAULT);
        writer.get(10, TimeUnit.SECONDS);
        assertThat(g.graph().arcCount()).isEqualTo(4);
    }

    @Test
    void jgraphtFormatsLoadThroughAFifo() throws Exception {
        Path fifo = mkfifo(dir.resolve("k.gml"));
        String gml = "graph [\n node [ id 1 ]\n node [ id 2 ]\n edge [ source 1 target 2 weight 3 ]\n]\n";
        CompletableFuture<Void> writer = writeInto(fifo, gml.getBytes(StandardCharsets.UTF_8));
        CsrGraph g = GraphLoader.load(fifo, null, LoadOptions.DEFAULT).graph();
        writer.get(10, TimeUnit.SECONDS);
        assertThat(g.vertexCount()).isEqualTo(2);
        assertThat(g.weights()).containsExactly(3, 3);
    }

    @Test
    void loadsThroughAPipeLikeStreamInEveryFormat() throws IOException {
        Path name = Path.of("<stdin>");
        CsrGraph d = GraphLoader.load(new PipeLike(DIMACS.getBytes(StandardCharsets.UTF_8)), name, GraphFormat.DIMACS, null).graph();
        assertThat(d.weights()).containsExactly(7, 8, 9, 10);
        CsrGraph z = GraphLoader.load(new PipeLike(gzip(DIMACS)), name, GraphFormat.DIMACS, null).graph();
        assertThat(z.weights()).containsExactly(7, 8, 9, 10);
        CsrGraph e = GraphLoader.load(new PipeLike("1 2\n2 3\n".getBytes(StandardCharsets.UTF_8)), name, GraphFormat.EDGE_LIST, null).graph();
        assertThat(e.arcCount()).isEqualTo(2);
        CsrGraph j = GraphLoader.load(new PipeLike("{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"edges\":[{\"source\":\"a\",\"target\":\"b\"}]}"
                .getBytes(StandardCharsets.UTF_8)), name, GraphFormat.JSON, null).graph();
        assertThat(j.arcCount()).isEqualTo(1);
        LoadedGraph lg = GraphLoader.load(new PipeLike(DIMACS.getBytes(StandardCharsets.UTF_8)), name, GraphFormat.DIMACS, null);
        assertThat(lg.file()).isEqualTo(name);
    }

    @Test
    void concatenatedGzipMembersAreReadThroughAPipe() throws IOException {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.write(gzip("p sp 3 2\na 1 2 7\n"));
        both.write(gzip("a 2 3 8\n"));
        CsrGraph g = GraphLoader.load(new PipeLike(both.toByteArray()), Path.of("<stdin>"), GraphFormat.DIMACS, null).graph();
        assertThat(g.weights()).containsExactly(7, 8);
    }

    @Test
    void aStreamNeedsItsFormatAndErrorsNameIt() {
        Path name = Path.of("<stdin>");
        GraphParseException none = catchThrowableOfType(GraphParseException.class,
                () -> GraphLoader.load(new PipeLike(new byte[0]), name, null, null));
        assertThat(none.getMessage()).isEqualTo("<stdin>:0: reading a stream needs the format (--format)");
        GraphParseException bad = catchThrowableOfType(GraphParseException.class,
                () -> GraphLoader.load(new PipeLike("p sp 2 1\na 1 3 1\n".getBytes(StandardCharsets.UTF_8)), name, GraphFormat.DIMACS, null));
        assertThat(bad.getMessage()).isEqualTo("<stdin>:2: arc to vertex 3 but p line declares 2 vertices");
    }

    @Test
    void sharedRoadNetworkLoadsThroughAFifo() throws Exception {
        Path rome = SharedData.path("road/rome99.gr");
        Path fifo = mkfifo(dir.resolve("rome.gr"));
        CompletableFuture<Void> writer = writeInto(fifo, Files.readAllBytes(rome));
        CsrGraph viaFifo = GraphLoader.load(fifo, null, LoadOptions.DEFAULT).graph();
        writer.get(60, TimeUnit.SECONDS);
        CsrGraph direct = GraphLoader.load(rome).graph();
        assertThat(viaFifo.vertexCount()).isEqualTo(direct.vertexCount());
        assertThat(viaFifo.targets()).isEqualTo(direct.targets());
        assertThat(viaFifo.weights()).isEqualTo(direct.weights());
    }
}
