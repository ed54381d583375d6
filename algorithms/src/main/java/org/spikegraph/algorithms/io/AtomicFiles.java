package org.spikegraph.algorithms.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes one file whole or not at all, by the rules of {@link OutputFiles}: a regular file (or a new
 * one) through a hidden temporary file beside it, renamed into place; a FIFO, device or
 * {@code /dev/stdout} written through in place (it stays a FIFO or device); a symbolic link followed
 * to its target, which is replaced beside the target (the link stays); a folder refused. On any
 * failure the temporary file is removed and the file of that name is left untouched.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** What writes the content. */
    @FunctionalInterface
    public interface Content extends OutputFiles.Content {
        /** Writes everything to {@code out}; need not close it. */
        @Override
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file}.
     *
     * @throws IOException naming the file and the reason (e.g. "is a folder", a missing parent
     *                     that cannot be created, a failing writer)
     */
    public static void write(Path file, Content content) throws IOException {
        try (OutputFiles outputs = new OutputFiles()) {
            outputs.add(null, file).write(content);
            outputs.commit();
        }
    }
}
