package org.spikegraph.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.spikegraph.algorithms.generate.Generators;

/**
 * A scaling sweep over generated road-like graphs ({@link Generators#roadLike}, 3 nearest
 * neighbours, integer lengths): sizes from {@code min} to {@code max} vertices in steps of
 * &radic;10 (1,000, 3,162, 10,000, ...), and growth exponents fitted to each method's figures.
 */
public final class Sweep {

    /** Nearest neighbours each generated vertex is joined to. */
    public static final int ROAD_NEIGHBOURS = 3;

    /** The figures whose growth is fitted, by name, as read from a row (null when the row has none). */
    public static final Map<String, Function<Row, Double>> QUANTITIES = quantities();

    private Sweep() {}

    /**
     * The sizes from {@code min} to {@code max}: round(10^(k/2)) for every k with the value in range,
     * and {@code max} itself when it falls between two of them.
     *
     * @throws IllegalArgumentException when min &lt; 2 or max &lt; min
     */
    public static int[] sizes(int min, int max) {
        if (min < 2 || max < min) {
            throw new IllegalArgumentException("sizes need 2 <= min <= max, got " + min + " and " + max);
        }
        List<Integer> out = new ArrayList<>();
        for (int k = 0; ; k++) {
            double v = Math.round(Math.pow(10, k / 2.0));
            if (v > max) {
                break;
            }
            if (v >= min) {
                out.add((int) v);
            }
        }
        if (out.isEmpty() || out.get(out.size() - 1) != max) {
            out.add(max);
        }
        if (out.get(0) != min) {
            out.add(0, min);
        }
        return out.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** The name of the generated graph of {@code n} vertices. */
    public static String graphName(int n) {
        return String.format(java.util.Locale.ROOT, "road-like n=%d", n);
    }

    /**
     * Fits every method's figures against the vertices of the rows' graphs: one {@link PowerLaw} per
     * method and quantity with at least two sizes of positive values.
     */
    public static List<Comparison.Fit> fits(List<Row> rows) {
        Map<String, List<Row>> byMethod = new LinkedHashMap<>();
        for (Row r : rows) {
            byMethod.computeIfAbsent(r.method(), k -> new ArrayList<>()).add(r);
        }
        List<Comparison.Fit> out = new ArrayList<>();
        byMethod.forEach((method, rs) -> QUANTITIES.forEach((quantity, f) -> {
            double[][] xy = points(rs, f);
            if (xy[0].length >= 2 && java.util.Arrays.stream(xy[0]).distinct().count() >= 2) {
                PowerLaw p = PowerLaw.fit(xy[0], xy[1]);
                out.add(new Comparison.Fit(method, quantity, p.exponent(), p.r2(), p.points()));
            }
        }));
        return out;
    }

    /**
     * The scaling curves that lie on top of an earlier method's: for each quantity and each pair of
     * methods (in the rows' order) with the same sizes, at least two of them, the later one when at
     * every size the two figures' spreads ({@link #spread}) overlap.
     */
    public static List<Comparison.Coincidence> coincidences(List<Row> rows) {
        Map<String, List<Row>> byMethod = new LinkedHashMap<>();
        for (Row r : rows) {
            byMethod.computeIfAbsent(r.method(), k -> new ArrayList<>()).add(r);
        }
        List<String> methods = new ArrayList<>(byMethod.keySet());
        List<Comparison.Coincidence> out = new ArrayList<>();
        for (String quantity : QUANTITIES.keySet()) {
            for (int j = 1; j < methods.size(); j++) {
                for (int i = 0; i < j; i++) {
                    int points = coincide(byMethod.get(methods.get(i)), byMethod.get(methods.get(j)), quantity);
                    if (points >= 2) {
                        out.add(new Comparison.Coincidence(quantity, methods.get(j), methods.get(i), points));
                        break; // the first earlier method it lies on is enough
                    }
                }
            }
        }
        return out;
    }

    /** The sizes at which the two curves overlap, when they have the same sizes and overlap at all of them; else 0. */
    private static int coincide(List<Row> a, List<Row> b, String quantity) {
        Map<Integer, double[]> sa = spreads(a, quantity);
        Map<Integer, double[]> sb = spreads(b, quantity);
        if (sa.isEmpty() || !sa.keySet().equals(sb.keySet())) {
            return 0;
        }
        for (Map.Entry<Integer, double[]> e : sa.entrySet()) {
            double[] x = e.getValue();
            double[] y = sb.get(e.getKey());
            if (Math.max(x[0], y[0]) > Math.min(x[1], y[1]) * (1 + 1e-9)) {
                return 0;
            }
        }
        return sa.size();
    }

    /** Each row's spread of the quantity by graph size, for rows with a positive figure. */
    private static Map<Integer, double[]> spreads(List<Row> rows, String quantity) {
        Map<Integer, double[]> out = new LinkedHashMap<>();
        for (Row r : rows) {
            double[] s = spread(r, quantity);
            if (s != null) {
                out.put(r.vertices(), s);
            }
        }
        return out;
    }

    /**
     * The spread of a row's figure, {low, high}: the interquartile range of a measured time (and of the
     * energy made from it); a point for counts and for projected energy; null when the row has no
     * positive figure.
     */
    static double[] spread(Row r, String quantity) {
        Double y = QUANTITIES.get(quantity).apply(r);
        if (y == null || !(y > 0)) {
            return null;
        }
        boolean fromTime = quantity.equals("timeMs") || quantity.equals("joules") && Row.MEASURED.equals(r.kind());
        if (fromTime && r.medianMs() != null && r.medianMs() > 0 && r.q1Ms() != null && r.q3Ms() != null) {
            double scale = y / r.medianMs();
            return new double[] {r.q1Ms() * scale, r.q3Ms() * scale};
        }
        return new double[] {y, y};
    }

    /** The (vertices, figure) points of rows with a positive figure. */
    public static double[][] points(List<Row> rows, Function<Row, Double> figure) {
        List<double[]> pts = new ArrayList<>();
        for (Row r : rows) {
            Double y = figure.apply(r);
            if (y != null && y > 0) {
                pts.add(new double[] {r.vertices(), y});
            }
        }
        return new double[][] {pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray()};
    }

    private static Map<String, Function<Row, Double>> quantities() {
        Map<String, Function<Row, Double>> q = new LinkedHashMap<>();
        q.put("timeMs", Row::medianMs);
        q.put("spikes", Row::spikes);
        q.put("synapticEvents", Row::synapticEvents);
        q.put("joules", Row::joules);
        return java.util.Collections.unmodifiableMap(q);
    }
}
