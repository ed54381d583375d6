package org.spikegraph.algorithms.circuit;

import java.util.function.Function;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;

/**
 * How a problem's spiking solution runs: one {@link Circuit} ({@link SingleRun}), or a host loop
 * that builds each next circuit from what the previous runs found ({@link HostLoop}: components'
 * waves, Borůvka rounds, augmenting paths, peeling rounds). Engines, the hardware projector and the
 * compare harness all take programs, so none of them needs to know which kind a problem is, and no
 * decoder ever runs an engine itself: a decoder is a pure function of one run.
 *
 * <p>A program is a description: executing it twice runs its circuits twice, from a fresh state.
 *
 * @param <A> the answer type
 */
public sealed interface Program<A> permits SingleRun, HostLoop {

    /** @return a short name of the problem, e.g. "sssp" */
    String problem();

    /**
     * Runs every circuit of the program with {@code runner}, in order, and returns the answer with the
     * runs' summed activity and timings (the runner's time counts as simulation, the host's as
     * decoding).
     *
     * @throws IncompleteRunException when a run ended before its part of the answer was complete
     */
    Execution<A> execute(CircuitRunner runner);

    /**
     * Runs every circuit of the program on {@code engine}, each with {@code seed}.
     *
     * @throws IncompleteRunException when a run ended before its part of the answer was complete
     */
    default Execution<A> execute(Engine engine, long seed) {
        return execute(CircuitRunner.on(engine, seed));
    }

    /**
     * The same program with every circuit's step limit set to {@code maxSteps} (e.g. a user's
     * {@code --max-steps}); quiescence and watched neurons still stop a run early. A run that hits the
     * limit before its answer is complete still throws {@link IncompleteRunException} when decoded.
     *
     * @throws IllegalArgumentException when {@code maxSteps} &lt; 1
     */
    Program<A> limitSteps(long maxSteps);

    /**
     * The same program with every circuit recording {@code extra} too (a raster, a progress sink);
     * what the decoders need is kept.
     */
    Program<A> recording(Recording extra);

    /** The same program with its answer converted by {@code f} (e.g. to the form a comparison takes). */
    <B> Program<B> map(Function<? super A, ? extends B> f);

    /** A program of one circuit. */
    static <A> Program<A> of(Circuit<A> circuit) {
        return new SingleRun<>(circuit);
    }
}
