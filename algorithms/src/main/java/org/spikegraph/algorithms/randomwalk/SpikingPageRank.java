package org.spikegraph.algorithms.randomwalk;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.IndexedGraph;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * PageRank estimated by spiking random walkers, as a drop-in for JGraphT's {@code PageRank}:
 * {@code new SpikingPageRank<>(graph)}. See {@link PageRankCompiler} for the circuit and
 * {@link PageRankEstimate} for the confidence intervals ({@link #estimate()}).
 *
 * <p>Scores are Monte Carlo estimates, exact only in the limit: with R walkers per vertex, a score p
 * is within about 5 sqrt(p / (R n)) of the true value. Weights are used when the graph is weighted, as
 * in JGraphT; an undirected edge is an arc each way, an undirected self-loop one arc, as in JGraphT's
 * weighted PageRank. (JGraphT 1.5.3's <em>unweighted</em> PageRank is unreliable on undirected graphs
 * with self-loops: it sizes a vertex's in-neighbours by its degree, where a loop counts twice, and fills
 * them from its incoming edges, where it counts once.) The graph is read and the circuit compiled once,
 * at construction; the walk runs on the first request and is cached.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class SpikingPageRank<V, E> implements VertexScoringAlgorithm<V, Double> {

    /** JGraphT's default damping factor. */
    public static final double DEFAULT_DAMPING = 0.85;
    /** Walkers started at every vertex by default. */
    public static final int DEFAULT_WALKERS_PER_VERTEX = 1000;

    private final IndexedGraph<V, E> graph;
    private final Circuit<PageRankEstimate> circuit;
    private final Engine engine;
    private final long seed;
    private Outcome<PageRankEstimate> outcome;
    private Map<V, Double> scores;

    /** Damping 0.85, 1,000 walkers per vertex, seed 1, the event engine. */
    public SpikingPageRank(Graph<V, E> graph) {
        this(graph, DEFAULT_DAMPING, DEFAULT_WALKERS_PER_VERTEX, new EventEngine(), 1);
    }

    /**
     * PageRank with every parameter chosen.
     *
     * @param damping          d in [0, 1)
     * @param walkersPerVertex R &ge; 1
     * @param seed             the run's seed: the same seed gives the same scores on every engine
     */
    public SpikingPageRank(Graph<V, E> graph, double damping, int walkersPerVertex, Engine engine, long seed) {
        this.graph = IndexedGraph.of(graph);
        this.circuit = new PageRankCompiler(this.graph.csr(), damping).walks(walkersPerVertex);
        if (engine == null) {
            throw new IllegalArgumentException("engine is null");
        }
        this.engine = engine;
        this.seed = seed;
    }

    @Override
    public Map<V, Double> getScores() {
        if (scores == null) {
            PageRankEstimate e = estimate();
            Map<V, Double> m = new HashMap<>();
            for (int v = 0; v < graph.csr().vertexCount(); v++) {
                m.put(graph.vertex(v), e.score(v));
            }
            scores = Collections.unmodifiableMap(m);
        }
        return scores;
    }

    @Override
    public Double getVertexScore(V v) {
        if (!graph.graph().containsVertex(v)) {
            throw new IllegalArgumentException("Cannot return score of unknown vertex");
        }
        return getScores().get(v);
    }

    /** The estimate with its intervals; vertex ids are {@link IndexedGraph} indices. */
    public PageRankEstimate estimate() {
        return outcome().answer();
    }

    /** The run behind the scores (its activity, steps and timings). */
    public Outcome<PageRankEstimate> outcome() {
        if (outcome == null) {
            outcome = circuit.run(engine, seed);
        }
        return outcome;
    }

    /** The indexed graph: vertex ids of {@link #estimate()} map back through {@link IndexedGraph#vertex}. */
    public IndexedGraph<V, E> indexedGraph() {
        return graph;
    }
}
