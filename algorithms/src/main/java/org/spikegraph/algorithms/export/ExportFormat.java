package org.spikegraph.algorithms.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a circuit exports to. */
public enum ExportFormat {
    /** The project's own lossless JSON ({@link CircuitJson}): read back with {@link CircuitJson#read}. */
    JSON("json", ".json"),
    /** A standalone Brian2 script ({@link Brian2Script}). */
    BRIAN2("brian2", ".py"),
    /** NIR, the neuromorphic intermediate representation, as HDF5 ({@link NirWriter}). */
    NIR("nir", ".nir");

    private final String id;
    private final String extension;

    ExportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    /** The name on the command line: json, brian2 or nir. */
    public String id() {
        return id;
    }

    /** The usual file extension, with its dot. */
    public String extension() {
        return extension;
    }

    /** The format named {@code name} (case-insensitive), or an error listing the names. */
    public static ExportFormat of(String name) {
        for (ExportFormat f : values()) {
            if (f.id.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "': use one of "
                + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", ")));
    }
}
