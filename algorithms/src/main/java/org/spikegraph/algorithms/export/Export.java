package org.spikegraph.algorithms.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.spikegraph.algorithms.circuit.Circuit;

/**
 * Takes a circuit out of the JVM: {@link ExportFormat#JSON} (lossless, read back by {@link CircuitJson#read}),
 * {@link ExportFormat#BRIAN2} (a runnable script) or {@link ExportFormat#NIR} (HDF5). What a format
 * cannot express is refused before anything is written, with a message naming the feature; the file
 * appears whole or not at all (written beside it, then moved).
 *
 * <pre>{@code
 * ShortestPathCompiler c = new ShortestPathCompiler(graph);
 * Export.to(ExportFormat.BRIAN2, c.singleSource(0), Readout.shortestPaths(c), Path.of("rome99.py"));
 * }</pre>
 */
public final class Export {

    private Export() {}

    /** Exports {@code circuit}, read by {@code readout}, to the file {@code out}. */
    public static void to(ExportFormat format, Circuit<?> circuit, Readout readout, Path out) throws IOException {
        to(format, ExportedCircuit.of(circuit, readout), out);
    }

    /** Exports {@code circuit} with every neuron's first-spike step as its readout. */
    public static void to(ExportFormat format, Circuit<?> circuit, Path out) throws IOException {
        to(format, circuit, Readout.firstSpikes(circuit.network().neuronCount()), out);
    }

    /** Exports an {@link ExportedCircuit} (e.g. one read back from JSON) to the file {@code out}. */
    public static void to(ExportFormat format, ExportedCircuit circuit, Path out) throws IOException {
        switch (format) {
            case BRIAN2 -> Brian2Script.check(circuit);
            case NIR -> NirWriter.check(circuit);
            case JSON -> { }
        }
        Path abs = out.toAbsolutePath();
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".part");
        try {
            switch (format) {
                case JSON -> CircuitJson.write(circuit, tmp);
                case BRIAN2 -> Brian2Script.write(circuit, tmp);
                case NIR -> NirWriter.write(circuit, tmp);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
