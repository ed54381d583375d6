package org.spikegraph.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.spikegraph.substrate.run.ActivityStats;

/**
 * One way of solving a problem on a prepared graph. What {@link #solve(int)} does is exactly what
 * the harness times; turning its result into the problem's common answer form is not timed.
 *
 * @param <A> the problem's common answer form (e.g. distances per vertex)
 */
public interface Method<A> {

    /** A short name, e.g. "spiking", "jgrapht", "primitive". */
    String name();

    /** What one timed call covers, in words, e.g. "compile + simulate (event engine) + decode". */
    String measures();

    /** Solves the problem from {@code source} (a vertex index); the timed work. */
    Solved<A> solve(int source);

    /**
     * Whether one timed call solves every source of the comparison together ({@link #solveAll}, e.g. as
     * lanes of one lane-engine batch): the harness then times that call and reports each source's time
     * as the call's time / K; false by default (one call per source).
     */
    default boolean batched() {
        return false;
    }

    /**
     * The threads one call keeps busy when it solves {@code sources} sources together: what its CPU
     * energy is paid on (1 by default).
     */
    default int threads(int sources) {
        return 1;
    }

    /** Solves every one of {@code sources} (indices), answers in their order: one {@link #solve} each by default. */
    default List<Solved<A>> solveAll(int[] sources) {
        List<Solved<A>> out = new ArrayList<>();
        for (int s : sources) {
            out.add(solve(s));
        }
        return out;
    }

    /**
     * A {@link #batched()} method: {@code solveAll} solves the sources together; a single source is a
     * batch of one.
     */
    static <A> Method<A> batch(String name, String measures, Function<int[], List<Solved<A>>> solveAll) {
        return batch(name, measures, sources -> 1, solveAll);
    }

    /**
     * A {@link #batched()} method whose call on K sources keeps {@code threads.applyAsInt(K)} threads busy.
     */
    static <A> Method<A> batch(String name, String measures, java.util.function.IntUnaryOperator threads,
                               Function<int[], List<Solved<A>>> solveAll) {
        return new Method<>() {
            @Override
            public int threads(int sources) {
                return threads.applyAsInt(sources);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String measures() {
                return measures;
            }

            @Override
            public boolean batched() {
                return true;
            }

            @Override
            public Solved<A> solve(int source) {
                return solveAll(new int[] {source}).get(0);
            }

            @Override
            public List<Solved<A>> solveAll(int[] sources) {
                return solveAll.apply(sources);
            }
        };
    }

    /** A method from its name, its description and its solve. */
    static <A> Method<A> of(String name, String measures, IntFunction<Solved<A>> solve) {
        return new Method<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String measures() {
                return measures;
            }

            @Override
            public Solved<A> solve(int source) {
                return solve.apply(source);
            }
        };
    }

    /**
     * What one solve returned.
     *
     * @param answer   the answer in the problem's common form, computed when asked (not timed)
     * @param activity the spiking run's activity, or null for a conventional method
     * @param <A>      the answer form
     */
    record Solved<A>(Supplier<A> answer, ActivityStats activity) {
        /** A conventional method's result: no spiking activity. */
        public static <A> Solved<A> of(Supplier<A> answer) {
            return new Solved<>(answer, null);
        }
    }
}
