package org.spikegraph.bench.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.conventional.MonteCarloPageRank;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.randomwalk.PageRankCompiler;
import org.spikegraph.algorithms.randomwalk.PageRankEstimate;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.PageRankValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;

/**
 * PageRank (d = 0.85) three ways. The problem has no source: the harness's "source" s only seeds the
 * walks (seed s), so the sources repeat the whole computation with other draws.
 * <ul>
 *   <li>{@code jgrapht} (the reference): {@code PageRank} power iteration to a change below 1e-12 on a
 *       JGraphT graph built once, not timed;</li>
 *   <li>{@code spiking}: {@link PageRankCompiler} with {@value #WALKERS_PER_VERTEX} walkers per vertex:
 *       compile, run on the event engine, decode;</li>
 *   <li>{@code primitive}: {@link MonteCarloPageRank}, the same estimator and walkers in a plain loop.</li>
 * </ul>
 * The estimates are checked statistically: every vertex's JGraphT score must lie in the estimate's
 * interval for &delta; / n, &delta; = 10^-3 per check (Chernoff; the spiking one widened by its rounding
 * bound). The circuit is projected onto chips; it is not a wave, so it gets a raster and no wavefront.
 */
public final class PageRankProblem implements Problem<PageRankProblem.Scores> {

    /** Walkers started at every vertex by the two Monte Carlo methods. */
    public static final int WALKERS_PER_VERTEX = 100;
    static final double DAMPING = 0.85;
    static final double DELTA = 1e-3;

    /**
     * One method's scores: exact (JGraphT) or a Monte Carlo estimate with its intervals.
     *
     * @param exact    the reference's scores by vertex index, or null
     * @param estimate the estimate, or null
     */
    public record Scores(double[] exact, PageRankEstimate estimate) {}

    private final CsrGraph graph;
    private final Graph<Integer, DefaultWeightedEdge> jgrapht;

    /** Prepares the problem (and a JGraphT copy of the graph) on {@code graph}. */
    public PageRankProblem(CsrGraph graph) {
        this.graph = graph;
        this.jgrapht = JGraphTGraphs.withoutZeroWeights(graph);
    }

    @Override
    public String name() {
        return "pagerank";
    }

    @Override
    public CsrGraph graph() {
        return graph;
    }

    @Override
    public String against() {
        return "JGraphT PageRank";
    }

    @Override
    public List<Method<Scores>> methods() {
        return List.of(
                Method.of("jgrapht", "JGraphT PageRank, d = 0.85, to a change below 1e-12 (JGraphT graph without weight-0 arcs built once, not timed)",
                        s -> {
                            Map<Integer, Double> m = new PageRank<>(jgrapht, DAMPING, PageRankValidator.iterations(DAMPING), 1e-12).getScores();
                            return Method.Solved.of(() -> new Scores(scores(m), null));
                        }),
                Method.of("spiking", "compile + event-engine run of " + WALKERS_PER_VERTEX + " walkers per vertex + decode", s -> {
                    Outcome<PageRankEstimate> o = circuit().run(new EventEngine(), s);
                    return new Method.Solved<>(() -> new Scores(null, o.answer()), o.run().activity());
                }),
                Method.of("primitive", "MonteCarloPageRank: the same " + WALKERS_PER_VERTEX + " walkers per vertex in a plain loop",
                        s -> {
                            MonteCarloPageRank.Result r = MonteCarloPageRank.run(graph, DAMPING, WALKERS_PER_VERTEX, s);
                            return Method.Solved.of(() -> new Scores(null, PageRankEstimate.fromEnds(graph, DAMPING, r.ends())));
                        }));
    }

    /** A new circuit every call, as a user's query pays. */
    private Circuit<PageRankEstimate> circuit() {
        return new PageRankCompiler(graph, DAMPING).walks(WALKERS_PER_VERTEX);
    }

    @Override
    public Validation check(Scores answer, Scores expected) {
        if (answer.estimate() == null) {
            return PageRankValidator.validate(answer.exact(), expected.exact(), 1e-9, against());
        }
        return PageRankValidator.validate(answer.estimate(), expected.exact(), DELTA, against());
    }

    @Override
    public Optional<Compiled<Scores>> compile(int source) {
        Circuit<PageRankEstimate> c = circuit();
        return Optional.of(new Compiled<>(c, run -> new Scores(null, c.decoder().decode(run))));
    }

    @Override
    public long[] vertexFirstSpikes(Run run) {
        return null;
    }

    private double[] scores(Map<Integer, Double> m) {
        double[] s = new double[graph.vertexCount()];
        for (int v = 0; v < s.length; v++) {
            s[v] = m.get(v);
        }
        return s;
    }
}
