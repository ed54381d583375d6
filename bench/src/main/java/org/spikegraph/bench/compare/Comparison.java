package org.spikegraph.bench.compare;

import java.util.List;

/**
 * Everything one {@code spikegraph compare} run found, as written to JSON (field names are fixed;
 * fields may be added).
 *
 * @param schema      {@value #SCHEMA}: the version of this shape (docs/schema/report-v2.json, $defs/comparison)
 * @param command     the command line that produced it
 * @param machine     where and when
 * @param problem     the problem
 * @param sources     sources per graph
 * @param sourceRule  how they were chosen: {@link Sources#RULE} (drawn by the seed) or {@link Sources#GIVEN}
 * @param seed        the seed that drew them and seeded the runs
 * @param warmup      untimed runs per source and method
 * @param repetitions timed runs per source and method
 * @param checkedAgainst what every answer was checked against before its time was kept
 * @param rows        one per graph and method or chip
 * @param fits        growth exponents over the sweep's generated graphs (empty without {@code --sweep})
 * @param coincident  the sweep's scaling curves that lie on top of another method's, every size within the
 *                    spread ({@link Sweep#coincidences}; empty without {@code --sweep})
 */
public record Comparison(String schema, String command, Machine machine, String problem, int sources, String sourceRule, long seed, int warmup,
                         int repetitions, String checkedAgainst, List<Row> rows, List<Fit> fits, List<Coincidence> coincident) {

    /** The {@code schema} field of every comparison. */
    public static final String SCHEMA = "spikegraph-compare/1";

    /** Copies the lists. */
    public Comparison {
        rows = List.copyOf(rows);
        fits = List.copyOf(fits);
        coincident = List.copyOf(coincident);
    }

    /**
     * A growth law fitted to one method's figure against the number of vertices.
     *
     * @param method   the method or chip
     * @param quantity "timeMs", "spikes", "synapticEvents" or "joules"
     * @param exponent the fitted exponent e of quantity ~ vertices^e
     * @param r2       the fit's coefficient of determination on log-log axes
     * @param points   the sizes it was fitted to
     */
    public record Fit(String method, String quantity, double exponent, double r2, int points) {}

    /**
     * One method's scaling curve lying on top of an earlier method's: at every size of the sweep the two
     * figures are within each other's spread (the interquartile range of a measured time or energy; an
     * exact count or a projection has none, so it must be equal).
     *
     * @param quantity "timeMs", "spikes", "synapticEvents" or "joules"
     * @param method   the later method in the table's order
     * @param sameAs   the earlier method it coincides with
     * @param points   the sizes compared
     */
    public record Coincidence(String quantity, String method, String sameAs, int points) {}
}
