package org.spikegraph.bench.cli;

import java.util.List;
import java.util.function.Supplier;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.problem.ProblemSpecs;
import picocli.CommandLine;

/**
 * The problems under {@code solve} and {@code project}: one {@link ProblemCommand} per
 * {@link ProblemSpecs spec}, in the services file's order, and the host-driven commands not yet
 * written as specs, each listed after the problem it followed.
 */
final class ProblemCommands {

    /** A command not yet written as a spec, and the problem it is listed after in the help. */
    private record Legacy(String name, String after, Supplier<Object> command) {}

    private static final List<Legacy> LEGACY = List.of(
            new Legacy("components", "hop-bounded", ComponentsCommand::new),
            new Legacy("mst", "dag-longest", MstCommand::new),
            new Legacy("maxflow", "mst", MaxFlowCommand::new));

    private ProblemCommands() {}

    /** Adds a subcommand per problem to {@code parent} ({@code solve} or {@code project}). */
    static void addTo(CommandLine parent) {
        for (ProblemSpec<?, ?> spec : ProblemSpecs.all()) {
            parent.addSubcommand(spec.name(), new CommandLine(ProblemCommand.of(spec)));
            addLegacyAfter(parent, spec.name());
        }
        for (Legacy l : LEGACY) {
            if (!parent.getSubcommands().containsKey(l.name()) && ProblemSpecs.named(l.name()).isEmpty()) {
                parent.addSubcommand(l.name(), new CommandLine(l.command().get()));
            }
        }
    }

    private static void addLegacyAfter(CommandLine parent, String name) {
        for (Legacy l : LEGACY) {
            if (l.after().equals(name) && ProblemSpecs.named(l.name()).isEmpty()) {
                parent.addSubcommand(l.name(), new CommandLine(l.command().get()));
                addLegacyAfter(parent, l.name());
            }
        }
    }
}
