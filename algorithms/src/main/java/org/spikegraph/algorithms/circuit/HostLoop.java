package org.spikegraph.algorithms.circuit;

import java.util.function.Function;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;

/**
 * A host-driven program: the host keeps a state, asks it for the next circuit, runs it, folds the
 * decoded round into the state, and stops when the state has no next circuit. The classic
 * neuromorphic split of work: the spiking runs do the graph-wide work, the host does the bookkeeping
 * between them.
 *
 * <p>Every run uses the same runner (one engine and seed, or one chip); what the host does between
 * runs (decoding, choosing the next stimulus, building the next network) is timed as decoding, not
 * as simulation. A round may reuse an earlier round's network object (components' waves do): a
 * projector legalizes and places each distinct network once.
 *
 * <p>{@link #start()} makes a fresh state for every execution, so an update may change the state
 * it is given in place and return it: the state never outlives one execution.
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
     * One round of the loop: a circuit whose decoder reads the round's result from its run (a pure
     * function of that run), and how that result updates the host's state.
     *
     * @param circuit the round's circuit
     * @param update  the new state from the old one and the round's decoded result
     * @param <S>     the host's state
     * @param <R>     the round's result
     */
    record Round<S, R>(Circuit<R> circuit, Update<S, R> update) {

        /**
         * Decodes {@code run} (a run of this round's circuit, or of a legalized copy keeping its
         * neuron ids) and folds the result into {@code state}.
         *
         * @throws IncompleteRunException when the run stopped before the round's result was complete
         */
        public S fold(S state, Run run) {
            return update.apply(state, circuit.decoder().decode(run));
        }

        /** The same round with its circuit's step limit set to {@code maxSteps}. */
        public Round<S, R> limitSteps(long maxSteps) {
            return new Round<>(circuit.limitSteps(maxSteps), update);
        }

        /** The same round with its circuit recording {@code extra} too. */
        public Round<S, R> recording(Recording extra) {
            return new Round<>(circuit.recording(extra), update);
        }
    }

    /** How a round's result changes the host's state. */
    @FunctionalInterface
    interface Update<S, R> {
        /** @return the state after a round that found {@code result} */
        S apply(S state, R result);
    }

    @Override
    default Execution<A> execute(CircuitRunner runner) {
        long t0 = System.nanoTime();
        S state = start();
        Round<S, ?> round = next(state);
        long hostNanos = System.nanoTime() - t0;
        RunTotals totals = RunTotals.NONE;
        Run first = null;
        Run last = null;
        while (round != null) {
            long t1 = System.nanoTime();
            Run run = runner.run(round.circuit());
            long t2 = System.nanoTime();
            totals = totals.plus(round.circuit().network(), run, t2 - t1);
            first = first == null ? run : first;
            last = run;
            state = round.fold(state, run);
            round = next(state);
            hostNanos += System.nanoTime() - t2;
        }
        long t3 = System.nanoTime();
        A answer = finish(state);
        return new Execution<>(answer, totals, hostNanos + System.nanoTime() - t3, first, last);
    }

    @Override
    default <B> HostLoop<S, B> map(Function<? super A, ? extends B> f) {
        HostLoop<S, A> base = this;
        return new HostLoop<>() {
            @Override
            public String problem() {
                return base.problem();
            }

            @Override
            public S start() {
                return base.start();
            }

            @Override
            public Round<S, ?> next(S state) {
                return base.next(state);
            }

            @Override
            public B finish(S state) {
                return f.apply(base.finish(state));
            }
        };
    }

    @Override
    default HostLoop<S, A> limitSteps(long maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("the step limit must be >= 1, got " + maxSteps);
        }
        return new AdjustedLoop<>(this, r -> r.limitSteps(maxSteps));
    }

    @Override
    default HostLoop<S, A> recording(Recording extra) {
        return new AdjustedLoop<>(this, r -> r.recording(extra));
    }
}
