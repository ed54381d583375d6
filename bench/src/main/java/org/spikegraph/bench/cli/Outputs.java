package org.spikegraph.bench.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.spikegraph.algorithms.io.OutputFiles;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every file a command writes, by one mechanism ({@link OutputFiles}): declared and checked before
 * the work ({@link #add}), filled after it, committed together, and announced on stderr once in place,
 * one line {@code wrote PATH (SIZE)} per output (never on stdout, which may hold {@code --json}). A command that
 * fails, or is stopped, leaves every output as it was. {@code -} and {@code /dev/stdout} are the command's
 * stdout, {@code /dev/stderr} its stderr.
 */
final class Outputs implements AutoCloseable {

    private final OutputFiles files;
    private final PrintWriter err;
    private final Map<OutputFiles.Output, long[]> sizes = new IdentityHashMap<>();

    Outputs(CommandSpec spec) {
        this.err = spec.commandLine().getErr();
        this.files = new OutputFiles(new TextOut(spec.commandLine().getOut()), new TextOut(err));
    }

    /** Declares an output named by {@code option}; a target that cannot be written is refused now (exit 2). */
    OutputFiles.Output add(String option, Path path) {
        try {
            return files.add(option, path);
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** Fills an output with bytes (counting them for the {@code wrote} line). */
    void write(OutputFiles.Output o, OutputFiles.Content content) {
        long[] size = sizes.computeIfAbsent(o, k -> new long[1]);
        try {
            o.write(out -> {
                size[0] = 0;
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        size[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        size[0] += len;
                    }
                });
            });
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** Fills an output with UTF-8 text. */
    void writeText(OutputFiles.Output o, Consumer<PrintWriter> body) {
        write(o, out -> {
            IOException[] first = new IOException[1]; // a PrintWriter swallows the reason: keep it here
            OutputStream keeping = new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    try {
                        out.write(b, off, len);
                    } catch (IOException e) {
                        first[0] = first[0] == null ? e : first[0];
                        throw e;
                    }
                }

                @Override
                public void flush() throws IOException {
                    try {
                        out.flush();
                    } catch (IOException e) {
                        first[0] = first[0] == null ? e : first[0];
                        throw e;
                    }
                }
            };
            PrintWriter w = new PrintWriter(new OutputStreamWriter(keeping, StandardCharsets.UTF_8));
            body.accept(w);
            w.flush();
            if (w.checkError()) {
                throw first[0] != null ? first[0] : new IOException("write failed");
            }
        });
    }

    /**
     * Fills an output with UTF-8 text written while {@code body} runs (rows too many to keep): a file's
     * temporary file is written now; stdout, a FIFO or a device gets a private scratch file now, copied
     * at the commit. Either way nothing the user named changes before the commit.
     */
    void stream(OutputFiles.Output o, Consumer<PrintWriter> body) {
        if (o.kind() == OutputFiles.Kind.REPLACE) {
            writeText(o, body);
            return;
        }
        Path scratch;
        try {
            scratch = Files.createTempFile("spikegraph-stream-", ".tsv");
            scratch.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UserInputException(o.path() + ": cannot make a scratch file for the rows: " + e.getMessage());
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(scratch, StandardCharsets.UTF_8))) {
            body.accept(w);
            w.flush();
            if (w.checkError()) {
                throw new UserInputException(o.path() + ": cannot write the rows to the scratch file " + scratch);
            }
        } catch (IOException e) {
            throw new UserInputException(o.path() + ": cannot write the rows to the scratch file: " + e.getMessage());
        }
        write(o, out -> {
            try {
                Files.copy(scratch, out);
            } finally {
                Files.deleteIfExists(scratch);
            }
        });
    }

    /**
     * Refuses, before any work, an output that may take more than {@code bytes} where the disk that
     * holds it (a file's folder; the temp folder for stdout, a FIFO or a device) has less free space.
     */
    void requireSpace(OutputFiles.Output o, long bytes, String whatToChange) {
        Path where = o.kind() == OutputFiles.Kind.REPLACE ? o.path().toAbsolutePath().getParent()
                : Path.of(System.getProperty("java.io.tmpdir"));
        long free;
        try {
            free = Files.getFileStore(where).getUsableSpace();
        } catch (IOException e) {
            throw new UserInputException(o.path() + ": cannot tell the free space on its disk: " + e.getMessage());
        }
        if (bytes > free) {
            throw new UserInputException(String.format(java.util.Locale.ROOT, "--output %s: the rows may take up to %s "
                    + "but its disk has %s free: %s", o.path(), gib(bytes), gib(free), whatToChange));
        }
    }

    private static String gib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,.1f GiB", bytes / (double) (1L << 30));
    }

    /** Draws a picture into a private scratch file named {@code name} (its extension says the format), then fills the output with it. */
    void writePicture(OutputFiles.Output o, String name, Drawing drawing) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("spikegraph-picture-");
            Path file = scratch.resolve(name);
            drawing.draw(file);
            byte[] bytes = Files.readAllBytes(file);
            write(o, out -> out.write(bytes));
        } catch (IOException e) {
            throw new UserInputException(o.path() + ": cannot draw the picture: " + e.getMessage());
        } finally {
            if (scratch != null) {
                try (var s = Files.list(scratch)) {
                    for (Path p : s.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(scratch);
                } catch (IOException e) {
                    // a leftover in the temp folder
                }
            }
        }
    }

    /** Draws a picture to a file. */
    @FunctionalInterface
    interface Drawing {
        void draw(Path file) throws IOException;
    }

    /** Puts every output in place and then says so on stderr, one line {@code wrote PATH (SIZE)} per output. */
    List<OutputFiles.Output> commit() {
        List<OutputFiles.Output> written;
        try {
            written = files.commit();
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
        for (OutputFiles.Output o : written) {
            long[] size = sizes.get(o);
            err.println("wrote " + o.displayName() + (size == null ? "" : " (" + size(size[0]) + ")"));
        }
        err.flush();
        return written;
    }

    @Override
    public void close() {
        files.close();
    }

    /** A size in bytes as people read it: {@code 812 B}, {@code 12.3 kB}, {@code 4.56 MB} (powers of 1000). */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 999.5 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v < 9.995 ? "%.2f %s" : v < 99.95 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }

    /** The command's stdout as a byte stream: UTF-8 text, handed to the writer when flushed. */
    private static final class TextOut extends OutputStream {
        private final PrintWriter out;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        TextOut(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.write(buffer.toString(StandardCharsets.UTF_8));
            buffer.reset();
            out.flush();
            if (out.checkError()) {
                throw new IOException("cannot write to standard output");
            }
        }
    }
}
