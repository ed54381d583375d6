package org.spikegraph.bench.problem;

import java.util.List;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.hardware.ChipRun;
import org.spikegraph.hardware.Projector;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.run.ActivityStats;

/**
 * The one place the command line projects a program onto a chip, for {@code solve --hardware},
 * {@code project} and {@code compare}: {@link Projector#project(Program, HardwareProfile,
 * DelayStrategy, long)} with a delay strategy (tapped delay lines unless the user names another:
 * legalize, place, run every round on the chip's model, cost every step, decode the legal runs), a
 * chip the program cannot be made legal for reported rather than thrown. The caller checks the answer
 * against its own.
 */
public final class OnChip {

    /** How delays longer than a chip's are built unless the user says otherwise: tapped delay lines. */
    public static final DelayStrategy STRATEGY = DelayStrategy.TAPPED_LINES;

    private OnChip() {}

    /**
     * One chip's projection of a program.
     *
     * @param chip       the profile's name
     * @param strategy   the delay construction used (never CHEAPEST); null with an error
     * @param projection time, energy, cores, chips (summed over runs); null with an error
     * @param activity   the legal networks' runs (relays included); null with an error
     * @param runs       the runs projected and summed: 1 for a circuit, more for a host loop
     * @param answer     the answer decoded from the legal runs; null with an error
     * @param error      why the program cannot be made legal for the chip, else null
     * @param <A>        the answer type
     */
    public record Result<A>(String chip, DelayStrategy strategy, Projection projection, ActivityStats activity, int runs, A answer, String error) {

        /** @return whether the program could not be legalized for the chip */
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * Every construction's projection on one chip and the one the user's strategy picks.
     *
     * @param chosen  the named construction's result, or the cheapest under CHEAPEST (failed when it was
     *                refused, or when every construction was)
     * @param options every construction, in {@link DelayStrategy#constructions()} order, with its refusal
     * @param <A>     the answer type
     */
    public record Choices<A>(Result<A> chosen, List<Projector.Option<A>> options) {}

    /** Projects {@code program} on {@code chip} with tapped delay lines ({@link #STRATEGY}). */
    public static <A> Result<A> project(Program<A> program, HardwareProfile chip, long seed) {
        return project(program, chip, STRATEGY, seed);
    }

    /**
     * Projects {@code program} on {@code chip} with {@code strategy}, running it with {@code seed}.
     *
     * @return the projection, or a failed result naming the limit the chip cannot hold
     */
    public static <A> Result<A> project(Program<A> program, HardwareProfile chip, DelayStrategy strategy, long seed) {
        try {
            return of(Projector.project(program, chip, strategy, seed));
        } catch (IllegalArgumentException e) {
            return failed(chip, e.getMessage());
        }
    }

    /**
     * Projects {@code program} on {@code chip} with every construction (three projections) and picks the
     * one {@code strategy} names, or the cheapest by the chip's cost under CHEAPEST, without projecting again.
     */
    public static <A> Choices<A> choices(Program<A> program, HardwareProfile chip, DelayStrategy strategy, long seed) {
        List<Projector.Option<A>> options = Projector.options(program, chip, seed);
        Result<A> chosen;
        if (strategy == DelayStrategy.CHEAPEST) {
            try {
                chosen = of(Projector.cheapest(options).run());
            } catch (IllegalArgumentException e) {
                chosen = failed(chip, e.getMessage());
            }
        } else {
            Projector.Option<A> o = options.stream().filter(x -> x.strategy() == strategy).findFirst().orElseThrow();
            chosen = o.applies() ? of(o.run()) : failed(chip, o.refusal());
        }
        return new Choices<>(chosen, options);
    }

    private static <A> Result<A> of(ChipRun<A> r) {
        return new Result<>(r.profile().name(), r.strategy(), r.projection(), r.activity(), r.runs(), r.answer(), null);
    }

    private static <A> Result<A> failed(HardwareProfile chip, String error) {
        return new Result<>(chip.name(), null, null, null, 0, null, error);
    }
}
