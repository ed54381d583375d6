package org.spikegraph.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.run.ActivityStats;

/**
 * Runs every method of a problem on the same sources, checking before timing: first every method
 * solves every source once and its answer is checked against the reference method's (a mismatch
 * throws {@link MismatchException} before anything is timed); then, per source and method, the
 * warm-up runs and the timed repetitions, each answer checked again (untimed) so that no timing of
 * a wrong answer is ever kept. A {@link Method#batched() batched} method solves all the sources in each
 * call (checked, warmed and repeated the same way, after the others); its time per source is the
 * call's time / K. A garbage collection is requested (untimed) before each method's runs
 * on each source, so that one method's garbage is not collected on the next one's clock.
 */
public final class Harness {

    private Harness() {}

    /** Where every timed run's start and end are read: {@link System#nanoTime()}, or a test's clock. */
    private static volatile LongSupplier clock = System::nanoTime;

    /**
     * Runs {@code body} with every timing of the harness read from {@code fixed} instead of
     * {@link System#nanoTime()}: for tests that check that several commands report the same
     * measurement (with a clock that advances by a fixed step per read, every timed run lasts that step).
     */
    public static void withClock(LongSupplier fixed, Runnable body) {
        LongSupplier before = clock;
        clock = fixed;
        try {
            body.run();
        } finally {
            clock = before;
        }
    }

    /**
     * How many runs.
     *
     * @param warmup      untimed runs per source and method before the timed ones (&ge; 0)
     * @param repetitions timed runs per source and method (&ge; 1)
     */
    public record Settings(int warmup, int repetitions) {
        /** The default untimed runs per source and method, in every command that times the conventional side. */
        public static final String WARMUP = "2";
        /** The default timed runs per source and method, in every command that times the conventional side. */
        public static final String REPETITIONS = "5";

        /** Checks the counts. */
        public Settings {
            if (warmup < 0 || repetitions < 1) {
                throw new IllegalArgumentException("need warm-up >= 0 and repetitions >= 1, got " + warmup + " and " + repetitions);
            }
        }
    }

    /**
     * One method's timed repetitions on one source.
     *
     * @param method   the method's name
     * @param measures what each timed run covers
     * @param source   the source vertex (index)
     * @param nanos    wall time of each timed run
     * @param activity the spiking run's activity (null for conventional methods)
     * @param threads  the threads a timed call kept busy ({@link Method#threads}): what its CPU energy is paid on
     */
    public record Timed(String method, String measures, int source, long[] nanos, ActivityStats activity, int threads) {
        /** Median, quartiles and extremes of the runs, in nanoseconds. */
        public Samples samples() {
            return Samples.of(nanos);
        }
    }

    /**
     * Hears the harness's progress (for a progress display): once with 0 before the first run, then
     * after each run, checking, warm-up or timed, how many of them are done. Called on the harness's
     * thread, between runs (never timed).
     */
    @FunctionalInterface
    public interface Listener {
        /** Hears nothing. */
        Listener NONE = (done, total) -> {};

        /**
         * {@code done} of the harness's {@code total} runs are done: sources &times; methods &times; (1 check
         * + warm-up + repetitions).
         */
        void ran(long done, long total);
    }

    /** The runs {@link #run} makes: every source and method checked once, then warmed up and timed. */
    public static long runs(int sources, int methods, Settings settings) {
        return (long) sources * methods * (1L + settings.warmup() + settings.repetitions());
    }

    /**
     * What a run of the harness found.
     *
     * @param timed      per source, then per method in the problem's order
     * @param references the reference's answer for each source, in the order of the sources
     * @param <A>        the answer form
     */
    public record Result<A>(List<Timed> timed, List<A> references) {}

    /**
     * Checks, then times, every method on every source.
     *
     * @param graphName the graph's name for messages
     * @throws MismatchException at the first answer that disagrees with the reference
     */
    public static <A> Result<A> run(Problem<A> problem, String graphName, int[] sources, Settings settings) {
        return run(problem, graphName, sources, settings, Listener.NONE);
    }

    /**
     * Checks, then times, every method on every source, telling {@code listener} after each run.
     *
     * @param graphName the graph's name for messages
     * @throws MismatchException at the first answer that disagrees with the reference
     */
    public static <A> Result<A> run(Problem<A> problem, String graphName, int[] sources, Settings settings,
                                    Listener listener) {
        List<Method<A>> methods = problem.methods();
        long total = runs(sources.length, methods.size(), settings);
        long done = 0;
        listener.ran(done, total);
        Method<A> reference = methods.get(0);
        List<A> references = new ArrayList<>();
        List<ActivityStats[]> activities = new ArrayList<>();
        for (int s : sources) {
            A expected = reference.solve(s).answer().get();
            references.add(expected);
            listener.ran(++done, total);
            ActivityStats[] activity = new ActivityStats[methods.size()];
            for (int m = 0; m < methods.size(); m++) {
                Method.Solved<A> solved = m == 0 || methods.get(m).batched() ? null : methods.get(m).solve(s);
                if (solved != null) {
                    check(problem, methods.get(m), graphName, s, solved.answer().get(), expected);
                    activity[m] = solved.activity();
                    listener.ran(++done, total);
                }
            }
            activities.add(activity);
        }
        for (int m = 1; m < methods.size(); m++) { // a batched method's check: all sources in one call
            if (methods.get(m).batched()) {
                List<Method.Solved<A>> all = methods.get(m).solveAll(sources);
                for (int i = 0; i < sources.length; i++) {
                    check(problem, methods.get(m), graphName, sources[i], all.get(i).answer().get(), references.get(i));
                    activities.get(i)[m] = all.get(i).activity();
                }
                done += sources.length; // a run per source, in one call
                listener.ran(done, total);
            }
        }
        List<Timed> timed = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            int s = sources[i];
            for (int m = 0; m < methods.size(); m++) {
                Method<A> method = methods.get(m);
                if (method.batched()) {
                    continue;
                }
                System.gc(); // untimed: garbage of the previous method is not collected on this one's clock
                for (int w = 0; w < settings.warmup(); w++) {
                    check(problem, method, graphName, s, method.solve(s).answer().get(), references.get(i));
                    listener.ran(++done, total);
                }
                long[] nanos = new long[settings.repetitions()];
                for (int r = 0; r < nanos.length; r++) {
                    long t0 = clock.getAsLong();
                    Method.Solved<A> solved = method.solve(s);
                    nanos[r] = clock.getAsLong() - t0;
                    check(problem, method, graphName, s, solved.answer().get(), references.get(i));
                    listener.ran(++done, total);
                }
                timed.add(new Timed(method.name(), method.measures(), s, nanos, activities.get(i)[m], method.threads(1)));
            }
        }
        for (int m = 1; m < methods.size(); m++) {
            if (methods.get(m).batched()) {
                long before = done;
                timed.addAll(timeBatch(problem, methods.get(m), m, graphName, sources, settings, references, activities,
                        calls -> listener.ran(before + calls * sources.length, total)));
                done += (long) sources.length * (settings.warmup() + settings.repetitions());
            }
        }
        return new Result<>(List.copyOf(timed), List.copyOf(references));
    }

    /**
     * A batched method's warm-ups and timed calls, all sources per call, every answer checked; each
     * source's sample of a repetition is the call's time / K.
     */
    private static <A> List<Timed> timeBatch(Problem<A> problem, Method<A> method, int m, String graphName, int[] sources,
                                             Settings settings, List<A> references, List<ActivityStats[]> activities,
                                             java.util.function.LongConsumer callsDone) {
        System.gc(); // untimed, as for the others
        long[][] nanos = new long[sources.length][settings.repetitions()];
        for (int r = -settings.warmup(); r < settings.repetitions(); r++) {
            long t0 = clock.getAsLong();
            List<Method.Solved<A>> all = method.solveAll(sources);
            long t = clock.getAsLong() - t0;
            for (int i = 0; i < sources.length; i++) {
                check(problem, method, graphName, sources[i], all.get(i).answer().get(), references.get(i));
                if (r >= 0) {
                    nanos[i][r] = t / sources.length;
                }
            }
            callsDone.accept(settings.warmup() + r + 1L);
        }
        List<Timed> out = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            out.add(new Timed(method.name(), method.measures(), sources[i], nanos[i], activities.get(i)[m],
                    method.threads(sources.length)));
        }
        return out;
    }

    private static <A> void check(Problem<A> problem, Method<A> method, String graphName, int source, A answer, A expected) {
        Validation v = problem.check(answer, expected);
        if (!v.agrees()) {
            throw new MismatchException(method.name(), graphName, problem.graph().name(source), v);
        }
    }
}
