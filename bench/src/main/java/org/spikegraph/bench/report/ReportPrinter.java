package org.spikegraph.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link Report} as an aligned table for people or as one JSON object for scripts. */
public final class ReportPrinter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportPrinter() {}

    /** The report as pretty-printed JSON. */
    public static String json(Object report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /** The report as a table. */
    public static void table(Report r, PrintWriter out) {
        Report.GraphInfo g = r.graph();
        out.printf(Locale.ROOT, "%s on %s (%s, %,d vertices, %,d arcs)%s%n", r.problem(), g.file(),
                g.directed() ? "directed" : "undirected", g.vertices(), g.arcs(),
                r.source() == null ? "" : " from " + r.source());
        for (Map.Entry<String, Object> p : r.parameters().entrySet()) {
            row(out, p.getKey(), p.getValue());
        }
        out.println("answer");
        for (Map.Entry<String, Object> s : r.summary().entrySet()) {
            row(out, s.getKey(), s.getValue());
        }
        Report.Activity a = r.activity();
        out.printf(Locale.ROOT, "spiking activity (%s engine%s, stopped: %s)%n", a.engine(),
                a.runs() == 1 ? "" : ", " + a.runs() + " runs", a.stopReason());
        row(out, "neurons", a.neurons());
        row(out, "synapses", a.synapses());
        row(out, "steps spanned", a.stepsSpanned());
        row(out, "active steps", a.activeSteps());
        row(out, "spikes", a.spikes());
        row(out, "synaptic events", a.synapticEvents());
        row(out, "neuron updates", a.neuronUpdates());
        Report.Timing t = r.timing();
        out.println("timing (ms)");
        out.printf(Locale.ROOT, "  load %.1f  compile %.1f  simulate %.1f  decode %.1f  |  JGraphT %.1f%n",
                t.loadMs(), t.compileMs(), t.simulateMs(), t.decodeMs(), t.conventionalMs());
        if (r.validation() != null) {
            Report.ValidationInfo v = r.validation();
            out.printf(Locale.ROOT, "validation: %s %s (%,d items compared, %,d mismatches)%n",
                    v.agrees() ? "agrees with" : "DISAGREES with", v.against(), v.compared(), v.mismatches());
            if (v.examples() != null) {
                v.examples().forEach(e -> out.println("  " + e));
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, Object value) {
        String shown = value instanceof Long || value instanceof Integer
                ? String.format(Locale.ROOT, "%,d", ((Number) value).longValue())
                : value instanceof Double d ? String.format(Locale.ROOT, "%,.6g", d) : String.valueOf(value);
        out.printf(Locale.ROOT, "  %-18s %s%n", name, shown);
    }
}
