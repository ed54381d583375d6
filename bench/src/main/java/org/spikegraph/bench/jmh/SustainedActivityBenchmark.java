package org.spikegraph.bench.jmh;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Synaptic-event throughput at sustained activity: a random network of 100,000 neurons x 100
 * synapses (targets uniform, delays uniform 1..16, weight 1, fixed seed) in which about 1% of the
 * neurons spike at every step, run for {@code steps} steps.
 *
 * <p>Two ways of keeping 1% active ({@code drive}):
 * <ul>
 *   <li>{@code stimulus} (the headline figure): 1,000 distinct random neurons per step are forced to
 *       spike by the stimulus; every neuron is integrate-and-fire with no leak and the largest 32-bit
 *       threshold, so synaptic input never makes one fire and a neuron with input is at rest again
 *       after its update. The engine's work is then exactly: schedule 1,000 spikes per step, deliver
 *       ~100,000 synaptic events per step through its calendar, update the ~63,000 neurons that
 *       receive input. This isolates synaptic-event throughput, which is the point;</li>
 *   <li>{@code stochastic} (the realistic case): every neuron is a FULL-leak threshold-1 gate
 *       that fires with probability 1037/65536 (~1.58%) when it has input; with ~1 input per
 *       neuron per step the mean-field map r -> p (1 - e^(-100 r)) has a stable fixed point at
 *       r = 1% (slope 0.58), so after a seed of forced spikes over the first maxDelay steps the activity sustains itself.
 *       This adds the fire draws and the live (non-resting) neurons a FULL-leak gate leaves behind.</li>
 * </ul>
 *
 * <p>Baseline, in the same JMH run: {@link #rawLoop} replays the very spikes the engine produced
 * (recorded once in setup through a raster sink), step by step, scattering each spiking source's CSR
 * row into an {@code int[]} ({@code acc[target[j]] += weight[j]}) and then reading and clearing the
 * touched entries: no calendar, no delays, no neuron update. It is the floor of any engine.
 *
 * <p>Both report {@code events}, an {@link AuxCounters} operations counter: synaptic events per
 * second. For the engine that is {@code ActivityStats.synapticEvents()} (deliveries within the run;
 * spikes of the last maxDelay steps deliver partly after it), for the raw loop the synapses it scattered.
 * The ratio of the two {@code events} rates is the figure to watch (target: engine &ge; 50%).
 *
 * <p>Setup checks the engine once: the engine's event count must equal the count implied by its own
 * spikes and the network's delays, and the stochastic activity must stay in 0.5%..2%.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class SustainedActivityBenchmark {

    /** The network, the stimulus and the recorded spikes, built once per trial. */
    @State(Scope.Benchmark)
    public static class Data {
        /** How the 1% activity is kept up: "stimulus" (forced spikes) or "stochastic" (self-sustained). */
        @Param({"stimulus", "stochastic"})
        public String drive;

        /** The engine under test. */
        @Param({"event"})
        public String engine;

        /** Neurons. */
        @Param({"100000"})
        public int neurons;

        /** Outgoing synapses per neuron. */
        @Param({"100"})
        public int fanOut;

        /** Delays are uniform in 1..maxDelay. */
        @Param({"16"})
        public int maxDelay;

        /** Steps per run. */
        @Param({"256"})
        public int steps;

        static final long SEED = 20240611L;
        static final double RATE = 0.01;

        Engine eng;
        Network network;
        Stimulus stimulus;
        StopCondition stop;

        // The spikes of the engine's run, by step: sources[stepStart[t] .. stepStart[t+1]).
        int[] stepStart;
        int[] sources;
        // CSR rows of the network, for the raw loop.
        int[] rowStart;
        int[] target;
        int[] weight;
        int[] acc;

        @Setup(Level.Trial)
        public void setUp() {
            eng = BenchEngines.byName(engine);
            int perStep = (int) Math.round(neurons * RATE);
            NeuronType type;
            switch (drive) {
                case "stimulus" -> type = NeuronType.builder().threshold(Integer.MAX_VALUE).build();
                case "stochastic" -> type = NeuronType.builder().threshold(1).leak(Leak.full())
                        .fireChance(stochasticChance(fanOut)).build();
                default -> throw new IllegalArgumentException("drive must be stimulus or stochastic, got " + drive);
            }
            long t0 = System.nanoTime();
            network = BenchNetworks.random(neurons, fanOut, maxDelay, 1, type, SEED);
            int forcedSteps = drive.equals("stimulus") ? steps : Math.min(steps, maxDelay);
            stimulus = randomSpikes(neurons, perStep, forcedSteps, SEED + 1);
            stop = StopCondition.afterSteps(steps);
            long t1 = System.nanoTime();

            // Record the engine's spikes once: the raw loop replays exactly these sources.
            SpikeLog log = new SpikeLog(steps);
            Run run = eng.run(network, stimulus, stop, Recording.none().withSink(log::spike), SEED);
            stepStart = log.stepStart();
            sources = Arrays.copyOf(log.neurons, log.size);
            long t2 = System.nanoTime();

            rowStart = new int[neurons + 1];
            for (int s = 0; s < neurons; s++) {
                rowStart[s + 1] = network.outEnd(s);
            }
            // The raw loop gets the plainest layout: separate int[] targets and weights.
            target = new int[network.synapseCount()];
            weight = new int[network.synapseCount()];
            for (int j = 0; j < weight.length; j++) {
                target[j] = network.target(j);
                weight[j] = network.weight(j);
            }
            acc = new int[neurons];

            check(run);
            System.out.printf("%n[setup] %s; build %.1f s, recording run %.2f s; %s; %.0f spikes/step (%.2f%%), "
                            + "%d engine events, %d raw-loop events%n",
                    network, (t1 - t0) / 1e9, (t2 - t1) / 1e9, run, run.activity().spikes() / (double) steps,
                    100.0 * run.activity().spikes() / steps / neurons, run.activity().synapticEvents(), rawEvents());
        }

        /** The engine's answer, checked against what its own spikes imply. */
        private void check(Run run) {
            if (run.activity().spikes() != sources.length) {
                throw new AssertionError("engine reported " + run.activity().spikes() + " spikes but streamed " + sources.length);
            }
            long expected = 0;
            for (int t = 0; t < steps; t++) {
                for (int k = stepStart[t]; k < stepStart[t + 1]; k++) {
                    int s = sources[k];
                    for (int j = network.outStart(s); j < network.outEnd(s); j++) {
                        if ((long) t + network.delay(j) < steps) {
                            expected++;
                        }
                    }
                }
            }
            if (run.activity().synapticEvents() != expected) {
                throw new AssertionError("engine reported " + run.activity().synapticEvents()
                        + " synaptic events; its spikes and the network's delays imply " + expected);
            }
            if (drive.equals("stimulus") && sources.length != (long) steps * Math.round(neurons * RATE)) {
                throw new AssertionError("forced drive: expected exactly " + steps * Math.round(neurons * RATE) + " spikes, got " + sources.length);
            }
            if (drive.equals("stochastic")) {
                int half = steps / 2;
                double rate = (stepStart[steps] - stepStart[half]) / (double) (steps - half) / neurons;
                if (rate < 0.005 || rate > 0.02) {
                    throw new AssertionError("stochastic drive did not hold ~1% activity: " + 100 * rate + "% in the second half");
                }
            }
        }

        long rawEvents() {
            long e = 0;
            for (int s : sources) {
                e += rowStart[s + 1] - rowStart[s];
            }
            return e;
        }
    }

    /**
     * The fire chance (units of 2^-16) that makes 1% activity the mean-field fixed point of a FULL-leak
     * threshold-1 gate with {@code fanOut} weight-1 inputs per spike: r = p (1 - e^(-fanOut r)); 1037
     * for fanOut 100.
     */
    static int stochasticChance(int fanOut) {
        return (int) Math.round(NeuronType.ALWAYS * Data.RATE / (1 - Math.exp(-fanOut * Data.RATE)));
    }

    /** Synaptic events, reported by JMH as a rate (events/s) next to the primary score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        /** Synaptic events processed. */
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    /** One run of the engine over {@code steps} steps; score = runs/s, {@code events} = events/s. */
    @Benchmark
    public Run engine(Data d, Events counter) {
        Run run = d.eng.run(d.network, d.stimulus, d.stop, Recording.none(), Data.SEED);
        counter.events += run.activity().synapticEvents();
        return run;
    }

    /** The baseline: the same spikes scattered over the CSR rows into an int[], touched entries read and cleared. */
    @Benchmark
    public long rawLoop(Data d, Events counter) {
        final int[] stepStart = d.stepStart;
        final int[] sources = d.sources;
        final int[] row = d.rowStart;
        final int[] tgt = d.target;
        final int[] w = d.weight;
        final int[] acc = d.acc;
        long events = 0;
        long check = 0;
        for (int t = 0; t < d.steps; t++) {
            int from = stepStart[t];
            int to = stepStart[t + 1];
            for (int k = from; k < to; k++) {
                int s = sources[k];
                int end = row[s + 1];
                for (int j = row[s]; j < end; j++) {
                    acc[tgt[j]] += w[j];
                }
                events += end - row[s];
            }
            for (int k = from; k < to; k++) {
                int s = sources[k];
                int end = row[s + 1];
                for (int j = row[s]; j < end; j++) {
                    int x = tgt[j];
                    check += acc[x];
                    acc[x] = 0;
                }
            }
        }
        counter.events += events;
        return check;
    }

    /** {@code perStep} distinct random neurons forced to spike at each of steps 0 .. steps - 1. */
    static Stimulus randomSpikes(int neurons, int perStep, int steps, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Stimulus.Builder b = Stimulus.builder();
        int[] pick = new int[neurons];
        for (int i = 0; i < neurons; i++) {
            pick[i] = i;
        }
        for (int t = 0; t < steps; t++) {
            for (int k = 0; k < perStep; k++) { // partial Fisher-Yates: perStep distinct neurons
                int r = k + rnd.nextInt(neurons - k);
                int tmp = pick[k];
                pick[k] = pick[r];
                pick[r] = tmp;
                b.spike(pick[k], t);
            }
        }
        return b.build();
    }

    /** Collects streamed spikes (in step, then neuron order) as a per-step CSR. */
    static final class SpikeLog {
        final int[] count;
        int[] neurons = new int[1 << 16];
        int size;

        SpikeLog(int steps) {
            count = new int[steps];
        }

        void spike(long step, int neuron) {
            if (size == neurons.length) {
                neurons = Arrays.copyOf(neurons, size * 2);
            }
            neurons[size++] = neuron;
            count[(int) step]++;
        }

        int[] stepStart() {
            int[] start = new int[count.length + 1];
            for (int t = 0; t < count.length; t++) {
                start[t + 1] = start[t] + count[t];
            }
            return start;
        }
    }
}
