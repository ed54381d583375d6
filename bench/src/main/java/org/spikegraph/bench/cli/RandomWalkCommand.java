package org.spikegraph.bench.cli;

import org.spikegraph.bench.report.Report;
import org.spikegraph.bench.report.Estimate;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.randomwalk.RandomWalkCompiler;
import org.spikegraph.algorithms.randomwalk.VisitCounts;
import org.spikegraph.algorithms.validation.RandomWalkValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.network.NetworkBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solve randomwalk}: where N walkers are after T steps, and how many hit the targets. */
@Command(name = "randomwalk", mixinStandardHelpOptions = true,
        description = {"Random walks as spikes: N walkers start at --source and take T steps, each to an out-neighbour "
                + "with probability proportional to the arc weight, chosen by stochastic neurons (vertices without "
                + "out-arcs, and --targets, absorb).",
                "Reports the distribution after T steps with confidence intervals (Hoeffding, failure probability "
                        + "--delta per vertex, plus the 16-bit rounding bound); --validate checks every step and vertex "
                        + "against the exact distributions."})
final class RandomWalkCommand extends SolveSubcommand<VisitCounts> {

    @Option(names = "--source", paramLabel = "ID", description = "Start vertex id as written in the file (default: the first vertex).")
    String sourceId;

    @Option(names = "--walkers", paramLabel = "N", defaultValue = "10000", converter = Numbers.PositiveInt.class, description = "Walkers (default: ${DEFAULT-VALUE}).")
    int walkers;

    @Option(names = "--steps", paramLabel = "T", defaultValue = "10", converter = Numbers.NonNegativeInt.class, description = "Graph steps per walk (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--targets", paramLabel = "ID", split = ",",
            description = "Absorbing targets: report the probability of hitting them within T steps.")
    List<String> targets;

    @Option(names = "--delta", paramLabel = "P", defaultValue = "0.001", converter = Numbers.OpenProbability.class,
            description = "Failure probability of each interval, and of --validate in all (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5", converter = Numbers.PositiveInt.class, description = "Vertices to report (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    String problem() {
        return "randomwalk";
    }

    private int sourceIndex(LoadedGraph g) {
        if (g.graph().vertexCount() == 0) {
            throw new UserInputException(g.file().getFileName() + " has no vertices");
        }
        return sourceId == null ? 0 : GraphOptions.vertex(g, sourceId, "--source");
    }

    private int[] targetIndices(LoadedGraph g) {
        if (targets == null) {
            return new int[0];
        }
        return targets.stream().mapToInt(id -> GraphOptions.vertex(g, id, "--targets")).toArray();
    }

    @Override
    long[] circuitSize(LoadedGraph g) {
        long n = g.graph().vertexCount();
        long m = g.graph().arcCount();
        long layers = Math.max(0, steps);
        long neurons = (layers + 1) * n + 2 * layers * m;
        if (neurons > NetworkBuilder.MAX_ELEMENTS) {
            throw new UserInputException(String.format("%,d steps on %,d vertices and %,d arcs need up to %,d neurons, more "
                    + "than a network holds (%,d): walk fewer --steps", steps, n, m, neurons, NetworkBuilder.MAX_ELEMENTS));
        }
        return new long[] {neurons, 4 * layers * m};
    }

    @Override
    Circuit<VisitCounts> compile(LoadedGraph g) {
        checkOptions();
        return new RandomWalkCompiler(g.graph()).absorbingAt(targetIndices(g)).walks(sourceIndex(g), walkers, steps);
    }

    private void checkOptions() {
        if (walkers < 1) {
            throw new UserInputException("--walkers must be >= 1, got " + walkers);
        }
        if (steps < 0) {
            throw new UserInputException("--steps must be >= 0, got " + steps);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new UserInputException("--delta must be in (0, 1), got " + delta);
        }
        if (top < 1) {
            throw new UserInputException("--top must be >= 1, got " + top);
        }
    }

    @Override
    Object source(LoadedGraph g) {
        return Report.vertexId(g.graph(), sourceIndex(g));
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        return map("walkers", walkers, "steps", steps, "targets", targets == null ? null : String.join(",", targets), "delta", delta);
    }

    @Override
    Map<String, Object> summary(VisitCounts c) {
        CsrGraph g = c.graph();
        Map<String, Object> m = map("walkers", c.walkers(), "steps", c.steps());
        if (targets != null) {
            int[] t = targets.stream().mapToInt(g::find).toArray();
            m.put("hitting", Estimate.of(null, c.hitting(t), c.hittingInterval(delta, t)));
        }
        int last = c.steps();
        int[] best = c.top(last, top);
        for (int i = 0; i < best.length; i++) {
            int v = best[i];
            m.put("top" + (i + 1), Estimate.of(Report.vertexId(g, v), c.probability(last, v), c.interval(last, v, delta)));
        }
        return m;
    }

    @Override
    Validation check(VisitCounts c) {
        return RandomWalkValidator.validate(c, delta);
    }

    @Override
    void writeAnswer(VisitCounts c, LoadedGraph g, PrintWriter out) {
        CsrGraph graph = c.graph();
        int last = c.steps();
        out.println("# vertex\tprobability after " + last + " steps\tlow\thigh\tvisits");
        for (int v = 0; v < graph.vertexCount(); v++) {
            double[] in = c.interval(last, v, delta);
            out.println(String.format(Locale.ROOT, "%s\t%.8f\t%.8f\t%.8f\t%d", graph.name(v), c.probability(last, v),
                    in[0], in[1], c.visits(v)));
        }
    }
}
