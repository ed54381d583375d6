package org.spikegraph.bench.cli;

import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.problem.ProblemSpecs;
import picocli.CommandLine;

/**
 * The problems under {@code solve} and {@code project}: one {@link ProblemCommand} per
 * {@link ProblemSpecs spec}, in the services file's order.
 */
final class ProblemCommands {

    private ProblemCommands() {}

    /** Adds a subcommand per problem to {@code parent} ({@code solve} or {@code project}). */
    static void addTo(CommandLine parent) {
        for (ProblemSpec<?, ?> spec : ProblemSpecs.all()) {
            parent.addSubcommand(spec.name(), new CommandLine(ProblemCommand.of(spec)), spec.aliases().toArray(String[]::new));
        }
    }
}
