package org.spikegraph.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
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
        out.printf(Locale.ROOT, "spiking activity (%s engine%s%s, stopped: %s)%n", a.engine(),
                a.runs() == 1 ? "" : ", " + a.runs() + " runs",
                a.lanes() == null ? "" : String.format(Locale.ROOT, " as lanes of the lane engine: %d per word on %d thread%s",
                        a.lanes(), a.threads(), a.threads() == 1 ? "" : "s"), a.stopReason());
        row(out, "neurons", a.neurons());
        row(out, "synapses", a.synapses());
        row(out, "steps spanned", a.stepsSpanned());
        row(out, "active steps", a.activeSteps());
        row(out, "spikes", a.spikes());
        row(out, "synaptic events", a.synapticEvents());
        row(out, "neuron updates", a.neuronUpdates());
        Report.Timing t = r.timing();
        out.println("timing (ms)");
        out.printf(Locale.ROOT, "  load %.1f  compile %.1f  simulate %.1f  decode %.1f%s%n",
                t.loadMs(), t.compileMs(), t.simulateMs(), t.decodeMs(),
                t.referenceMs() == null ? "" : String.format(Locale.ROOT, "  |  reference %.1f", t.referenceMs()));
        if (pairs(r) > 0) {
            double seconds = (t.simulateMs() + t.decodeMs()) / 1e3;
            double n = r.graph().vertices();
            out.printf(Locale.ROOT, "rate: %s vertex pairs per second (%,d pairs in simulate + decode, %s)%n",
                    NumberText.si(pairs(r) / seconds, ""), pairs(r), NumberText.si(seconds, "s"));
            if (pairs(r) < n * n) {
                out.printf(Locale.ROOT, "  extrapolated, not measured: all n^2 = %,.0f pairs at this rate would take %s "
                        + "(%,d of %,d sources run)%n", n * n, NumberText.si(n * n / (pairs(r) / seconds), "s"),
                        (long) (pairs(r) / n), (long) n);
            }
        }
        if (r.projections() != null) {
            projections(r, out);
        }
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

    /** The vertex pairs an all-pairs answer covers (its summary's "pairs"), or 0 for another problem. */
    private static long pairs(Report r) {
        return r.summary() != null && r.summary().get("pairs") instanceof Number p ? p.longValue() : 0;
    }

    /** The chips side by side with the CPU; bands are [low .. high] over a profile's cost sets. */
    private static void projections(Report r, PrintWriter out) {
        out.println("hardware projection (delays: the strategy named per chip; [low .. high] over a chip's cost sets)");
        out.printf(Locale.ROOT, "  %-11s %-9s %-26s %-26s %7s %6s %11s %11s  %s%n", "chip", "delays", "time", "energy", "cores",
                "chips", "neurons", "synapses", "answer");
        for (Report.ProjectionInfo p : r.projections()) {
            if (p.error() != null) {
                out.printf(Locale.ROOT, "  %-11s cannot be legalized: %s%n", p.hardware(), p.error());
                continue;
            }
            out.printf(Locale.ROOT, "  %-11s %-9s %-26s %-26s %,7d %,6d %,11d %,11d  %s%n", p.hardware(), p.delayStrategy(),
                    band(p.seconds(), p.secondsLow(), p.secondsHigh(), "s"), band(p.joules(), p.joulesLow(), p.joulesHigh(), "J"),
                    p.cores(), p.chips(), p.neuronsAfterLegalization(), p.synapsesAfterLegalization(),
                    p.answerUnchanged() ? "unchanged" : "CHANGED");
        }
        if (r.cpu() != null) {
            Report.Cpu c = r.cpu();
            out.printf(Locale.ROOT, "  %-11s %-26s %-26s (%s: median of %d timed runs after %d warm-up runs)%n", "cpu",
                    NumberText.si(c.seconds(), "s") + " [" + NumberText.si(c.q1Ms() / 1e3, "s") + " .. "
                            + NumberText.si(c.q3Ms() / 1e3, "s") + "]", NumberText.si(c.joules(), "J"), c.baseline(),
                    c.repetitions(), c.warmup());
            out.println("  conventional baselines, same graph, parameters and source (median [q1 .. q3] of "
                    + c.repetitions() + " timed runs after " + c.warmup() + " warm-up runs):");
            for (Report.Baseline b : c.baselines()) {
                out.printf(Locale.ROOT, "    %-10s %-26s %-12s %s%n", b.name(), NumberText.si(b.medianMs() / 1e3, "s") + " ["
                        + NumberText.si(b.q1Ms() / 1e3, "s") + " .. " + NumberText.si(b.q3Ms() / 1e3, "s") + "]",
                        NumberText.si(b.joules(), "J"), b.measures());
            }
            out.println("  cpu energy: " + c.energyBasis());
        }
        if (r.activity().runs() > 1) {
            out.printf(Locale.ROOT, "  costed as %,d separate runs of the network, one after another (a chip runs no lanes; the "
                    + "host's work between runs is not counted)%n", r.activity().runs());
        }
        if (pairs(r) > 0) {
            for (Report.ProjectionInfo p : r.projections()) {
                if (p.error() == null && p.seconds() != null && p.seconds() > 0) {
                    out.printf(Locale.ROOT, "  %-11s projected rate: %s vertex pairs per second%n", p.hardware(),
                            NumberText.si(pairs(r) / p.seconds(), ""));
                }
            }
        }
        out.println("  assumptions and sources: --json lists them per chip; spikegraph hardware shows every figure");
        if (r.projections().stream().anyMatch(p -> p.strategies() != null)) {
            strategies(r, out);
        }
    }

    /** Every delay construction per chip: size, time, energy, the chip's deciding cost, the cheapest marked with *. */
    private static void strategies(Report r, PrintWriter out) {
        out.println("delay strategies per chip (* the cheapest that applies by the chip's deciding cost; first cost set)");
        out.printf(Locale.ROOT, "  %-11s %-10s %11s %11s %11s %11s %-26s  %s%n", "chip", "strategy", "neurons", "synapses", "time",
                "energy", "deciding cost", "answer");
        for (Report.ProjectionInfo p : r.projections()) {
            if (p.strategies() == null) {
                continue;
            }
            for (Report.StrategyInfo s : p.strategies()) {
                String name = (Boolean.TRUE.equals(s.cheapest()) ? "*" : " ") + s.strategy();
                if (s.refusal() != null) {
                    out.printf(Locale.ROOT, "  %-11s %-10s refused: %s%n", p.hardware(), name, s.refusal());
                    continue;
                }
                out.printf(Locale.ROOT, "  %-11s %-10s %,11d %,11d %11s %11s %-26s  %s%n", p.hardware(), name, s.neurons(),
                        s.synapses(), NumberText.si(s.seconds(), "s"), NumberText.si(s.joules(), "J"),
                        String.format(Locale.ROOT, s.cost() < 1e6 ? "%,.0f %s" : "%.3g %s", s.cost(), s.costMeasure()),
                        s.answerUnchanged() ? "unchanged" : "CHANGED");
            }
        }
    }

    private static String band(double value, double low, double high, String unit) {
        return low == high ? NumberText.si(value, unit) : NumberText.si(value, unit) + " [" + NumberText.si(low, unit) + " .. " + NumberText.si(high, unit) + "]";
    }

    private static void row(PrintWriter out, String name, Object value) {
        if (value instanceof List<?> list && list.stream().anyMatch(Estimate.class::isInstance)) {
            out.printf(Locale.ROOT, "  %s%n", name); // e.g. the top vertices: one per line, ranked
            for (int i = 0; i < list.size(); i++) {
                out.printf(Locale.ROOT, "    %-16s %s%n", (i + 1) + ".", NumberText.value(list.get(i)));
            }
            return;
        }
        if (value instanceof List<?> list) {
            value = list.stream().map(NumberText::value).collect(java.util.stream.Collectors.joining(", "));
        }
        out.printf(Locale.ROOT, "  %-18s %s%n", name, NumberText.value(value));
    }
}
