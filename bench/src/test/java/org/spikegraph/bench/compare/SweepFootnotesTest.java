package org.spikegraph.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sweep's table: each method's footnote once, however many sizes; and a scaling curve lying on
 * top of another method's (within the spread at every size) named as such.
 */
class SweepFootnotesTest {

    private static Row measured(String method, int n, double q1, double median, double q3, Double spikes) {
        return new Row("road-like n=" + n, n, 3L * n, "sssp", method, Row.MEASURED, method + " measures", 1, 3, 0, median,
                q1, q3, q1, q3, spikes, spikes, spikes, median * 15e-3, "CPU: median time x 15 W", null, List.of(1));
    }

    private static Row projected(String method, int n, double ms, double spikes, int cores) {
        return new Row("road-like n=" + n, n, 3L * n, "sssp", method, Row.PROJECTED, "projected chip time", 1, 1, 0, ms, ms,
                ms, ms, ms, spikes, spikes, spikes, ms * 1e-3, "chip cost model (" + cores + " cores)", null, List.of(1));
    }

    private static List<Row> sweep(double primitiveShift) {
        List<Row> rows = new ArrayList<>();
        for (int n : new int[] {1000, 3162, 10000}) {
            rows.add(measured("jgrapht", n, n * 0.010, n * 0.012, n * 0.014, null));
            rows.add(measured("spiking", n, n * 0.001, n * 0.0012, n * 0.0014, 2.0 * n));
            rows.add(measured("primitive", n, n * 0.011 + primitiveShift, n * 0.013 + primitiveShift, n * 0.015 + primitiveShift, null));
            rows.add(projected("loihi", n, n * 0.05, 2.0 * n, n / 300));
            rows.add(projected("truenorth", n, n * 0.07, 3.0 * n, n / 200));
        }
        return rows;
    }

    @Test
    void curvesWithinEachOthersSpreadAtEverySizeAreNamedAndOthersAreNot() {
        List<Comparison.Coincidence> k = Sweep.coincidences(sweep(0));
        assertThat(k).extracting(c -> c.quantity() + ":" + c.method() + "=" + c.sameAs())
                .contains("timeMs:primitive=jgrapht", "spikes:loihi=spiking", "synapticEvents:loihi=spiking")
                .doesNotContain("timeMs:loihi=jgrapht", "spikes:truenorth=spiking", "timeMs:spiking=jgrapht");
        assertThat(k).allSatisfy(c -> assertThat(c.points()).isEqualTo(3));
        // primitive's IQR moved clear of jgrapht's at the largest size only: no longer on top of it
        List<Row> shifted = new ArrayList<>(sweep(0));
        shifted.replaceAll(r -> r.method().equals("primitive") && r.vertices() == 10000
                ? measured("primitive", 10000, 150, 160, 170, null) : r);
        assertThat(Sweep.coincidences(shifted)).extracting(c -> c.quantity() + ":" + c.method() + "=" + c.sameAs())
                .doesNotContain("timeMs:primitive=jgrapht", "joules:primitive=jgrapht").contains("spikes:loihi=spiking");
        // a curve on fewer sizes than the other is not "on top" of it
        List<Row> fewer = new ArrayList<>(sweep(0));
        fewer.removeIf(r -> r.method().equals("loihi") && r.vertices() == 10000);
        assertThat(Sweep.coincidences(fewer)).noneMatch(c -> c.method().equals("loihi"));
    }

    @Test
    void eachMethodsFootnoteIsPrintedOnceAndSaysWhenItsNumbersVaryByGraph() {
        List<Row> rows = sweep(5);
        Comparison c = new Comparison(Comparison.SCHEMA, "spikegraph compare --sweep", Machine.here(), "sssp", 1, Sources.RULE,
                1, 0, 3, "JGraphT", rows, Sweep.fits(rows), Sweep.coincidences(rows));
        java.io.StringWriter s = new java.io.StringWriter();
        ComparisonWriter.table(c, new java.io.PrintWriter(s));
        String table = s.toString();
        String notes = table.substring(table.indexOf("what each row measured"), table.indexOf("growth exponents"));
        for (String method : List.of("jgrapht", "spiking", "primitive", "loihi", "truenorth")) {
            assertThat(notes.lines().filter(l -> l.startsWith("  " + method + " ("))).as(method).hasSize(1);
        }
        assertThat(notes.lines().filter(l -> l.startsWith("  loihi ("))).singleElement().asString()
                .contains("(3 cores)").contains("numbers as on road-like n=1000");
        assertThat(notes.lines().filter(l -> l.startsWith("  jgrapht ("))).singleElement().asString()
                .doesNotContain("numbers as on");
        assertThat(table).contains("scaling curves on top of each other").containsPattern("loihi +spikes +on top of spiking");
    }
}
