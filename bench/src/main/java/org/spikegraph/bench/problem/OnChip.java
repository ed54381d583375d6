package org.spikegraph.bench.problem;

import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.circuit.SingleRun;
import org.spikegraph.hardware.ProjectingEngine;
import org.spikegraph.hardware.Projector;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Recording;

/**
 * The one place a program is projected onto a chip, for {@code solve --hardware}, {@code project}
 * and {@code compare}: legalize with tapped delay lines, place, run the legal network, cost every
 * step, and decode the legal run's answer (legalization keeps the original neurons' ids). A host
 * loop runs every round on the chip's model and sums them. The caller checks the answer against its
 * own.
 */
public final class OnChip {

    /** How delays longer than a chip's are built: tapped delay lines. */
    public static final DelayStrategy STRATEGY = DelayStrategy.TAPPED_LINES;

    private OnChip() {}

    /**
     * One chip's projection of a program.
     *
     * @param chip       the profile's name
     * @param projection time, energy, cores, chips; null with an error
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
        if (program instanceof SingleRun<A> single) {
            Circuit<A> c = single.circuit();
            Recording needs = c.recording();
            Recording decoderNeeds = new Recording(needs.firstSpikes(), needs.spikeCounts(), false, null, false);
            Projector.Result r;
            try {
                r = Projector.project(c.network(), c.stimulus(), c.stop(), decoderNeeds, seed, chip, STRATEGY);
            } catch (IllegalArgumentException e) {
                return failed(chip, e.getMessage());
            }
            return new Result<>(chip.name(), r.projection(), r.run().activity(), 1, c.decoder().decode(r.run()), null);
        }
        ProjectingEngine engine = new ProjectingEngine(chip, STRATEGY);
        A answer;
        try {
            answer = program.execute(engine, seed).answer();
        } catch (IllegalArgumentException e) {
            return failed(chip, e.getMessage());
        }
        return new Result<>(chip.name(), engine.total(), engine.activity(), engine.runs(), answer, null);
    }

    private static <A> Result<A> failed(HardwareProfile chip, String error) {
        return new Result<>(chip.name(), null, null, 0, null, error);
    }
}
