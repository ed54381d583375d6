package org.spikegraph.bench.cli;

/** The command line's exit codes. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** An internal failure: a bug; the message says so, {@code --verbose} shows the stack trace. */
    static final int INTERNAL = 1;
    /** Bad input or usage: the message names the file, line and reason, or the option to change. */
    static final int BAD_INPUT = 2;
    /** {@code --validate} found a mismatch with JGraphT. */
    static final int MISMATCH = 3;

    private ExitCodes() {}
}
