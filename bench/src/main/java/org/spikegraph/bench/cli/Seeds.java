package org.spikegraph.bench.cli;

/**
 * The one {@code --seed} of every command (solve, project, export, compare, generate): the same
 * default and the same help, so that a command line without {@code --seed} draws the same way
 * under every command.
 */
final class Seeds {

    /** The default seed of every command. */
    static final String DEFAULT = "1";

    /** The help of every {@code --seed}. */
    static final String HELP = "Seed of every random draw the command makes (stochastic neurons, drawn sources, generated "
            + "graphs): the same seed gives the same draws (default: ${DEFAULT-VALUE}).";

    private Seeds() {}
}
