package org.spikegraph.bench.report;

import java.util.Locale;

/**
 * How every report, table, CSV and message of the command line writes a number (one place, so that
 * {@code solve}'s table, {@code compare}'s tables and files, {@code info} and option messages agree).
 * Always {@link Locale#ROOT}: a dot for decimals, commas for thousands where grouped.
 */
public final class NumberText {

    /** Whole numbers below this magnitude are written without a fraction; beyond, a double's digits are not all exact. */
    private static final double WHOLE_LIMIT = 1e15;

    private static final String[] PREFIXES = {"p", "n", "µ", "m", "", "k", "M"};

    private NumberText() {}

    /** A value with an SI prefix, 3 significant digits, e.g. "1.23 mJ". */
    public static String si(double v, String unit) {
        int k = 4;
        double x = v;
        while (Math.abs(x) >= 1000 && k < PREFIXES.length - 1) {
            x /= 1000;
            k++;
        }
        while (x != 0 && Math.abs(x) < 1 && k > 0) {
            x *= 1000;
            k--;
        }
        return String.format(Locale.ROOT, "%.3g %s%s", x, PREFIXES[k], unit);
    }

    /** {@link #si}, or "-" for no value. */
    public static String si(Double v, String unit) {
        return v == null ? "-" : si(v.doubleValue(), unit);
    }

    /** A whole number as one ("3", not "3.0"), anything else as {@link Double#toString} (exact, read back the same). */
    public static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < WHOLE_LIMIT ? Long.toString((long) d) : Double.toString(d);
    }

    /** {@link #plain}, with the thousands of a whole number grouped: "1,234", "0.5". */
    public static String grouped(double d) {
        return d == Math.rint(d) && Math.abs(d) < WHOLE_LIMIT ? grouped((long) d) : Double.toString(d);
    }

    /** A count with its thousands grouped: "1,234,567". */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A figure's value in a report table: counts grouped, doubles to 6 significant digits, anything else as text. */
    public static String value(Object value) {
        return value instanceof Long || value instanceof Integer ? grouped(((Number) value).longValue())
                : value instanceof Double d ? String.format(Locale.ROOT, "%,.6g", d) : String.valueOf(value);
    }

    /** Milliseconds: whole from 100, two decimals from 1, three significant digits below; "-" for none. */
    public static String ms(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 1 ? "%.2f" : "%.3g", v);
    }

    /** A count held as a double (a median, a mean), rounded and grouped; "-" for none. */
    public static String count(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%,.0f", v);
    }
}
