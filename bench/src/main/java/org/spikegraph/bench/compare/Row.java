package org.spikegraph.bench.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.substrate.run.ActivityStats;

/**
 * One line of a comparison: one method (or one chip's projection) on one graph, over all sources.
 * Times are in milliseconds: for a measured method, the median, quartiles and extremes of every timed
 * repetition on every source (sources &times; repetitions samples, after warm-up); for a projection,
 * of the projected chip time over the sources (the cost model is deterministic: one projection per
 * source). Activity figures and energy are medians over the sources.
 *
 * @param graph          the graph's name
 * @param vertices       its vertices
 * @param arcs           its arcs
 * @param problem        e.g. "sssp"
 * @param method         e.g. "spiking", "jgrapht", "primitive", or a chip such as "loihi"
 * @param kind           "measured" (wall time on this machine) or "projected" (the chip cost model)
 * @param measures       what one timed run covers, or what the projection costs
 * @param sources        how many sources
 * @param runsPerSource  timed repetitions per source (1 for a projection)
 * @param warmup         untimed runs per source before them (0 for a projection)
 * @param medianMs       median time
 * @param q1Ms           first quartile
 * @param q3Ms           third quartile
 * @param minMs          fastest
 * @param maxMs          slowest
 * @param spikes         spikes of the run (legalized network for a chip), null for a conventional method
 * @param synapticEvents synaptic events of the run, likewise
 * @param stepsSpanned   steps the run spanned, likewise
 * @param joules         energy: projected for a chip; for a CPU method the median time &times; a stated power
 * @param energyBasis    where {@code joules} comes from
 * @param note           e.g. why a chip could not be projected; else null
 * @param sourceIds      the sources used on this graph, as the file's vertex ids (numbers, or names), in the
 *                       order drawn ({@link Sources#RULE})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Row(String graph, int vertices, long arcs, String problem, String method, String kind, String measures,
                  int sources, int runsPerSource, int warmup, Double medianMs, Double q1Ms, Double q3Ms, Double minMs,
                  Double maxMs, Double spikes, Double synapticEvents, Double stepsSpanned, Double joules,
                  String energyBasis, String note, List<Object> sourceIds) {

    /** Kind of a row timed on this machine. */
    public static final String MEASURED = "measured";
    /** Kind of a row from the chip cost model. */
    public static final String PROJECTED = "projected";

    /** A graph's name and size. */
    public record GraphInfo(String name, int vertices, long arcs) {}

    /** The row of one method, from its timed repetitions on every source; CPU energy at {@code cpuWatts}. */
    public static Row measured(GraphInfo g, String problem, List<Harness.Timed> runs, int warmup, double cpuWatts) {
        Harness.Timed first = runs.get(0);
        long[] all = runs.stream().flatMapToLong(t -> Arrays.stream(t.nanos())).toArray();
        Samples ms = Samples.of(all).scaled(1e-6);
        boolean spiking = first.activity() != null;
        return new Row(g.name(), g.vertices(), g.arcs(), problem, first.method(), MEASURED, first.measures(), runs.size(),
                first.nanos().length, warmup, ms.median(), ms.q1(), ms.q3(), ms.min(), ms.max(),
                spiking ? median(runs, t -> t.activity().spikes()) : null,
                spiking ? median(runs, t -> t.activity().synapticEvents()) : null,
                spiking ? median(runs, t -> t.activity().stepsSpanned()) : null,
                ms.median() * 1e-3 * cpuWatts * first.threads(),
                first.threads() == 1
                        ? String.format(java.util.Locale.ROOT, "CPU: median time x %.3g W stated (one core; not measured)", cpuWatts)
                        : String.format(java.util.Locale.ROOT, "CPU: median time x %.3g W stated x %d cores busy (not measured)",
                                cpuWatts, first.threads()),
                null, List.of());
    }

    /** The row of one chip, from its projections of every source. */
    public static Row projected(GraphInfo g, String problem, String chip, List<ChipProjections.Projected> ps) {
        int runs = ps.stream().mapToInt(ChipProjections.Projected::runs).max().orElse(0);
        String measures = runs > 1
                ? "projected chip time of the legalized networks of every host-driven run (up to " + runs + " runs, summed; "
                        + "host work between runs not counted), tapped delay lines, idle steps included"
                : "projected chip time of the legalized circuit (tapped delay lines), idle steps included";
        List<ChipProjections.Projected> ok = ps.stream().filter(p -> p.projection() != null).toList();
        if (ok.isEmpty()) {
            return new Row(g.name(), g.vertices(), g.arcs(), problem, chip, PROJECTED, measures, ps.size(), 1, 0, null,
                    null, null, null, null, null, null, null, null, null, "not projected: " + ps.get(0).error(), List.of());
        }
        Samples ms = Samples.of(ok.stream().mapToDouble(p -> p.projection().seconds() * 1e3).toArray());
        double joules = Samples.of(ok.stream().mapToDouble(p -> p.projection().joules()).toArray()).median();
        Projection p0 = ok.get(0).projection();
        String band = p0.isBand() ? String.format(java.util.Locale.ROOT, "; cost sets span %.3g .. %.3g J on the first source",
                p0.joulesLow(), p0.joulesHigh()) : "";
        return new Row(g.name(), g.vertices(), g.arcs(), problem, chip, PROJECTED, measures, ok.size(), 1, 0, ms.median(),
                ms.q1(), ms.q3(), ms.min(), ms.max(),
                medianOf(ok, p -> p.activity().spikes()), medianOf(ok, p -> p.activity().synapticEvents()),
                medianOf(ok, p -> p.projection().stepsSpanned()), joules,
                "chip cost model (" + p0.cores() + " cores, " + p0.chips() + " chip(s) on the first source)" + band,
                ok.size() < ps.size() ? (ps.size() - ok.size()) + " source(s) not projected: " + ps.stream()
                        .filter(p -> p.error() != null).findFirst().map(ChipProjections.Projected::error).orElse("") : null, List.of());
    }

    /** This row with the sources it was measured on (file ids). */
    public Row withSources(List<Object> ids) {
        return new Row(graph, vertices, arcs, problem, method, kind, measures, sources, runsPerSource, warmup, medianMs, q1Ms,
                q3Ms, minMs, maxMs, spikes, synapticEvents, stepsSpanned, joules, energyBasis, note, List.copyOf(ids));
    }

    private static double median(List<Harness.Timed> runs, ToLongFunction<Harness.Timed> f) {
        return Samples.of(runs.stream().mapToLong(f).toArray()).median();
    }

    private static double medianOf(List<ChipProjections.Projected> ps, ToDoubleFunction<ChipProjections.Projected> f) {
        return Samples.of(ps.stream().mapToDouble(f).toArray()).median();
    }
}
