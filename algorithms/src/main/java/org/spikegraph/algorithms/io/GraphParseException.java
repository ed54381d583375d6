package org.spikegraph.algorithms.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Bad graph input: names the file, the line and the reason. The message is exactly {@code
 * "<file name>:<line>: <reason>"}, e.g. {@code rome.gr:17: arc to vertex 9001 but p line declares
 * 3353 vertices}. Line 0 means the problem concerns the whole file (missing, empty, unknown
 * format) or the underlying parser could not say where it is. Lines count from 1.
 */
public final class GraphParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String reason;

    /**
     * @param file the file being read
     * @param line 1-based line number, or 0 for the whole file
     * @param reason what is wrong, in words a user understands
     */
    public GraphParseException(Path file, long line, String reason) {
        this(file, line, reason, null);
    }

    /** As {@link #GraphParseException(Path, long, String)} with an underlying cause. */
    public GraphParseException(Path file, long line, String reason, Throwable cause) {
        super(name(file) + ":" + line + ": " + reason, cause);
        this.file = Objects.requireNonNull(file);
        this.line = line;
        this.reason = reason;
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    /** @return the file being read */
    public Path file() {
        return file;
    }

    /** @return 1-based line number, or 0 when it concerns the whole file or is unknown */
    public long line() {
        return line;
    }

    /** @return the reason, without file and line */
    public String reason() {
        return reason;
    }
}
