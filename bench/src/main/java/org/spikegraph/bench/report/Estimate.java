package org.spikegraph.bench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;

/**
 * A vertex's estimated probability with its confidence interval, as reported by the random-walk
 * problems (table: {@code 1: 0.010020 [0.009226, 0.010833]}; JSON: an object with these fields).
 *
 * @param vertex the vertex id as written in the file, or null for a set of vertices
 * @param value  the estimate
 * @param low    the interval's lower end
 * @param high   the interval's upper end
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Estimate(Object vertex, double value, double low, double high) {

    public static Estimate of(Object vertex, double value, double[] interval) {
        return new Estimate(vertex, value, interval[0], interval[1]);
    }

    @Override
    public String toString() {
        String estimate = String.format(Locale.ROOT, "%.6f [%.6f, %.6f]", value, low, high);
        return vertex == null ? estimate : vertex + ": " + estimate;
    }
}
