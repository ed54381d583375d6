package org.spikegraph.bench.cli;

import org.spikegraph.bench.report.Report;
import org.spikegraph.bench.report.Estimate;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.randomwalk.PageRankCompiler;
import org.spikegraph.algorithms.randomwalk.PageRankEstimate;
import org.spikegraph.algorithms.validation.PageRankValidator;
import org.spikegraph.algorithms.validation.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solve pagerank}: PageRank as the end points of spiking random walks. */
@Command(name = "pagerank", mixinStandardHelpOptions = true,
        description = {"PageRank by spiking random walkers: the same number of walkers starts at every vertex; at each "
                + "step a stochastic neuron lets a walker go on with probability d (along an out-arc, or through the "
                + "teleport circuit from a vertex without out-arcs) or end there; a score is the share of walks that "
                + "ended at the vertex.",
                "Intervals: Chernoff bound with failure probability --delta over all vertices, widened by the 16-bit "
                        + "rounding bound; --validate checks every vertex against JGraphT's PageRank."})
final class PageRankCommand extends SolveSubcommand<PageRankEstimate> {

    @Option(names = "--damping", paramLabel = "D", defaultValue = "0.85", converter = Numbers.Damping.class, description = "Damping factor d in [0, 1) (default: ${DEFAULT-VALUE}).")
    double damping;

    @Option(names = "--walkers", paramLabel = "N", converter = Numbers.PositiveLong.class,
            description = "Walkers in all, rounded up to a multiple of the vertex count (default: 1,000 per vertex).")
    Long walkers;

    @Option(names = "--delta", paramLabel = "P", defaultValue = "0.001", converter = Numbers.OpenProbability.class,
            description = "Failure probability of all intervals together, and of --validate (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5", converter = Numbers.PositiveInt.class, description = "Vertices to report (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    String problem() {
        return "pagerank";
    }

    private int walkersPerVertex(LoadedGraph g) {
        long n = g.graph().vertexCount();
        if (n == 0) {
            throw new UserInputException(g.file().getFileName() + " has no vertices");
        }
        if (walkers == null) {
            return 1000;
        }
        if (walkers < 1) {
            throw new UserInputException("--walkers must be >= 1, got " + walkers);
        }
        long perVertex = (walkers + n - 1) / n;
        if (perVertex * n > Integer.MAX_VALUE) {
            throw new UserInputException("--walkers " + walkers + " is more than a run holds (" + Integer.MAX_VALUE + ")");
        }
        return (int) perVertex;
    }

    @Override
    long[] circuitSize(LoadedGraph g) {
        long n = g.graph().vertexCount();
        long m = g.graph().arcCount();
        return new long[] {5 * n + 2 * m, 4 * m + 7 * n};
    }

    @Override
    Circuit<PageRankEstimate> compile(LoadedGraph g) {
        if (!(delta > 0 && delta < 1)) {
            throw new UserInputException("--delta must be in (0, 1), got " + delta);
        }
        if (top < 1) {
            throw new UserInputException("--top must be >= 1, got " + top);
        }
        if (!(damping >= 0 && damping < 1)) {
            throw new UserInputException("--damping must be in [0, 1), got " + damping + " (at 1 a walk never ends)");
        }
        PageRankCompiler compiler = new PageRankCompiler(g.graph(), damping);
        try {
            PageRankValidator.iterations(damping); // the run is checked against JGraphT: refuse what cannot be
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--damping: " + e.getMessage());
        }
        return compiler.walks(walkersPerVertex(g));
    }

    @Override
    Object source(LoadedGraph g) {
        return null;
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        return map("damping", damping, "walkersPerVertex", walkersPerVertex(g), "delta", delta);
    }

    @Override
    Map<String, Object> summary(PageRankEstimate e) {
        CsrGraph g = e.graph();
        double each = delta / g.vertexCount();
        Map<String, Object> m = map("walkers", e.walkers(), "roundingBound", e.quantizationBound());
        int[] best = e.top(top);
        for (int i = 0; i < best.length; i++) {
            m.put("top" + (i + 1), Estimate.of(Report.vertexId(g, best[i]), e.score(best[i]), e.interval(best[i], each)));
        }
        return m;
    }

    @Override
    Validation check(PageRankEstimate e) {
        return PageRankValidator.validate(e, delta);
    }

    @Override
    void writeAnswer(PageRankEstimate e, LoadedGraph g, PrintWriter out) {
        CsrGraph graph = e.graph();
        double each = delta / graph.vertexCount();
        out.println("# vertex\tpagerank\tlow\thigh\twalks ended\tvisits");
        for (int v = 0; v < graph.vertexCount(); v++) {
            double[] in = e.interval(v, each);
            out.println(String.format(Locale.ROOT, "%s\t%.8f\t%.8f\t%.8f\t%d\t%d", graph.name(v), e.score(v), in[0], in[1],
                    e.ends(v), e.visits(v)));
        }
    }
}
