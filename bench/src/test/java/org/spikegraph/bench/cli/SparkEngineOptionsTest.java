package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --engine spark}, {@code --master} and {@code --partitions}: parsing, and the message when the
 * spark module is not on the class path (bench's tests run without it).
 */
class SparkEngineOptionsTest {

    private static RunOptions parse(String... args) {
        RunOptions options = new RunOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void defaultsAreTheEventEngineLocalTwoAndTappedLines() {
        RunOptions o = parse();
        assertThat(o.engine).isEqualTo(RunOptions.EngineChoice.event);
        assertThat(o.master).isEqualTo("local[2]");
        assertThat(o.partitions).isNull();
        assertThat(o.delays).isEqualTo(RunOptions.DelaysChoice.taps);
    }

    @Test
    void masterAndPartitionsAreParsed() {
        RunOptions o = parse("--engine", "spark", "--master", "spark://host:7077", "--partitions", "8");
        assertThat(o.engine).isEqualTo(RunOptions.EngineChoice.spark);
        assertThat(o.master).isEqualTo("spark://host:7077");
        assertThat(o.partitions).isEqualTo(8);
    }

    @Test
    void zeroPartitionsAreRefused() {
        assertThatThrownBy(() -> parse("--partitions", "0")).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--partitions");
    }

    @Test
    void sparkOffTheClassPathIsBadInputAfterTheMasterIsSet() {
        String before = System.getProperty("spikegraph.spark.master");
        try {
            Cli.Result r = Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--engine", "spark",
                    "--master", "local[3]", "--partitions", "5");
            Cli.badInput(r, "engine spark is not on the class path: run it through ./spikegraph (which adds the spark module)");
            assertThat(System.getProperty("spikegraph.spark.master")).isEqualTo("local[3]");
            assertThat(System.getProperty("spikegraph.spark.partitions")).isEqualTo("5");
        } finally {
            restore("spikegraph.spark.master", before);
            System.clearProperty("spikegraph.spark.partitions");
        }
    }

    @Test
    void sparkWithARasterIsRefusedBeforeAnyWork() {
        Cli.badInput(Cli.run("solve", "sssp", "--graph", SharedGraphs.path("road/rome99.gr"), "--engine", "spark",
                "--raster", "spikes.png"), "--raster", "spark");
    }

    @Test
    void theOtherEnginesAreFoundWithoutTheServiceLoader() {
        assertThat(RunOptions.EngineChoice.event.engine("local[2]", null).name()).isEqualTo("event");
        assertThat(RunOptions.EngineChoice.reference.engine("local[2]", null).name()).isEqualTo("reference");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
