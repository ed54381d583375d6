package org.spikegraph.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.hardware.Projector;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.hardware.legalize.DelayStrategy;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.run.ActivityStats;

/**
 * Projects the spiking circuit of every source onto chips ({@link Projector}: legalize with tapped
 * delay lines, place, run the legal network, cost every step) and checks that the legal network's
 * run decodes to the reference's answer before the projection is kept. A host-driven problem (no
 * single circuit) gets a row per chip saying it is not projected.
 */
public final class ChipProjections {

    /** Why a host-driven problem has no projection. */
    public static final String HOST_DRIVEN =
            "host-driven problem of several runs: projecting several runs is not supported yet";

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
     */
    public record Projected(String chip, int source, Projection projection, ActivityStats activity, String error) {}

    /**
     * Projects every source on every chip.
     *
     * @param references the reference's answer per source, in the order of {@code sources}
     * @throws MismatchException when a legal network decodes to another answer
     */
    public static <A> List<Projected> project(Problem<A> problem, String graphName, int[] sources, List<A> references,
                                              List<HardwareProfile> chips, long seed) {
        List<Projected> out = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            int s = sources[i];
            Optional<Problem.Compiled<A>> maybe = problem.compile(s);
            if (maybe.isEmpty()) {
                for (HardwareProfile chip : chips) {
                    out.add(new Projected(chip.name(), s, null, null, HOST_DRIVEN));
                }
                continue;
            }
            Problem.Compiled<A> compiled = maybe.get();
            Circuit<?> c = compiled.circuit();
            for (HardwareProfile chip : chips) {
                Projector.Result r;
                try {
                    r = Projector.project(c.network(), c.stimulus(), c.stop(), c.recording(), seed, chip,
                            DelayStrategy.TAPPED_LINES);
                } catch (IllegalArgumentException e) {
                    out.add(new Projected(chip.name(), s, null, null, e.getMessage()));
                    continue;
                }
                Validation v = problem.check(compiled.decode().apply(r.run()), references.get(i));
                if (!v.agrees()) {
                    throw new MismatchException("the legalized circuit for " + chip.name(), graphName,
                            problem.graph().originalId(s), v);
                }
                out.add(new Projected(chip.name(), s, r.projection(), r.run().activity(), null));
            }
        }
        return out;
    }
}
