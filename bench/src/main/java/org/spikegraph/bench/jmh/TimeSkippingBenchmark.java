package org.spikegraph.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Does an engine skip empty time? A chain of {@code length} threshold-1 latches, neuron i linked to
 * i + 1 with weight 1 and delay {@code delay}, neuron 0 forced to spike at step 0, run to quiescence
 * with first-spike times recorded (as an SSSP circuit is). The same 1,000 spikes and 999 synaptic
 * events happen for every delay; only the empty time between them grows, to 999 x 10^6 steps for
 * the long delay. The baseline is the same run with delay 1 (no empty step at all), measured in the
 * same JMH run. Target: long-delay time &le; 2x short-delay time.
 *
 * <p>Setup checks the answer once: the last neuron first spikes at 999 x delay, the run stops on
 * quiescence and spans 999 x delay + 1 steps.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TimeSkippingBenchmark {

    /** Steps between one link of the chain and the next: 1 is the baseline. */
    @Param({"1", "1000000"})
    public int delay;

    /** Neurons in the chain. */
    @Param({"1000"})
    public int length;

    /** The engine under test. */
    @Param({"event"})
    public String engine;

    private Engine eng;
    private Network network;
    private Stimulus stimulus;
    private StopCondition stop;

    @Setup(Level.Trial)
    public void setUp() {
        eng = BenchEngines.byName(engine);
        network = BenchNetworks.chain(length, delay);
        stimulus = Stimulus.spikes(0, 0);
        stop = StopCondition.afterSteps(Long.MAX_VALUE).orQuiescent();
        Run run = eng.run(network, stimulus, stop, Recording.firstSpikeTimes(), 0L);
        long expected = (long) (length - 1) * delay;
        if (run.firstSpike(length - 1) != expected) {
            throw new AssertionError("last neuron of the chain first spiked at " + run.firstSpike(length - 1)
                    + ", expected " + expected + " = " + (length - 1) + " x " + delay);
        }
        if (run.stopReason() != StopReason.QUIESCENT || run.stepsSpanned() != expected + 1) {
            throw new AssertionError("expected a quiescent stop after " + (expected + 1) + " steps, got " + run);
        }
        System.out.printf("%n[setup] %s -> %s%n", network, run);
    }

    /** One run of the chain to quiescence. */
    @Benchmark
    public Run chain() {
        return eng.run(network, stimulus, stop, Recording.firstSpikeTimes(), 0L);
    }
}
