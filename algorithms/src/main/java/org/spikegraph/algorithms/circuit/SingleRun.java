package org.spikegraph.algorithms.circuit;

import java.util.Objects;
import org.spikegraph.substrate.run.Engine;

/**
 * A program of one circuit: one run, decoded.
 *
 * @param circuit the circuit
 * @param <A>     the answer type
 */
public record SingleRun<A>(Circuit<A> circuit) implements Program<A> {

    /** Checks that the circuit is there. */
    public SingleRun {
        Objects.requireNonNull(circuit, "circuit");
    }

    @Override
    public String problem() {
        return circuit.problem();
    }

    @Override
    public Execution<A> execute(Engine engine, long seed) {
        Outcome<A> outcome = circuit.run(engine, seed);
        return new Execution<>(outcome.answer(),
                RunTotals.NONE.plus(circuit.network(), outcome.run(), outcome.simulateNanos()),
                outcome.decodeNanos(), outcome.run());
    }
}
