package org.spikegraph.bench.problem;

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
 * DelayStrategy, long)} with tapped delay lines (legalize, place, run every round on the chip's model,
 * cost every step, decode the legal runs), a chip the program cannot be made legal for reported
 * rather than thrown. The caller checks the answer against its own.
 */
public final class OnChip {

    /** How delays longer than a chip's are built: tapped delay lines. */
    public static final DelayStrategy STRATEGY = DelayStrategy.TAPPED_LINES;

    private OnChip() {}

    /**
     * One chip's projection of a program.
     *
     * @param chip       the profile's name
     * @param projection time, energy, cores, chips (summed over runs); null with an error
     * @param activity   the legal networks' runs (relays included); null with an error
     * @param runs       the runs projected and summed: 1 for a circuit, more for a host loop
     * @param answer     the answer decoded from the legal runs; null with an error
     * @param error      why the program cannot be made legal for the chip, else null
     * @param <A>        the answer type
     */
    public record Result<A>(String chip, Projection projection, ActivityStats activity, int runs, A answer, String error) {

        /** @return whether the program could not be legalized for the chip */
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * Projects {@code program} on {@code chip}, running it with {@code seed}.
     *
     * @return the projection, or a failed result naming the limit the chip cannot hold
     */
    public static <A> Result<A> project(Program<A> program, HardwareProfile chip, long seed) {
        ChipRun<A> r;
        try {
            r = Projector.project(program, chip, STRATEGY, seed);
        } catch (IllegalArgumentException e) {
            return new Result<>(chip.name(), null, null, 0, null, e.getMessage());
        }
        return new Result<>(chip.name(), r.projection(), r.activity(), r.runs(), r.answer(), null);
    }
}
