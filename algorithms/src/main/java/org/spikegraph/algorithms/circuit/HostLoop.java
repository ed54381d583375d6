package org.spikegraph.algorithms.circuit;

import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Run;

/**
 * A host-driven program: the host keeps a state, asks it for the next circuit, runs it, folds the
 * decoded round into the state, and stops when the state has no next circuit. The classic
 * neuromorphic split of work: the spiking runs do the graph-wide work, the host does the bookkeeping
 * between them.
 *
 * <p>Every run uses the same seed; what the host does between runs (decoding, choosing the next
 * stimulus, building the next network) is timed as decoding, not as simulation. A round may reuse
 * the previous round's network object: a projector legalizes and places each distinct network once.
 *
 * @param <S> the host's state between runs
 * @param <A> the answer type
 */
public non-sealed interface HostLoop<S, A> extends Program<A> {

    /** @return the state before the first run */
    S start();

    /**
     * @param state the state so far
     * @return the next round to run, or {@code null} when the state holds the whole answer
     */
    Round<S, ?> next(S state);

    /** @return the answer held in the final state */
    A finish(S state);

    /**
     * One round of the loop: a circuit whose decoder reads the round's result from its run, and how
     * that result updates the host's state.
     *
     * @param circuit the round's circuit
     * @param update  the new state from the old one and the round's decoded result
     * @param <S>     the host's state
     * @param <R>     the round's result
     */
    record Round<S, R>(Circuit<R> circuit, Update<S, R> update) {

        /** Runs the round's circuit on {@code engine} and folds its result into {@code state}. */
        public Step<S> run(S state, Engine engine, long seed) {
            Outcome<R> outcome = circuit.run(engine, seed);
            long t0 = System.nanoTime();
            S next = update.apply(state, outcome.answer());
            return new Step<>(next, outcome.run(), outcome.simulateNanos(),
                    outcome.decodeNanos() + System.nanoTime() - t0);
        }
    }

    /**
     * What one round did.
     *
     * @param state         the state after it
     * @param run           its run
     * @param simulateNanos wall time of the engine run
     * @param decodeNanos   wall time of decoding and updating the state
     * @param <S>           the host's state
     */
    record Step<S>(S state, Run run, long simulateNanos, long decodeNanos) {}

    /** How a round's result changes the host's state. */
    @FunctionalInterface
    interface Update<S, R> {
        /** @return the state after a round that found {@code result} */
        S apply(S state, R result);
    }

    @Override
    default Execution<A> execute(Engine engine, long seed) {
        S state = start();
        RunTotals totals = RunTotals.NONE;
        long hostNanos = 0;
        Run last = null;
        Round<S, ?> round = next(state);
        while (round != null) {
            Step<S> step = round.run(state, engine, seed);
            totals = totals.plus(round.circuit().network(), step.run(), step.simulateNanos());
            last = step.run();
            long t0 = System.nanoTime();
            state = step.state();
            round = next(state);
            hostNanos += step.decodeNanos() + System.nanoTime() - t0;
        }
        long t0 = System.nanoTime();
        A answer = finish(state);
        return new Execution<>(answer, totals, hostNanos + System.nanoTime() - t0, last);
    }
}
