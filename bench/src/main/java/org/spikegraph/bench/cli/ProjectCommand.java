package org.spikegraph.bench.cli;

import picocli.CommandLine.Command;

/**
 * {@code spikegraph project PROBLEM}: solve as {@code solve PROBLEM} does, then project the run on
 * every chip profile, side by side with the CPU running JGraphT's algorithm.
 */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Project one graph and problem on every chip profile, side by side with the CPU "
                + "(as solve PROBLEM --hardware all).")
final class ProjectCommand {
}
