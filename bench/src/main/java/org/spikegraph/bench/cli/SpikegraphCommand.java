package org.spikegraph.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.io.GraphParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code spikegraph}: solve graph problems with spiking circuits from the shell.
 *
 * <p>Exit codes: 0 ok; 1 internal error; 2 bad input or usage (a message naming the file, line and
 * reason or the option to change, no stack trace unless {@code --verbose}); 3 a {@code --validate}
 * mismatch.
 */
@Command(name = "spikegraph", mixinStandardHelpOptions = true, version = "spikegraph 0.1.0",
        description = "Graph problems compiled into spiking circuits, simulated exactly, checked against JGraphT.",
        subcommands = {SolveCommand.class, ProjectCommand.class, InfoCommand.class, GenerateCommand.class,
                HardwareCommand.class, CompareCommand.class, ExportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:bad input or usage", "3:validation mismatch (--validate)"})
public final class SpikegraphCommand {

    private SpikegraphCommand() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests call {@code execute} on it with their own writers). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SpikegraphCommand());
        ProblemCommands.addTo(cl.getSubcommands().get("solve"));
        ProblemCommands.addTo(cl.getSubcommands().get("project"));
        ExportProblemCommand.addTo(cl.getSubcommands().get("export"));
        Numbers.register(cl);
        cl.setExecutionExceptionHandler(SpikegraphCommand::handle);
        cl.setParameterExceptionHandler(SpikegraphCommand::usageError);
        return cl;
    }

    /**
     * A usage error (unknown option, a value of the wrong type, a missing required option): one line
     * naming it and where the help is, not the whole usage; exit 2. A command given without its
     * subcommand gets the usage, which lists them.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        CommandLine.ParseResult parsed = cmd.getParseResult();
        if (!cmd.getSubcommands().isEmpty() && (parsed == null || !parsed.hasSubcommand())) {
            err.println(cmd.getColorScheme().errorText("spikegraph: " + e.getMessage()));
            cmd.usage(err, cmd.getColorScheme());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        String message = e.getMessage();
        if (e.getCause() instanceof CommandLine.TypeConversionException t && e.getArgSpec() instanceof CommandLine.Model.OptionSpec o) {
            message = String.join("/", o.names()) + " " + e.getValue() + ": " + t.getMessage();
        }
        err.println(cmd.getColorScheme().errorText("spikegraph: " + message + " (see '" + cmd.getCommandSpec().qualifiedName()
                + " --help')"));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parsed.expandedArgs().contains("--verbose");
        int code;
        String message;
        if (e instanceof IncompleteRunException) {
            code = ExitCodes.BAD_INPUT;
            message = e.getMessage().contains("--max-steps") ? e.getMessage() : e.getMessage() + " (--max-steps N sets the limit)";
        } else if (e instanceof GraphParseException || e instanceof UserInputException || e instanceof IllegalArgumentException) {
            code = ExitCodes.BAD_INPUT;
            message = e.getMessage();
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            code = ExitCodes.BAD_INPUT;
            message = e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : String.valueOf(e.getMessage());
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + e + (verbose ? "" : " (run with --verbose for the stack trace)");
        }
        err.println(cmd.getColorScheme().errorText("spikegraph: " + message));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
