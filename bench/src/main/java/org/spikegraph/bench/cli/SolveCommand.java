package org.spikegraph.bench.cli;

import picocli.CommandLine.Command;

/** {@code spikegraph solve PROBLEM}: one subcommand per problem. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve a graph problem with a spiking circuit, check it against JGraphT, report the activity.")
final class SolveCommand {
}
