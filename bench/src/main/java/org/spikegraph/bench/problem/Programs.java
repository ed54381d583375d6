package org.spikegraph.bench.problem;

import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.SingleRun;

/** Changes to every circuit a {@link Program} runs (a user's step limit, a raster, a progress sink). */
public final class Programs {

    private Programs() {}

    /** A change to a circuit that keeps its answer type, e.g. {@code c -> c.stop(limit)}. */
    public interface CircuitChange {
        /** @return the changed circuit */
        <R> Circuit<R> apply(Circuit<R> circuit);
    }

    /**
     * The same program with {@code change} applied to its circuit, or to each round's circuit of a
     * host loop as the round is made (so a check inside {@code change} runs before that round).
     */
    public static <A> Program<A> map(Program<A> program, CircuitChange change) {
        if (program instanceof SingleRun<A> single) {
            return Program.of(change.apply(single.circuit()));
        }
        return mapLoop((HostLoop<?, A>) program, change);
    }

    private static <S, A> HostLoop<S, A> mapLoop(HostLoop<S, A> loop, CircuitChange change) {
        return new HostLoop<>() {
            @Override
            public String problem() {
                return loop.problem();
            }

            @Override
            public S start() {
                return loop.start();
            }

            @Override
            public Round<S, ?> next(S state) {
                Round<S, ?> round = loop.next(state);
                return round == null ? null : mapRound(round, change);
            }

            @Override
            public A finish(S state) {
                return loop.finish(state);
            }
        };
    }

    private static <S, R> HostLoop.Round<S, R> mapRound(HostLoop.Round<S, R> round, CircuitChange change) {
        return new HostLoop.Round<>(change.apply(round.circuit()), round.update());
    }
}
