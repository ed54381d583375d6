package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code --help} and {@code --version} on every command exit 0 and print to stdout. */
class UsageTest {

    @Test
    void version() {
        Cli.Result r = Cli.ok("--version");
        assertThat(r.out().strip()).startsWith("spikegraph ").matches("spikegraph \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        Cli.Result r = Cli.ok("--help");
        assertThat(r.out()).contains("Usage: spikegraph").contains("solve").contains("info").contains("generate")
                .contains("Exit codes:").contains("2").contains("bad input").contains("3").contains("validation mismatch");
    }

    @Test
    void solveHelpListsEveryProblem() {
        assertThat(Cli.ok("solve", "--help").out())
                .contains("sssp").contains("bfs").contains("khop").contains("multi-source").contains("hop-bounded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"solve sssp", "solve bfs", "solve khop", "solve multi-source", "solve hop-bounded", "info", "generate"})
    void everySubcommandHasHelp(String command) {
        String[] args = (command + " --help").split(" ");
        Cli.Result r = Cli.ok(args);
        assertThat(r.out()).contains("Usage: spikegraph " + command);
        if (command.startsWith("solve")) {
            assertThat(r.out()).contains("--graph").contains("--validate").contains("--json").contains("--output")
                    .contains("--raster").contains("--max-steps").contains("--engine").contains("--verbose");
        }
        Cli.Result shortForm = Cli.ok((command + " -h").split(" "));
        assertThat(shortForm.out()).isEqualTo(r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "solve"})
    void aMissingSubcommandIsAUsageErrorWithTheUsageOnStderr(String command) {
        Cli.Result r = Cli.run(command.isEmpty() ? new String[0] : new String[] {command});
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Missing required subcommand").contains("Usage: spikegraph");
        Cli.noStackTrace(r);
    }
}
