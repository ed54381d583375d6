package org.spikegraph.algorithms.circuit;

import java.util.Objects;
import java.util.function.Function;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * A problem compiled into a spiking network: the network, how a run starts (stimulus) and ends
 * (stop condition), what it must record, and how its answer is read (decoder). The pipeline every
 * problem follows is graph &rarr; compiler &rarr; {@code Circuit} &rarr; {@link #run(Engine, long)}
 * &rarr; {@link Outcome}.
 *
 * @param problem   a short name of the problem, e.g. "sssp"
 * @param network   the compiled network
 * @param stimulus  the external input that starts the run
 * @param stop      when the run ends
 * @param recording what the decoder needs recorded
 * @param decoder   reads the answer from the run
 * @param <A>       the answer type
 */
public record Circuit<A>(String problem, Network network, Stimulus stimulus, StopCondition stop, Recording recording,
                         Decoder<A> decoder) {

    /** Checks that nothing is missing. */
    public Circuit {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(stimulus, "stimulus");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(decoder, "decoder");
    }

    /** The same circuit recording more (e.g. a raster for a picture); the decoder's needs are kept. */
    public Circuit<A> recording(Recording extra) {
        Recording r = new Recording(recording.firstSpikes() || extra.firstSpikes(),
                recording.spikeCounts() || extra.spikeCounts(), recording.raster() || extra.raster(),
                extra.sink() != null ? extra.sink() : recording.sink(), recording.series() || extra.series());
        return new Circuit<>(problem, network, stimulus, stop, r, decoder);
    }

    /** The same circuit with another stop condition (e.g. a user's step limit). */
    public Circuit<A> stop(StopCondition newStop) {
        return new Circuit<>(problem, network, stimulus, newStop, recording, decoder);
    }

    /**
     * The same circuit with its step limit set to {@code maxSteps}; quiescence and watched neurons
     * still end a run early. The decoder still refuses a run that stopped before its answer was complete.
     *
     * @throws IllegalArgumentException when {@code maxSteps} &lt; 1
     */
    public Circuit<A> limitSteps(long maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("the step limit must be >= 1, got " + maxSteps);
        }
        return stop(new StopCondition(maxSteps, stop.quiescence(), stop.watched(), stop.allWatched()));
    }

    /** The same circuit with its answer converted by {@code f} (e.g. to a comparable form). */
    public <B> Circuit<B> map(Function<? super A, ? extends B> f) {
        return new Circuit<>(problem, network, stimulus, stop, recording, run -> f.apply(decoder.decode(run)));
    }

    /**
     * Runs the circuit on {@code engine} and decodes the answer, timing both.
     *
     * @throws IncompleteRunException when the run ended before the answer was complete
     */
    public Outcome<A> run(Engine engine, long seed) {
        long t0 = System.nanoTime();
        Run run = engine.run(network, stimulus, stop, recording, seed);
        long t1 = System.nanoTime();
        A answer = decoder.decode(run);
        long t2 = System.nanoTime();
        return new Outcome<>(answer, run, t1 - t0, t2 - t1);
    }
}
