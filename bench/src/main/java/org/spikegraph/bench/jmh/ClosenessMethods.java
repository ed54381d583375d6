package org.spikegraph.bench.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.conventional.PrimitiveAllSourcesDijkstra;
import org.spikegraph.algorithms.conventional.PrimitiveMsBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Hop closeness of every vertex of one graph, five ways (and two before/after variants), each returning the sum of the n closeness
 * scores (equal doubles when the scores are equal, checked by the callers), and all but JGraphT the
 * sums of farness and harmonic centrality too ({@link #check}: on a disconnected graph every
 * closeness is 0, JGraphT's definition): the lane engine
 * ({@link LaneDistances#hops}), the event engine one source at a time, JGraphT's
 * {@link ClosenessCentrality}, the primitive multi-source BFS and the primitive all-sources Dijkstra;
 * and, for before/after figures, the lanes and the MS-BFS folding a distance row per source.
 * The network, the JGraphT graph and the pool are built once, outside every timing.
 */
final class ClosenessMethods implements AutoCloseable {

    /** The method names, in the order of {@link #run}. */
    static final String[] NAMES = {"lanes", "event", "jgrapht", "msBfs", "dijkstra", "lanesRows", "msBfsRows"};

    final CsrGraph csr;
    /**
     * Of the last method run but JGraphT: the sum of farness plus the sum of harmonic centrality
     * over all vertices, a check that sees every distance.
     */
    double check;
    final int threads;
    private final LaneDistances lanes;
    private final Network network;
    private final StopCondition stop;
    private final Graph<Integer, DefaultWeightedEdge> jgrapht;
    private final ExecutorService pool;

    ClosenessMethods(Path file, int threads) {
        csr = GraphLoader.load(file).graph().unweighted();
        this.threads = threads;
        lanes = LaneDistances.hops(csr, threads);
        network = lanes.network();
        stop = StopCondition.afterSteps(Long.MAX_VALUE).orQuiescent();
        jgrapht = JGraphTGraphs.of(csr);
        pool = Executors.newFixedThreadPool(threads);
    }

    /** Method {@code i} of {@link #NAMES}. */
    double run(int i) {
        return switch (i) {
            case 0 -> lanes();
            case 1 -> event();
            case 2 -> jgrapht();
            case 3 -> msBfs();
            case 4 -> dijkstra();
            case 5 -> lanesRows();
            case 6 -> msBfsRows();
            default -> throw new IllegalArgumentException("no method " + i);
        };
    }

    double lanes() {
        return sum(lanes.summary());
    }

    /** One event-engine run per source, the sources split into {@code threads} contiguous shares. */
    double event() {
        int n = csr.vertexCount();
        DistanceSummary.Accumulator acc = new DistanceSummary.Accumulator(n);
        EventEngine engine = new EventEngine();
        if (threads == 1) { // on the calling thread, so that its CPU time is the method's
            for (int s = 0; s < n; s++) {
                acc.add(s, engine.run(network, Stimulus.spikes(0, s), stop, Recording.firstSpikeTimes(), 0).firstSpikes());
            }
            return sum(acc.finish());
        }
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) n * t / threads);
            int to = (int) ((long) n * (t + 1) / threads);
            parts.add(pool.submit(() -> {
                for (int s = from; s < to; s++) {
                    Run run = engine.run(network, Stimulus.spikes(0, s), stop, Recording.firstSpikeTimes(), 0);
                    acc.add(s, run.firstSpikes()); // hop counts: first-spike step = distance, NEVER = -1 = unreached
                }
            }));
        }
        try {
            for (Future<?> p : parts) {
                p.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return sum(acc.finish());
    }

    /** JGraphT's closeness (single-threaded: it has no parallel version). */
    double jgrapht() {
        Map<Integer, Double> scores = new ClosenessCentrality<>(jgrapht).getScores();
        double sum = 0;
        for (int v = 0; v < csr.vertexCount(); v++) {
            sum += scores.get(v);
        }
        return sum;
    }

    /** The lanes as before the first-spike histogram: a first-spike row per source, folded. */
    double lanesRows() {
        DistanceSummary.Accumulator acc = new DistanceSummary.Accumulator(csr.vertexCount());
        lanes.forEachSource(acc::add);
        return sum(acc.finish());
    }

    /** The primitive MS-BFS as before its per-level counts: a row of hop counts per source, folded. */
    double msBfsRows() {
        DistanceSummary.Accumulator acc = new DistanceSummary.Accumulator(csr.vertexCount());
        PrimitiveMsBfs.forEachSource(csr, threads, acc::add);
        return sum(acc.finish());
    }

    double msBfs() {
        return sum(PrimitiveMsBfs.summary(csr, threads));
    }

    double dijkstra() {
        return sum(PrimitiveAllSourcesDijkstra.summary(csr, threads));
    }

    private double sum(DistanceSummary s) {
        double sum = 0;
        double all = 0;
        for (int v = 0; v < s.vertexCount(); v++) {
            sum += s.closeness(v);
            all += s.farness()[v] + s.harmonic(v);
        }
        check = all;
        return sum;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
