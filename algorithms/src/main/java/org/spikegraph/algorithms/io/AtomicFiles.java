package org.spikegraph.algorithms.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a hidden temporary file beside it (created with the
 * default permissions, so the result looks like any new file), then moved into place. On any
 * failure the temporary file is removed and an existing file of that name is left untouched.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}; need not close it. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file}.
     *
     * @throws IOException naming the file and the reason (e.g. "is a directory", a missing parent
     *                     that cannot be created, a failing writer)
     */
    public static void write(Path file, Content content) throws IOException {
        Path abs = file.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new IOException(file + " is a directory, not a file");
        }
        Path dir = abs.getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(dir + " is a file, not a folder");
        }
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
