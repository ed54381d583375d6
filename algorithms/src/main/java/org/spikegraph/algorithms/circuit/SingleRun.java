package org.spikegraph.algorithms.circuit;

import java.util.Objects;
import java.util.function.Function;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;

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
    public Execution<A> execute(CircuitRunner runner) {
        long t0 = System.nanoTime();
        Run run = runner.run(circuit);
        long t1 = System.nanoTime();
        A answer = circuit.decoder().decode(run);
        long t2 = System.nanoTime();
        return new Execution<>(answer, RunTotals.NONE.plus(circuit.network(), run, t1 - t0), t2 - t1, run, run);
    }

    @Override
    public <B> SingleRun<B> map(Function<? super A, ? extends B> f) {
        return new SingleRun<>(circuit.map(f));
    }

    @Override
    public SingleRun<A> limitSteps(long maxSteps) {
        return new SingleRun<>(circuit.limitSteps(maxSteps));
    }

    @Override
    public SingleRun<A> recording(Recording extra) {
        return new SingleRun<>(circuit.recording(extra));
    }
}
