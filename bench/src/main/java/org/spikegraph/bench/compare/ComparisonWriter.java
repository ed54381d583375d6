package org.spikegraph.bench.compare;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.spikegraph.bench.report.NumberText;
import org.spikegraph.bench.report.ReportPrinter;

/** Writes a {@link Comparison} as an aligned table, CSV (one line per row), JSON and a markdown section. */
public final class ComparisonWriter {

    /** The CSV header; columns follow {@link Row}'s components. */
    public static final String CSV_HEADER = "graph,vertices,arcs,problem,method,kind,sources,runsPerSource,warmup,"
            + "medianMs,q1Ms,q3Ms,minMs,maxMs,spikes,synapticEvents,stepsSpanned,joules,measures,energyBasis,note,sourceIds";

    private ComparisonWriter() {}

    /** The comparison as pretty-printed JSON. */
    public static String json(Comparison c) {
        return ReportPrinter.json(c);
    }

    /** The rows as CSV with a header line. */
    public static void csv(Comparison c, PrintWriter out) {
        out.println(CSV_HEADER);
        for (Row r : c.rows()) {
            out.println(Stream.of(r.graph(), r.vertices(), r.arcs(), r.problem(), r.method(), r.kind(), r.sources(),
                    r.runsPerSource(), r.warmup(), r.medianMs(), r.q1Ms(), r.q3Ms(), r.minMs(), r.maxMs(), r.spikes(),
                    r.synapticEvents(), r.stepsSpanned(), r.joules(), r.measures(), r.energyBasis(), r.note(), ids(r))
                    .map(ComparisonWriter::csvField).collect(Collectors.joining(",")));
        }
        out.flush();
    }

    /** The table for people: per graph, a header and one line per method or chip; then the fits. */
    public static void table(Comparison c, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d source(s) per graph (%s), %d warm-up + %d timed run(s) per source and method;%n",
                c.problem(), c.sources(), sourceChoice(c), c.warmup(), c.repetitions());
        out.printf(Locale.ROOT, "every answer checked against %s before its time was kept: all agree%n", c.checkedAgainst());
        String graph = null;
        int width = Math.max(11, c.rows().stream().mapToInt(r -> r.method().length()).max().orElse(0));
        String head = "  %-" + width + "s %-9s";
        for (Row r : c.rows()) {
            if (!r.graph().equals(graph)) {
                graph = r.graph();
                out.printf(Locale.ROOT, "%n%s (%,d vertices, %,d arcs), sources %s%n", r.graph(), r.vertices(), r.arcs(),
                        ids(r));
                out.printf(Locale.ROOT, head + " %10s %21s %21s %11s %11s %13s %10s%n", "method", "kind", "median ms",
                        "IQR", "min .. max", "spikes", "syn.events", "steps", "energy");
            }
            if (r.medianMs() == null) {
                out.printf(Locale.ROOT, head + " %s%n", r.method(), r.kind(), r.note());
                continue;
            }
            out.printf(Locale.ROOT, head + " %10s %21s %21s %11s %11s %13s %10s%n", r.method(), r.kind(), NumberText.ms(r.medianMs()),
                    NumberText.ms(r.q1Ms()) + " .. " + NumberText.ms(r.q3Ms()), NumberText.ms(r.minMs()) + " .. " + NumberText.ms(r.maxMs()), NumberText.count(r.spikes()),
                    NumberText.count(r.synapticEvents()), NumberText.count(r.stepsSpanned()), NumberText.si(r.joules(), "J"));
        }
        out.println();
        out.println("what each row measured (times in ms):");
        footnotes(c.rows()).forEach(out::println);
        fits(c.fits(), out);
        if (!c.coincident().isEmpty()) {
            out.println();
            out.println("scaling curves on top of each other (at every size within each other's spread, the same in the "
                    + "scaling pictures):");
            for (Comparison.Coincidence k : c.coincident()) {
                out.printf(Locale.ROOT, "  %-11s %-15s on top of %s (%d sizes)%n", k.method(), k.quantity(), k.sameAs(),
                        k.points());
            }
        }
        out.flush();
    }

    /**
     * What each method's rows measured, once per method and kind: its first row's words; when its rows
     * on other graphs differ (a chip's cores and chips, a host loop's runs), the line says whose they are.
     */
    static List<String> footnotes(List<Row> rows) {
        java.util.Map<String, List<Row>> byMethod = rows.stream().collect(Collectors.groupingBy(
                r -> r.method() + " (" + r.kind() + ")", java.util.LinkedHashMap::new, Collectors.toList()));
        List<String> out = new java.util.ArrayList<>();
        byMethod.forEach((method, rs) -> {
            String first = footnote(rs.get(0));
            boolean varies = rs.stream().map(ComparisonWriter::footnote).distinct().count() > 1;
            out.add("  " + method + ": " + first + (varies ? " (numbers as on " + rs.get(0).graph() + "; each graph's own in "
                    + "compare.csv and compare.json)" : ""));
        });
        return out;
    }

    private static String footnote(Row r) {
        return r.measures() + (r.kind().equals(Row.MEASURED) ? "; median/IQR/min..max of " + r.sources() + " source(s) x "
                + r.runsPerSource() + " run(s)" : "; median/IQR/min..max over " + r.sources() + " source(s)")
                + (r.energyBasis() == null ? "" : "; energy: " + r.energyBasis());
    }

    /** A markdown section for BENCHMARKS.md: machine, date, command, the table, the fits. */
    public static void markdown(Comparison c, PrintWriter out) {
        Machine m = c.machine();
        out.printf(Locale.ROOT, "### `%s`%n%n", c.command());
        out.printf(Locale.ROOT, "%s; %s, %d cores, %s memory (heap %s); %s; %s.%n%n", m.date(), m.cpu(), m.cores(),
                m.memory(), m.maxHeap(), m.jdk(), m.os());
        out.printf(Locale.ROOT, "%s, %d source(s) per graph (%s), %d warm-up + %d timed run(s) per source and method; "
                + "every answer checked against %s before its time was kept. Times in ms: median [IQR] (min .. max) "
                + "of sources × runs; chips: projected, over the sources.%n%n", c.problem(), c.sources(), sourceChoice(c),
                c.warmup(), c.repetitions(), c.checkedAgainst());
        out.printf(Locale.ROOT, "Sources (file ids, %s):%n%n", c.sourceRule());
        String seen = null;
        for (Row r : c.rows()) {
            if (!r.graph().equals(seen)) {
                seen = r.graph();
                out.printf(Locale.ROOT, "- %s: %s%n", r.graph(), ids(r));
            }
        }
        out.println();
        out.println("| graph | method | kind | median ms | IQR | min .. max | spikes | synaptic events | energy |");
        out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Row r : c.rows()) {
            String g = r.graph() + String.format(Locale.ROOT, " (%,d v)", r.vertices());
            if (r.medianMs() == null) {
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | | | | | |%n", g, r.method(), r.kind(), r.note());
                continue;
            }
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s .. %s | %s .. %s | %s | %s | %s |%n", g, r.method(), r.kind(),
                    NumberText.ms(r.medianMs()), NumberText.ms(r.q1Ms()), NumberText.ms(r.q3Ms()), NumberText.ms(r.minMs()), NumberText.ms(r.maxMs()), NumberText.count(r.spikes()),
                    NumberText.count(r.synapticEvents()), NumberText.si(r.joules(), "J"));
        }
        if (!c.fits().isEmpty()) {
            out.println();
            out.println("| method | quantity | growth exponent (vs vertices) | r² | sizes |");
            out.println("| --- | --- | ---: | ---: | ---: |");
            for (Comparison.Fit f : c.fits()) {
                out.printf(Locale.ROOT, "| %s | %s | %.2f | %.3f | %d |%n", f.method(), f.quantity(), f.exponent(), f.r2(),
                        f.points());
            }
        }
        if (!c.coincident().isEmpty()) {
            out.println();
            out.println("Scaling curves on top of each other (at every size within each other's spread):");
            out.println();
            for (Comparison.Coincidence k : c.coincident()) {
                out.printf(Locale.ROOT, "- %s: %s on top of %s (%d sizes)%n", k.quantity(), k.method(), k.sameAs(), k.points());
            }
        }
        out.println();
        out.flush();
    }

    private static void fits(List<Comparison.Fit> fits, PrintWriter out) {
        if (fits.isEmpty()) {
            return;
        }
        out.println();
        out.println("growth exponents e of quantity ~ vertices^e (least squares on log-log, generated graphs):");
        for (Comparison.Fit f : fits) {
            out.printf(Locale.ROOT, "  %-11s %-15s e = %5.2f  (r² %.3f, %d sizes)%n", f.method(), f.quantity(), f.exponent(),
                    f.r2(), f.points());
        }
    }

    /** "seed 1" for drawn sources, "given by --sources, seed 1" for given ones. */
    private static String sourceChoice(Comparison c) {
        return (Sources.GIVEN.equals(c.sourceRule()) ? Sources.GIVEN + ", " : "") + "seed " + c.seed();
    }

    /** The row's sources as the file's ids separated by spaces (one CSV field). */
    private static String ids(Row r) {
        return r.sourceIds() == null ? "" : r.sourceIds().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static String csvField(Object o) {
        if (o == null) {
            return "";
        }
        String s = o instanceof Double d ? NumberText.plain(d) : o.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
