package org.spikegraph.bench.cli;

import java.nio.file.Path;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;
import picocli.CommandLine.Option;

/** How to run and report a circuit: engine, seed, limits, validation and outputs. */
final class RunOptions {

    /** The engines to choose from. */
    enum EngineChoice {
        reference, event;

        Engine engine() {
            return this == reference ? new ReferenceEngine() : new EventEngine();
        }
    }

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "event",
            description = "Simulator: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Both give identical runs.")
    EngineChoice engine;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of the random draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-steps", paramLabel = "N", converter = Numbers.PositiveLong.class,
            description = "Stop the simulation after N steps (default: a bound no answer can exceed).")
    Long maxSteps;

    @Option(names = "--validate", description = "Check the answer against JGraphT; exit 3 on any mismatch.")
    boolean validate;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the full per-vertex answer (tab-separated); - for stdout. "
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

    @Option(names = "--cpu-warmup", paramLabel = "N", defaultValue = "3", converter = Numbers.NonNegativeInt.class,
            description = "Untimed runs of each conventional baseline before the timed ones, for the CPU side of --hardware "
                    + "(default: ${DEFAULT-VALUE}).")
    int cpuWarmup;

    @Option(names = "--cpu-repetitions", paramLabel = "N", defaultValue = "10", converter = Numbers.PositiveInt.class,
            description = "Timed runs of each conventional baseline for the CPU side of --hardware; the median is reported "
                    + "with its quartiles (default: ${DEFAULT-VALUE}).")
    int cpuRepetitions;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;
}
