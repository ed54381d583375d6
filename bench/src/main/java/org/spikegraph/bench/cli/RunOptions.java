package org.spikegraph.bench.cli;

import java.nio.file.Path;
import java.util.ServiceLoader;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.bench.compare.Harness;
import picocli.CommandLine.Option;

/** How to run and report a circuit: engine, seed, limits, validation and outputs. */
final class RunOptions {

    /** The engines to choose from; {@code spark} is looked up on the class path (the spark module). */
    enum EngineChoice {
        reference, event, spark;

        /**
         * A new engine; {@code spark} through {@link ServiceLoader} after setting its master and partitions.
         *
         * @throws UserInputException when the spark module is not on the class path
         */
        Engine engine(String master, Integer partitions) {
            return switch (this) {
                case reference -> new ReferenceEngine();
                case event -> new EventEngine();
                case spark -> {
                    System.setProperty("spikegraph.spark.master", master);
                    if (partitions != null) {
                        System.setProperty("spikegraph.spark.partitions", Integer.toString(partitions));
                    }
                    yield byName(name());
                }
            };
        }

        /** The engine of that name on the class path, through {@link ServiceLoader}. */
        static Engine byName(String name) {
            return ServiceLoader.load(Engine.class).stream().map(ServiceLoader.Provider::get)
                    .filter(e -> e.name().equals(name)).findFirst()
                    .orElseThrow(() -> new UserInputException("engine " + name + " is not on the class path: run it through "
                            + "./spikegraph (which adds the " + name + " module)"));
        }
    }

    /** How delays longer than a chip's are built: the legalizer's constructions, or the cheapest by the chip's cost. */
    enum DelaysChoice {
        chains(DelayStrategy.RELAY_CHAINS), taps(DelayStrategy.TAPPED_LINES), counters(DelayStrategy.COUNTERS),
        cheapest(DelayStrategy.CHEAPEST);

        final DelayStrategy strategy;

        DelaysChoice(DelayStrategy strategy) {
            this.strategy = strategy;
        }

        /** The option's word for a construction ({@code chains}, {@code taps}, {@code counters}). */
        static String word(DelayStrategy s) {
            for (DelaysChoice c : values()) {
                if (c.strategy == s) {
                    return c.name();
                }
            }
            throw new IllegalArgumentException("no word for " + s);
        }
    }

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "event",
            description = "Simulator: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). reference and event give identical "
                    + "runs; spark runs the input-driven circuits on Apache Spark (the spikegraph launcher adds it).")
    EngineChoice engine;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
            description = "Spark master for --engine spark: local[N], spark://host:7077, ... (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", converter = Numbers.PositiveInt.class,
            description = "Spark partitions for --engine spark (default: the master's parallelism).")
    Integer partitions;

    @Option(names = "--delays", paramLabel = "HOW", defaultValue = "taps",
            description = "How the chips build delays longer than theirs: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "cheapest projects with each and keeps the cheapest by the chip's own cost.")
    DelaysChoice delays;

    @Option(names = "--seed", paramLabel = "N", defaultValue = Seeds.DEFAULT, description = Seeds.HELP)
    long seed;

    @Option(names = "--max-steps", paramLabel = "N", converter = Numbers.PositiveLong.class,
            description = "Stop every run after N steps (default: a bound no answer can exceed); a run stopped before its "
                    + "answer was complete is an error (exit 2) naming the bound it needs, never a partial answer.")
    Long maxSteps;

    @Option(names = "--validate", description = "Check the answer against an exact reference (JGraphT's algorithm where it has one; the report "
                    + "names it); exit 3 on any mismatch. Without it the reference is not run.")
    boolean validate;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--full", description = "With --json: add the whole answer under \"answer\" (what --output writes, as "
            + "arrays: per-vertex columns beside an id column of the file's vertex ids, null where there is no value). "
            + "Never added without --full, whatever the graph's size; apsp refuses it above 1,000,000 distances (use --output).")
    boolean full;

    @Option(names = {"--output", "--out"}, paramLabel = "FILE", description = "File for the full per-vertex answer (tab-separated); - for stdout. "
            + "A FIFO or device is written in place, a symbolic link is followed and its target replaced whole; "
            + "nothing is written when the command fails.")
    Path output;

    @Option(names = "--raster", paramLabel = "FILE", description = "Draw the spike raster to FILE.png or FILE.svg (written as --output is).")
    Path raster;

    @Option(names = "--hardware", paramLabel = "CHIP", split = ",",
            description = "Project the run onto chips: loihi, loihi2, truenorth, spinnaker, spinnaker2, or all.")
    java.util.List<String> hardware;

    @Option(names = "--cpu-watts", paramLabel = "W", defaultValue = "15", converter = Numbers.NonNegativeDouble.class,
            description = "Stated CPU power per core for the conventional side of --hardware: energy = median time x W "
                    + "(default: ${DEFAULT-VALUE} W).")
    double cpuWatts;

    @Option(names = "--cpu-warmup", paramLabel = "N", defaultValue = Harness.Settings.WARMUP, converter = Numbers.NonNegativeInt.class,
            description = "Untimed runs of each conventional baseline before the timed ones, for the CPU side of --hardware "
                    + "(default: ${DEFAULT-VALUE}, as compare's --warmup).")
    int cpuWarmup;

    @Option(names = "--cpu-repetitions", paramLabel = "N", defaultValue = Harness.Settings.REPETITIONS, converter = Numbers.PositiveInt.class,
            description = "Timed runs of each conventional baseline for the CPU side of --hardware; the median is reported "
                    + "with its quartiles (default: ${DEFAULT-VALUE}, as compare's --repetitions).")
    int cpuRepetitions;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;
}
