package org.spikegraph.bench.cli;

import java.util.Arrays;
import org.spikegraph.algorithms.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spikegraph export --to brian2|nir|json PROBLEM ...}: one subcommand per problem spec
 * ({@link ExportProblemCommand}), writing the circuit the spec compiles for another simulator
 * (docs/export.md).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the circuit of a problem as a Brian2 script, a NIR (HDF5) file or the project's lossless JSON.",
                "The network, stimulus, stop condition and readout; a problem run as several circuits driven by the host "
                        + "is refused."})
final class ExportCommand {

    @Option(names = "--to", paramLabel = "FORMAT", description = "brian2, nir or json (required, before the problem).")
    String to;

    /** The format {@code --to} names, or a one-line error listing the formats (exit 2). */
    ExportFormat format() {
        if (to == null) {
            throw new UserInputException("export needs --to FORMAT before the problem (export --to FORMAT NAME ...): one of "
                    + String.join(", ", Arrays.stream(ExportFormat.values()).map(ExportFormat::id).toList()));
        }
        try {
            return ExportFormat.of(to);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--to: " + e.getMessage());
        }
    }
}
