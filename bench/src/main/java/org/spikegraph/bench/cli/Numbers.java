package org.spikegraph.bench.cli;

import org.spikegraph.bench.report.NumberText;

import java.util.Locale;
import org.spikegraph.algorithms.generate.Generators;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every numeric option is checked as it is parsed, before any work, by one of these picocli
 * converters (named in the option's {@code converter}); a bad value exits 2 with one line naming the
 * option, the value and the range, e.g. {@code --cpu-watts NaN: must be a finite number >= 0}.
 * {@link #register} makes every other {@code double} option refuse NaN and the infinities too.
 */
public final class Numbers {

    private Numbers() {}

    /** Makes plain {@code double} options finite (NaN and the infinities are refused). */
    static void register(CommandLine cl) {
        cl.registerConverter(Double.class, Finite::parse);
        cl.registerConverter(Double.TYPE, Finite::parse);
    }

    /** Any finite number. */
    public static final class Finite implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parse(value);
        }

        static double parse(String value) {
            double d;
            try {
                d = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a number");
            }
            if (!Double.isFinite(d)) {
                throw new TypeConversionException("must be a finite number");
            }
            return d;
        }
    }

    /** A finite number &gt;= 0 (watts). */
    public static final class NonNegativeDouble implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return atLeast(value, 0, true);
        }
    }

    /** A finite number &gt; 0 (a resolution). */
    public static final class PositiveDouble implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return atLeast(value, 0, false);
        }
    }

    /** A probability in [0, 1]. */
    public static final class Probability implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double d = parseFinite(value, "a probability in [0, 1]");
            if (!(d >= 0 && d <= 1)) {
                throw new TypeConversionException("must be a probability in [0, 1]");
            }
            return d;
        }
    }

    /** A failure probability in (0, 1). */
    public static final class OpenProbability implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double d = parseFinite(value, "a number in (0, 1)");
            if (!(d > 0 && d < 1)) {
                throw new TypeConversionException("must be in (0, 1)");
            }
            return d;
        }
    }

    /** A damping factor in [0, 1): at 1 a walk never ends. */
    public static final class Damping implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double d = parseFinite(value, "a number in [0, 1)");
            if (!(d >= 0 && d < 1)) {
                throw new TypeConversionException("must be in [0, 1) (at 1 a walk never ends)");
            }
            return d;
        }
    }

    /** A whole number &gt;= 1 that fits an int. */
    public static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) whole(value, 1, Integer.MAX_VALUE);
        }
    }

    /** A whole number &gt;= 0 that fits an int. */
    public static final class NonNegativeInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) whole(value, 0, Integer.MAX_VALUE);
        }
    }

    /** A whole number &gt;= 1. */
    public static final class PositiveLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return whole(value, 1, Long.MAX_VALUE);
        }
    }

    /** A weight range {@code LO..HI} (or one value) with 0 &lt;= LO &lt;= HI &lt;= 2^53 - 1. */
    public static final class WeightRange implements ITypeConverter<Generators.Weights> {
        @Override
        public Generators.Weights convert(String value) {
            try {
                return Generators.Weights.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage().replaceFirst("^weights ", ""));
            }
        }
    }

    private static double atLeast(String value, double min, boolean inclusive) {
        String range = String.format(Locale.ROOT, "a finite number %s %s", inclusive ? ">=" : ">", NumberText.plain(min));
        double d = parseFinite(value, range);
        if (inclusive ? !(d >= min) : !(d > min)) {
            throw new TypeConversionException("must be " + range);
        }
        return d;
    }

    private static double parseFinite(String value, String range) {
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("not a number (must be " + range + ")");
        }
        if (!Double.isFinite(d)) {
            throw new TypeConversionException("must be " + range);
        }
        return d;
    }

    private static long whole(String value, long min, long max) {
        long v;
        try {
            v = Long.parseLong(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("not a whole number (must be >= " + min
                    + (max == Long.MAX_VALUE ? "" : String.format(Locale.ROOT, " and at most %,d", max)) + ")");
        }
        if (v < min) {
            throw new TypeConversionException("must be >= " + min);
        }
        if (v > max) {
            throw new TypeConversionException(String.format(Locale.ROOT, "must be at most %,d", max));
        }
        return v;
    }
}
