package org.spikegraph.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.problem.OnChip;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.run.ActivityStats;

/**
 * Projects the spiking program of every source onto chips ({@link OnChip}: legalize with tapped delay
 * lines, place, run the legal networks, cost every step) and checks that the legal runs decode to the
 * reference's answer before the projection is kept; a host loop's runs are summed.
 */
public final class ChipProjections {

    private ChipProjections() {}

    /**
     * One chip's projection of one source's run.
     *
     * @param chip       the profile's name
     * @param source     the source vertex (index)
     * @param projection time, energy, cores, chips; null when the circuit cannot be made legal for the chip
     *                   or the problem is host-driven
     * @param activity   the legal network's run (relays included); null with an error
     * @param error      why there is no projection, else null
     * @param runs       the runs projected and summed: 1 for a circuit, more for a host-driven problem
     */
    public record Projected(String chip, int source, Projection projection, ActivityStats activity, String error, int runs) {}

    /**
     * Projects every source on every chip.
     *
     * @param references the reference's answer per source, in the order of {@code sources}
     * @throws MismatchException when a legal network decodes to another answer
     */
    public static <A> List<Projected> project(Problem<A> problem, String graphName, int[] sources, List<A> references,
                                              List<HardwareProfile> chips, long seed) {
        return project(problem, graphName, sources, references, chips, seed, done -> {});
    }

    /**
     * Projects every source on every chip, telling {@code projected} how many (source, chip) pairs are
     * done after each.
     *
     * @throws MismatchException when a legal network decodes to another answer
     */
    public static <A> List<Projected> project(Problem<A> problem, String graphName, int[] sources, List<A> references,
                                              List<HardwareProfile> chips, long seed, java.util.function.LongConsumer projected) {
        List<Projected> out = new ArrayList<>();
        long done = 0;
        for (int i = 0; i < sources.length; i++) {
            int s = sources[i];
            Optional<Problem.Compiled<A>> compiled = problem.compile(s);
            if (compiled.isEmpty()) {
                continue;
            }
            Program<A> program = compiled.get().program();
            for (HardwareProfile chip : chips) {
                projected.accept(done++);
                // seed + s: a stochastic circuit (PageRank) draws anew per source; others ignore the seed
                OnChip.Result<A> r = OnChip.project(program, chip, seed + s);
                if (r.failed()) {
                    out.add(new Projected(chip.name(), s, null, null, r.error(), 0));
                    continue;
                }
                Validation v = problem.check(r.answer(), references.get(i));
                if (!v.agrees()) {
                    throw new MismatchException((r.runs() == 1 ? "the legalized circuit for " : "the legalized runs for ")
                            + chip.name(), graphName, problem.graph().name(s), v);
                }
                out.add(new Projected(chip.name(), s, r.projection(), r.activity(), null, r.runs()));
            }
        }
        return out;
    }
}
