package org.spikegraph.bench.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --progress} and {@code --no-progress}: how a long command shows its progress on stderr ({@link Progress}). */
final class ProgressOptions {

    @Option(names = "--progress", description = "Print a progress line on stderr every 5 s and a last one at the end, "
            + "on a terminal too (default: a bar on a terminal after 1.5 s; when stderr is not a terminal, a line every 5 s "
            + "once the command has run that long). Never on stdout.")
    boolean progress;

    @Option(names = "--no-progress", description = "Show no progress on stderr.")
    boolean noProgress;

    /** The time between two progress lines, for tests. */
    @Option(names = "--progress-interval", paramLabel = "MS", hidden = true, converter = Numbers.PositiveLong.class,
            defaultValue = "" + Progress.LINE_INTERVAL_MS)
    long intervalMs = Progress.LINE_INTERVAL_MS;

    /** The mode the options ask for. */
    Progress.Mode mode() {
        if (progress && noProgress) {
            throw new UserInputException("--progress and --no-progress contradict each other: give one");
        }
        return noProgress ? Progress.Mode.OFF : progress ? Progress.Mode.LINES : Progress.Mode.AUTO;
    }

    /** Starts showing {@code source} on the command's stderr. */
    Progress start(CommandSpec spec, Progress.Source source) {
        return Progress.start(mode(), intervalMs, spec.commandLine().getErr(), source);
    }
}
