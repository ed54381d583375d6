package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Runs the {@code spikegraph} command line in-process with captured stdout and stderr. */
final class Cli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {}

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {

        /** stdout parsed as one JSON object. */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON:\n" + out + "\nstderr:\n" + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    /** Runs {@code spikegraph ARGS} on the configured command line. */
    static Result run(String... args) {
        return run(SpikegraphCommand.commandLine(), args);
    }

    /** Runs ARGS on {@code cl} (e.g. one with a test-only subcommand added). */
    static Result run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Asserts exit 0 and nothing on stderr but the {@code wrote PATH (SIZE)} lines of the outputs written
     * (and progress lines, which a run longer than their interval prints when stderr is not a terminal).
     */
    static Result ok(String... args) {
        Result r = run(args);
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.err().lines()).as("%s", r).allSatisfy(l -> assertThat(l.startsWith("wrote ")
                || Progress.LINE.matcher(l).matches()).as("a wrote or progress line: %s", l).isTrue());
        return r;
    }

    /** A {@code wrote PATH (SIZE)} line: the path and the size. */
    private static final java.util.regex.Pattern WROTE = java.util.regex.Pattern.compile("wrote (.+) \\(([0-9.]+ (B|kB|MB|GB|TB))\\)");

    /** The paths of the {@code wrote PATH (SIZE)} lines on stderr, in order. */
    static java.util.List<String> wrote(Result r) {
        return r.err().lines().filter(l -> l.startsWith("wrote ")).map(l -> {
            java.util.regex.Matcher m = WROTE.matcher(l);
            assertThat(m.matches()).as("a wrote line with a size: %s", l).isTrue();
            return m.group(1);
        }).toList();
    }

    /** The sizes of the {@code wrote PATH (SIZE)} lines on stderr, in order, as printed (e.g. {@code 12.3 kB}). */
    static java.util.List<String> wroteSizes(Result r) {
        return r.err().lines().filter(l -> l.startsWith("wrote ")).map(l -> {
            java.util.regex.Matcher m = WROTE.matcher(l);
            assertThat(m.matches()).as("a wrote line with a size: %s", l).isTrue();
            return m.group(2);
        }).toList();
    }

    /**
     * Asserts the bad-input contract: exit 2, nothing on stdout, exactly one line on stderr,
     * {@code spikegraph: } first, holding every fragment given, and no stack trace.
     */
    static Result badInput(Result r, String... fragments) {
        assertThat(r.code()).as("%s", r).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).as("%s", r).isEmpty();
        noStackTrace(r);
        String err = r.err().strip();
        assertThat(err).as("one line on stderr: %s", r).doesNotContain("\n").startsWith("spikegraph: ");
        for (String f : fragments) {
            assertThat(err).as("%s", r).contains(f);
        }
        return r;
    }

    /** Asserts that neither stream holds a Java stack trace. */
    static void noStackTrace(Result r) {
        assertThat(r.out() + r.err()).as("%s", r).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }
}
