package org.spikegraph.hardware.profile;

import java.util.Objects;

/**
 * One number of a chip profile with its unit and where it comes from.
 *
 * @param value   the value, or null when it is not published (or, for a limit, when the chip has none)
 * @param unit    the unit, e.g. "J", "s", "W", "neurons"
 * @param source  the paper and table/page, or the file it was read from, or why there is no value
 * @param assumed true when the value is our assumption rather than a published figure; every
 *                projection that uses it lists it among its assumptions
 */
public record Figure(Double value, String unit, String source, boolean assumed) {

    /** Checks that unit and source are present. */
    public Figure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("every figure needs a source (or \"not published\")");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new IllegalArgumentException("figure value must be finite, got " + value);
        }
    }

    /** A published figure. */
    public static Figure of(double value, String unit, String source) {
        return new Figure(value, unit, source, false);
    }

    /** A figure without a value. */
    public static Figure absent(String unit, String source) {
        return new Figure(null, unit, source, false);
    }

    /** True when there is a value. */
    public boolean present() {
        return value != null;
    }

    /** The value, or {@code otherwise} when there is none. */
    public double or(double otherwise) {
        return value != null ? value : otherwise;
    }

    /** The value as a limit: an int, or {@code Integer.MAX_VALUE} (no limit) when there is none. */
    public int limitOrNone() {
        if (value == null) {
            return Integer.MAX_VALUE;
        }
        double v = value;
        return v >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    @Override
    public String toString() {
        return (value == null ? "n/a" : text(value)) + " " + unit + (assumed ? " (assumed)" : "") + " [" + source + "]";
    }

    /** A whole number as an integer (4096, not 4096.0); any other as Java's shortest exact text (3.5E-9). */
    static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 0x1p53 ? Long.toString((long) v) : Double.toString(v);
    }
}
