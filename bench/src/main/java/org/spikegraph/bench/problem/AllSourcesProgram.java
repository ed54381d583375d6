package org.spikegraph.bench.problem;

import java.util.function.Function;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.allpairs.SourceOrder;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.CircuitRunner;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.circuit.RunTotals;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.LaneEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The distances from every vertex as a host loop: round s runs the one delay-coded wavefront network
 * of {@link ShortestPathCompiler} (the same object every round, so a chip legalizes and places it
 * once) with a spike forced into vertex s at step 0, and folds the decoded distance row into the
 * answer's rows. So every runner sees n separate runs: {@code --engine event} or {@code reference}
 * runs them one source at a time, and the hardware projector costs them as n runs one after another
 * (a chip does not get the CPU's 64 lanes per word for free).
 *
 * <p>The lane engine is an optimisation of the CPU side only: {@link #execute(Engine, long)} on an
 * {@link EventEngine} (what {@code compare} and Java callers use) runs the same n runs as lanes of the
 * {@link LaneEngine}, 64 sources per word on {@code threads} threads. Each lane's run is bit for bit
 * the event engine's run of that source (the lane engine's contract), so the rows, and the activity
 * summed over the n runs, are the same; only the wall time differs.
 *
 * @param <A> the answer the rows fold into
 */
public final class AllSourcesProgram<A> implements HostLoop<AllSourcesProgram.State, A> {

    /** Distance of an unreachable vertex in a row. */
    public static final long UNREACHED = ShortestPaths.UNREACHED;

    /**
     * Where the rows go: one per source, each source once; {@link #add} may be called from several
     * threads at once (for different sources), so it may write only the source's own slots.
     *
     * @param <A> the answer
     */
    public interface Rows<A> {
        /** {@code distances[v]} = d(source, v), {@link #UNREACHED} where none; the array is the callee's. */
        void add(int source, long[] distances);

        /** The answer once every source's row was added. */
        A finish();

        /**
         * Whether {@link #add} must see the sources in order, one call at a time (rows streamed into a
         * file: the output does not depend on the thread count); false by default (the fold is
         * order-free and thread-safe).
         */
        default boolean inOrder() {
            return false;
        }

        /**
         * Whether the fold needs of each source only how many vertices lie at each distance
         * ({@link #addCounts}), not which: then, where every step of the wavefront is one unit of
         * distance, the lane engine records each lane's first-spike histogram instead of n first-spike
         * times; false by default.
         */
        default boolean takesCounts() {
            return false;
        }

        /**
         * Instead of {@link #add} when {@link #takesCounts}: {@code atDistance[d]} vertices at distance d
         * from {@code source} (the source itself at 0), unreached vertices not counted; the array is the
         * caller's.
         */
        default void addCounts(int source, long[] atDistance) {
            throw new UnsupportedOperationException(getClass().getName() + " folds rows, not counts");
        }
    }

    /**
     * The host's state: the rows so far (of the program that started it) and the next source.
     */
    public static final class State {
        private final Rows<?> rows;
        private int next;

        State(Rows<?> rows) {
            this.rows = rows;
        }
    }

    private final String problem;
    private final CsrGraph graph;
    private final DelayEncoding encoding;
    private final Network network;
    private final StopCondition stop;
    private final java.util.function.Supplier<Rows<A>> rows;
    private final int threads;
    private final int[] sources;

    private AllSourcesProgram(String problem, CsrGraph graph, DelayEncoding encoding, Network network, StopCondition stop,
                              java.util.function.Supplier<Rows<A>> rows, int threads, int[] sources) {
        this.problem = problem;
        this.graph = graph;
        this.encoding = encoding;
        this.network = network;
        this.stop = stop;
        this.rows = rows;
        this.threads = threads;
        this.sources = sources;
    }

    /**
     * The program of {@code graph}'s distances under {@code encoding} (exact), folded by fresh
     * {@code rows} each execution; the lane engine, when used, runs on {@code threads} threads.
     *
     * @throws IllegalArgumentException for an inexact encoding or threads &lt; 1
     */
    public static <A> AllSourcesProgram<A> of(String problem, CsrGraph graph, DelayEncoding encoding,
                                              java.util.function.Supplier<Rows<A>> rows, int threads) {
        if (!encoding.exact()) {
            throw new IllegalArgumentException("all-pairs distances need an exact delay encoding, got " + encoding);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        ShortestPathCompiler compiler = new ShortestPathCompiler(graph, encoding, PathReadout.HOST);
        int[] all = new int[graph.vertexCount()];
        java.util.Arrays.setAll(all, v -> v);
        return new AllSourcesProgram<>(problem, graph, encoding, compiler.network(),
                StopCondition.afterSteps(compiler.stepBound()).orQuiescent(), rows, threads, all);
    }

    /**
     * The same program run from {@code count} sources only, evenly spread over the vertex indices
     * ({@link #sample}): a timed sample of the sources, whose rows are the answer's.
     *
     * @throws IllegalArgumentException unless 1 &le; count &le; n
     */
    public AllSourcesProgram<A> sampleSources(int count) {
        return new AllSourcesProgram<>(problem, graph, encoding, network, stop, rows, threads,
                sample(graph.vertexCount(), count));
    }

    /**
     * {@code count} of the vertex indices 0..n-1, evenly spread: index floor(i n / count) for i &lt; count
     * (every vertex when count = n), ascending.
     *
     * @throws IllegalArgumentException unless 1 &le; count &le; n
     */
    public static int[] sample(int n, int count) {
        if (count < 1 || count > n) {
            throw new IllegalArgumentException("the sources must number 1.." + n + ", got " + count);
        }
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = (int) ((long) i * n / count);
        }
        return out;
    }

    /** The number of sources, one run each. */
    public int sourceCount() {
        return sources.length;
    }

    /** The threads the lane engine runs on (when it is used). */
    public int threads() {
        return threads;
    }

    /** Whether {@link #execute(Engine, long)} runs the sources as lanes of the lane engine on {@code engine}. */
    public static boolean runsInLanes(Engine engine) {
        return engine instanceof EventEngine;
    }

    /** The wavefront network every round runs (vertex v is neuron v). */
    public Network network() {
        return network;
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public State start() {
        return new State(rows.get());
    }

    @Override
    public Round<State, ?> next(State state) {
        if (state.next >= sources.length) {
            return null;
        }
        int source = sources[state.next];
        Circuit<long[]> circuit = new Circuit<>(problem, network, Stimulus.spikes(0, source), stop,
                Recording.firstSpikeTimes(), run -> row(source, run));
        return new Round<>(circuit, (s, d) -> {
            s.rows.add(source, d);
            s.next++;
            return s;
        });
    }

    @Override
    @SuppressWarnings("unchecked") // the state's rows come from this program's start()
    public A finish(State state) {
        return (A) state.rows.finish();
    }

    /** The distances of one source's run; refuses a run cut short. */
    private long[] row(int source, Run run) {
        checkComplete(source, run);
        long[] spikes = run.firstSpikes();
        long[] d = new long[spikes.length];
        for (int v = 0; v < d.length; v++) {
            d[v] = spikes[v] == Run.NEVER ? UNREACHED : encoding.distance(spikes[v]);
        }
        return d;
    }

    /** Refuses a run cut short by the step limit. */
    private void checkComplete(int source, Run run) {
        if (run.stopReason() == StopReason.STEP_LIMIT) {
            throw new IncompleteRunException("the wavefront from vertex " + graph.name(source) + " was still moving after "
                    + run.stepsSpanned() + " steps");
        }
    }

    /**
     * On an {@link EventEngine}: the n runs as lanes of the {@link LaneEngine} (the same runs, bit for
     * bit); on any other engine, one run per source. A fold that {@linkplain Rows#takesCounts takes counts}
     * gets each lane's first-spike histogram where a step is a unit of distance (unit delays, hop counts or
     * weights all 1), and rows otherwise.
     */
    @Override
    public Execution<A> execute(Engine engine, long seed) {
        if (!(engine instanceof EventEngine)) {
            return execute(CircuitRunner.on(engine, seed));
        }
        long t0 = System.nanoTime();
        Rows<A> out = rows.get();
        RunTotals[] totals = {RunTotals.NONE};
        Run[] firstLast = new Run[2];
        int count = sources.length;
        boolean inOrder = out.inOrder();
        boolean counts = out.takesCounts() && LaneDistances.stepsAreDistances(network, encoding);
        Recording recording = counts ? Recording.firstSpikeHistogramOnly() : Recording.firstSpikeTimes();
        int[] delivered = {0}; // lanes handed to an in-order fold so far
        // a fold that needs no order takes the sources in batches of breadth-first neighbours (speed only)
        int[] sources = inOrder && !counts ? this.sources : SourceOrder.arrange(this.sources, SourceOrder.breadthFirst(graph));
        new LaneEngine(threads).forEachBatch(network, count, k -> Stimulus.spikes(0, sources[k]), stop, recording, seed,
                (first, runs) -> {
                    RunTotals batch = RunTotals.NONE;
                    long[][] decoded = new long[runs.length][];
                    for (int k = 0; k < runs.length; k++) {
                        int source = sources[first + k];
                        if (counts) {
                            checkComplete(source, runs[k]);
                            out.addCounts(source, runs[k].firstSpikeHistogram());
                        } else {
                            decoded[k] = row(source, runs[k]);
                        }
                        batch = batch.plus(network, runs[k], 0);
                    }
                    if (counts) {
                        // folded above: the counts need no order
                    } else if (inOrder) {
                        // batches start in order on a FIFO pool, so the one awaited is running: no deadlock,
                        // and at most one batch per thread waits here
                        synchronized (delivered) {
                            while (delivered[0] != first) {
                                try {
                                    delivered.wait();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new IllegalStateException("interrupted while writing rows in order", e);
                                }
                            }
                            for (int k = 0; k < runs.length; k++) {
                                out.add(sources[first + k], decoded[k]);
                            }
                            delivered[0] += runs.length;
                            delivered.notifyAll();
                        }
                    } else {
                        for (int k = 0; k < runs.length; k++) {
                            out.add(sources[first + k], decoded[k]);
                        }
                    }
                    synchronized (totals) {
                        totals[0] = sum(totals[0], batch);
                        if (first == 0) {
                            firstLast[0] = runs[0];
                        }
                        if (first + runs.length == count) {
                            firstLast[1] = runs[runs.length - 1];
                        }
                    }
                });
        long t1 = System.nanoTime();
        A answer = out.finish();
        long t2 = System.nanoTime();
        RunTotals t = totals[0];
        RunTotals timed = new RunTotals(t.runs(), t.maxNeurons(), t.maxSynapses(), t.stepsSpanned(), t.activeSteps(),
                t.spikes(), t.synapticEvents(), t.neuronUpdates(), t1 - t0);
        return new Execution<>(answer, timed, t2 - t1, firstLast[0], firstLast[1]);
    }

    private static RunTotals sum(RunTotals a, RunTotals b) {
        return new RunTotals(a.runs() + b.runs(), Math.max(a.maxNeurons(), b.maxNeurons()),
                Math.max(a.maxSynapses(), b.maxSynapses()), a.stepsSpanned() + b.stepsSpanned(),
                a.activeSteps() + b.activeSteps(), a.spikes() + b.spikes(), a.synapticEvents() + b.synapticEvents(),
                a.neuronUpdates() + b.neuronUpdates(), a.simulateNanos() + b.simulateNanos());
    }

    @Override
    public AllSourcesProgram<A> limitSteps(long maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("the step limit must be >= 1, got " + maxSteps);
        }
        return new AllSourcesProgram<>(problem, graph, encoding, network,
                new StopCondition(maxSteps, stop.quiescence(), stop.watched(), stop.allWatched()), rows, threads, sources);
    }

    @Override
    public <B> AllSourcesProgram<B> map(Function<? super A, ? extends B> f) {
        java.util.function.Supplier<Rows<A>> base = rows;
        return new AllSourcesProgram<>(problem, graph, encoding, network, stop, () -> {
            Rows<A> r = base.get();
            return new Rows<B>() {
                @Override
                public void add(int source, long[] distances) {
                    r.add(source, distances);
                }

                @Override
                public B finish() {
                    return f.apply(r.finish());
                }

                @Override
                public boolean inOrder() {
                    return r.inOrder();
                }

                @Override
                public boolean takesCounts() {
                    return r.takesCounts();
                }

                @Override
                public void addCounts(int source, long[] atDistance) {
                    r.addCounts(source, atDistance);
                }
            };
        }, threads, sources);
    }
}
