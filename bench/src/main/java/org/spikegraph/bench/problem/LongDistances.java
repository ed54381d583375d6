package org.spikegraph.bench.problem;

import java.util.List;
import java.util.function.Function;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.DistancesValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;

/**
 * Compare's methods for a problem whose answer reduces to one distance per vertex (-1 when there is
 * none): a reference and the primitive code, both given as functions of the source.
 *
 * @param <A> the spiking answer
 */
record LongDistances<A>(CsrGraph graph, String against, String spikingMeasures, List<Method<long[]>> methods,
                        Function<A, long[]> toDistances, String quantity) implements Baselines<A, long[]> {

    @Override
    public long[] form(A answer) {
        return toDistances.apply(answer);
    }

    @Override
    public Validation check(long[] answer, long[] expected) {
        return DistancesValidator.validate(graph, answer, expected, against, quantity);
    }
}
