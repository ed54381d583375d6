package org.spikegraph.bench.compare;

import java.util.List;

/**
 * Everything one {@code spikegraph compare} run found, as written to JSON (field names are fixed;
 * fields may be added).
 *
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
 */
public record Comparison(String command, Machine machine, String problem, int sources, String sourceRule, long seed, int warmup,
                         int repetitions, String checkedAgainst, List<Row> rows, List<Fit> fits) {

    /** Copies the lists. */
    public Comparison {
        rows = List.copyOf(rows);
        fits = List.copyOf(fits);
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
}
