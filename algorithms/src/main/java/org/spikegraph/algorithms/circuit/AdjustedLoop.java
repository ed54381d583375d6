package org.spikegraph.algorithms.circuit;

import java.util.function.UnaryOperator;

/** A host loop whose every round is changed the same way (a step limit, more recording). */
final class AdjustedLoop<S, A> implements HostLoop<S, A> {

    private final HostLoop<S, A> base;
    private final UnaryOperator<Round<S, ?>> adjust;

    AdjustedLoop(HostLoop<S, A> base, UnaryOperator<Round<S, ?>> adjust) {
        this.base = base;
        this.adjust = adjust;
    }

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
        Round<S, ?> round = base.next(state);
        return round == null ? null : adjust.apply(round);
    }

    @Override
    public A finish(S state) {
        return base.finish(state);
    }
}
