package org.spikegraph.substrate.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The lane engine: up to 64 runs of one network, each with its own stimulus, in the 64 bits of a
 * {@code long} (multi-source BFS, Then et al., VLDB 2015, applied to a delay-coded spiking network),
 * and batches of 64 lanes spread over a fixed pool of threads. Every lane reports exactly the
 * {@link Run} the {@link EventEngine} (and so the {@link ReferenceEngine}) reports for that lane's
 * stimulus alone: stop reason, steps spanned, first spikes, spike counts, final potentials and
 * {@link ActivityStats}, bit for bit.
 *
 * <h2>Accepted networks: one bit of state per neuron and lane</h2>
 * A neuron's type must be deterministic OR-gate arithmetic: {@code fireChance} {@link NeuronType#ALWAYS},
 * bias 0, hard reset to 0, and refractory period 0 (an <em>OR neuron</em>: it spikes in every step in
 * which it receives input of at least &theta;) or {@link NeuronType#FIRE_ONCE} (a <em>latch</em>: it
 * spikes the first such step, never again; the delay-coded wavefront of shortest paths is a network
 * of latches with &theta; = 1). Any leak and width are accepted: the potential is 0 at the start of
 * every step and every leak keeps 0. Every synapse into a neuron must weigh 0 or at least its &theta;,
 * and every stimulus current that is not a forced spike must be 0 or at least &theta;. Then a step's
 * exact input sum is below &theta; only when it is 0, so the neuron spikes exactly when some input of
 * at least &theta; arrives (or a spike is forced) and it is not latched, and its potential is 0 again
 * after the step: one bit per lane (latched or not) is the whole state. Any other type, weight or
 * current is refused before the run with a message naming it and the neuron.
 *
 * <h2>Per-lane semantics</h2>
 * <ul>
 *   <li>Lanes are independent: lane k runs the network with {@code stimuli[k]} and the shared stop
 *       condition; a lane that stops stops receiving, spiking and counting while the others go on.</li>
 *   <li>Steps: a step is executed when any running lane has a delivery or a stimulus entry at it (or
 *       it is step 0); for a lane, an executed step in which it has no input is the step the event
 *       engine skips, and counts nowhere.</li>
 *   <li>{@link ActivityStats}: the figures the event engine reports for the lane alone: a step is active
 *       for the lane when one of its neurons receives input (a delivery or a stimulus entry, also
 *       when latched or the input is 0); a synaptic event counts at its arrival step; neither OR
 *       neurons nor latches are ever live. The per-lane sums are kept in bit-sliced counters (a
 *       carry-save add of a lane mask, flushed every 15 adds), so counting costs a few word
 *       operations per neuron and step, not one per lane.</li>
 *   <li>Stop: after each executed step, for each running lane, {@link StopReason#SPIKED} (its
 *       watched neurons, any or all), then {@link StopReason#QUIESCENT} (no event of the lane is in
 *       flight: the lane's latest scheduled arrival, from its spikes' rows' largest delays, is not
 *       after t, and its last stimulus entry is not after t), then {@link StopReason#STEP_LIMIT}.</li>
 *   <li>Final potentials are 0 for every neuron (one shared array per batch: do not modify).</li>
 *   <li>Randomness: the accepted types draw nothing, so the seed changes nothing; it is taken for the
 *       {@link org.spikegraph.substrate.run.Engine} contract.</li>
 *   <li>Threads: lanes are cut into batches of 64 in order (lanes 0..63, 64..127, ...), whatever the
 *       thread count; a call on N threads runs the calling thread and N - 1 shared daemon helpers,
 *       each taking the next batch until none is left: results do not depend on the thread count
 *       or on scheduling.</li>
 * </ul>
 * Recordings: first spikes, spike counts, the first-spike histogram ({@link Run#firstSpikeHistogram}:
 * per step, a bit-sliced count of the lanes' fresh spikes read out per lane once per step, so a lane
 * writes no first-spike time) and totals. A raster, a sink or a series is refused (run
 * that lane on the event engine).
 *
 * <h2>How a batch executes ({@link Strategy})</h2>
 * <ul>
 *   <li>Every synapse of delay 1 (hop wavefronts): multi-source BFS (Then et al.) on the network. A
 *       spike ORs its lanes straight into the next step's input mask of each target (visitNext),
 *       with no calendar entry; the next step walks the marked neurons a word of a two-level bit set
 *       at a time, or every neuron once a step's deliveries pass n/4 events (on a network of latches
 *       alone whose every synapse reaches &theta;, without a stimulus entry at the step, in a straight
 *       loop over the neurons, no marks). A latch's spikes and
 *       row events are counted once at the end from its spiked lanes; an OR neuron's events per
 *       spike. Measured on hop closeness of CA-GrQc and Wiki-Vote: about 1.4-2.0&times; the thread CPU
 *       time of a primitive multi-source BFS over the CSR (four words of sources per vertex), which
 *       records nothing but distances.</li>
 *   <li>Any other delays: with {@link Strategy#AUTO}, each lane alone on the {@link EventEngine}
 *       (the batches still spread over the threads). Weighted wavefronts from different sources
 *       almost never meet at a neuron in the same step, so a lane-calendar entry carries one lane
 *       and gains nothing over the event engine's own event: on rome99 (weighted, 64 sources) the
 *       lane calendar takes 1.0-1.1&times; the event engine's thread CPU time. {@link Strategy#WORDS}
 *       forces the lane calendar (a ring of slots of (target, lane mask) and a heap for far
 *       deliveries).</li>
 * </ul>
 *
 * <p>State per batch (words), kept per thread and reused batch after batch on the unit-delay path: per neuron the lanes spiked so far, and this and the next step's
 * input (and fire, when some synapse weighs 0) masks, 24-40 bytes; per lane and neuron what the
 * recording asks for (8 bytes of first spike, 4 of count); the lane calendar grows with the events
 * in flight (12 bytes each near, 20 far). Nothing is shared between batches but the read-only
 * network, so threads do not wait on each other.
 */
public final class LaneEngine {

    /** Lanes in a batch: the bits of a {@code long}. */
    public static final int LANES = 64;

    /**
     * How a batch executes its lanes. Every strategy reports the same runs, bit for bit (the class
     * contract); they differ in speed only.
     */
    public enum Strategy {
        /**
         * {@link #WORDS} for a network whose every synapse has delay 1 (hop wavefronts, where lanes
         * meet at the same neurons in the same steps), {@link #EVENT_PER_LANE} for any other: weighted
         * wavefronts from different sources almost never meet, so a word carries one lane and the
         * calendar's per-event lane masks cost more than they share.
         */
        AUTO,
        /** 64 lanes per word: the dense next-step path for unit delays, the lane calendar otherwise. */
        WORDS,
        /** Each lane alone on the {@link EventEngine}; the batches still spread over the threads. */
        EVENT_PER_LANE
    }

    /**
     * Helper threads shared by every lane engine: daemons, started on demand and kept while calls come
     * (a cached pool), so a call does not pay for starting threads. A call of N threads runs N - 1
     * tasks here and one on the calling thread.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread th = new Thread(r, "lane-engine-" + count.incrementAndGet());
            th.setDaemon(true);
            return th;
        }
    });

    private final int threads;
    private final Strategy strategy;
    /** The last network's prepared form (see {@link #prepare}). */
    private volatile Prepared lastPrepared;

    /** A lane engine on as many threads as the machine has cores. */
    public LaneEngine() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A lane engine whose batches run on a fixed pool of {@code threads} threads (&ge; 1), {@link Strategy#AUTO}. */
    public LaneEngine(int threads) {
        this(threads, Strategy.AUTO);
    }

    /** A lane engine on {@code threads} threads (&ge; 1) whose batches execute by {@code strategy}. */
    public LaneEngine(int threads, Strategy strategy) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.strategy = java.util.Objects.requireNonNull(strategy, "strategy");
    }

    /** How batches execute. */
    public Strategy strategy() {
        return strategy;
    }

    /** The number of threads batches run on. */
    public int threads() {
        return threads;
    }

    /** Receives the runs of one batch: lanes {@code first .. first + runs.length - 1}. */
    @FunctionalInterface
    public interface BatchConsumer {
        /** Called on a pool thread, possibly concurrently with other batches: must be thread-safe. */
        void accept(int first, Run[] runs);
    }

    /**
     * Refuses a network the lane engine cannot run (see the class comment), naming the type, the
     * neuron or the synapse and what to change.
     */
    public static void checkNetwork(Network network) {
        new Prepared(network);
    }

    /**
     * Runs one lane per stimulus, any number of them, in batches of {@link #LANES} on the pool.
     *
     * @return the run of lane k at index k
     */
    public Run[] run(Network network, Stimulus[] stimuli, StopCondition stop, Recording recording, long seed) {
        Run[] out = new Run[stimuli.length];
        Stimulus[] copy = stimuli.clone();
        forEachBatch(network, copy.length, k -> copy[k], stop, recording, seed,
                (first, runs) -> System.arraycopy(runs, 0, out, first, runs.length));
        return out;
    }

    /**
     * Runs {@code lanes} lanes, lane k with {@code stimulusOf.apply(k)}, in batches of {@link #LANES}
     * on the pool, and hands each batch's runs to {@code consumer} as it completes (in no fixed
     * order): for outputs too large to keep, such as all-pairs distances.
     */
    public void forEachBatch(Network network, int lanes, IntFunction<Stimulus> stimulusOf, StopCondition stop,
                             Recording recording, long seed, BatchConsumer consumer) {
        if (lanes < 0) {
            throw new IllegalArgumentException("lanes must be >= 0, got " + lanes);
        }
        checkRecording(recording);
        stop.checkNeurons(network.neuronCount());
        Prepared prepared = prepare(network);
        int batches = (lanes + LANES - 1) / LANES;
        if (batches == 0) {
            return;
        }
        AtomicInteger nextBatch = new AtomicInteger();
        Runnable worker = () -> {
            // take the next batch until none is left, with this thread's own reusable batch state
            Scratch scratch = new Scratch();
            for (int b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
                try {
                    runBatch(prepared, b, lanes, stimulusOf, stop, recording, seed, strategy, consumer, scratch);
                } catch (RuntimeException | Error e) {
                    nextBatch.set(batches); // the others stop taking batches
                    throw e;
                }
            }
        };
        int helpers = Math.min(threads, batches) - 1;
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int w = 0; w < helpers; w++) {
            futures.add(WORKERS.submit(worker));
        }
        Throwable failure = null;
        try {
            worker.run(); // the calling thread is one of the workers
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean interrupted = false;
        for (Future<?> f : futures) { // every helper has finished before this returns or throws
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    nextBatch.set(batches);
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            if (failure == null) {
                failure = new IllegalStateException("interrupted while running lanes");
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /**
     * The prepared form of {@code network}, kept for the next call with the same network (networks
     * are immutable), so that repeated calls pay the O(n + m) preparation once.
     */
    private Prepared prepare(Network network) {
        Prepared p = lastPrepared;
        if (p == null || p.network != network) {
            p = new Prepared(network);
            lastPrepared = p;
        }
        return p;
    }

    /** Runs at most {@link #LANES} lanes on the calling thread: lane k with {@code perLane[k]}. */
    public static Run[] runLanes(Network network, Stimulus[] perLane, StopCondition stop, Recording recording,
                                 long seed) {
        if (perLane.length > LANES) {
            throw new IllegalArgumentException("at most " + LANES + " lanes run in one word, got " + perLane.length
                    + ": use run(...) for batches");
        }
        checkRecording(recording);
        stop.checkNeurons(network.neuronCount());
        return execute(new Prepared(network), perLane, stop, recording, seed, Strategy.AUTO, new Scratch());
    }

    private static void runBatch(Prepared prepared, int batch, int lanes, IntFunction<Stimulus> stimulusOf,
                                 StopCondition stop, Recording recording, long seed, Strategy strategy,
                                 BatchConsumer consumer, Scratch scratch) {
        int first = batch * LANES;
        Stimulus[] perLane = new Stimulus[Math.min(LANES, lanes - first)];
        for (int k = 0; k < perLane.length; k++) {
            perLane[k] = stimulusOf.apply(first + k);
        }
        consumer.accept(first, execute(prepared, perLane, stop, recording, seed, strategy, scratch));
    }

    /** One batch of at most 64 lanes, by {@code strategy}. */
    private static Run[] execute(Prepared net, Stimulus[] perLane, StopCondition stop, Recording recording, long seed,
                                 Strategy strategy, Scratch scratch) {
        checkStimuli(net, perLane);
        if (strategy == Strategy.EVENT_PER_LANE || (strategy == Strategy.AUTO && !net.unitDelay)) {
            EventEngine event = new EventEngine();
            Run[] runs = new Run[perLane.length];
            boolean histogram = recording.firstSpikeHistogram();
            Recording asked = histogram ? recording.withFirstSpikes() : recording;
            for (int k = 0; k < runs.length; k++) {
                Run r = event.run(net.network, perLane[k], stop, asked, seed);
                runs[k] = !histogram ? r : new Run(r.stopReason(), r.activity(), r.finalPotentials(),
                        recording.firstSpikes() ? r.firstSpikes() : null, r.hasSpikeCounts() ? r.spikeCounts() : null,
                        null, Run.histogramOf(r.firstSpikes()));
            }
            return runs;
        }
        LaneBatch batch = net.unitDelay ? new UnitBatch(net, perLane, stop, recording, scratch)
                : new CalendarBatch(net, perLane, stop, recording);
        return batch.execute();
    }

    /** Refuses a stimulus current the lanes cannot hold in one bit (whatever the strategy, so that all refuse alike). */
    private static void checkStimuli(Prepared net, Stimulus[] perLane) {
        for (int k = 0; k < perLane.length; k++) {
            Stimulus s = perLane[k];
            s.checkNeurons(net.n);
            for (int q = 0; q < s.size(); q++) {
                int i = s.neuron(q);
                long current = s.current(q);
                if (!s.forced(q) && current != 0 && current < net.threshold[i]) {
                    throw new IllegalArgumentException("the lane engine cannot take lane " + k + "'s current "
                            + current + " into neuron " + i + " at step " + s.step(q) + ": a current must be 0 or"
                            + " at least the neuron's threshold " + net.threshold[i] + " (or come with a forced spike)");
                }
            }
        }
    }

    private static void checkRecording(Recording recording) {
        if (recording.raster() || recording.sink() != null || recording.series()) {
            throw new IllegalArgumentException("the lane engine records first spikes, spike counts and activity totals,"
                    + " not a raster, a sink or a series: run that lane on the event engine for those");
        }
    }

    /**
     * One thread's batch state, reused batch after batch (zeroed at the start of each, as a new
     * array would be), so that a run of many batches allocates no per-neuron arrays per batch.
     * Never shared between threads: runs do not depend on it.
     */
    static final class Scratch {
        long[] ever;
        long[] in;
        long[] nextIn;
        long[] fire;
        long[] nextFire;
        long[] bits;
        long[] nextBits;
        long[] summary;
        long[] nextSummary;
        long[] stimIn;
        long[] stimFire;

        /** {@code a} cleared when it has {@code length} words, else a new array. */
        static long[] zeroed(long[] a, int length) {
            if (a == null || a.length != length) {
                return new long[length];
            }
            Arrays.fill(a, 0L);
            return a;
        }
    }

    /** The network as the lanes read it, checked and shared (read-only) by every batch. */
    static final class Prepared {
        final int n;
        final int[] rowStart;
        /** Per synapse: its target, with the sign bit set when its weight reaches the target's &theta;. */
        final int[] targetWord;
        final int[] delay;
        /** Per neuron: the largest delay of its row, 0 for an empty row. */
        final int[] rowMaxDelay;
        final int[] threshold;
        /** Per neuron, a bit: a latch (fire-once); the others are OR neurons. */
        final long[] latch;
        /** The latches, in id order. */
        final int[] latches;
        /** Per bit b of an out-degree: the latches whose out-degree has bit b set, in id order. */
        final int[][] latchesByDegreeBit;
        final int maxDelay;
        /** Every synapse has delay 1: the batches take the dense next-step path ({@link UnitBatch}). */
        final boolean unitDelay;
        /** No synapse weighs 0: every input fires, and no fire mask is kept apart from the input mask. */
        final boolean allFire;
        /** Every neuron is a latch and {@link #allFire}: a neuron spikes in the lanes of its input it has not spiked in. */
        final boolean latchesOnly;
        final Network network;

        Prepared(Network network) {
            this.network = network;
            n = network.neuronCount();
            List<NeuronType> types = network.types();
            for (int t = 0; t < types.size(); t++) {
                String why = refusal(types.get(t));
                if (why != null) {
                    int neuron = firstOfType(network, t);
                    if (neuron >= 0) {
                        throw new IllegalArgumentException("the lane engine cannot run neuron " + neuron + " of type " + t
                                + " (" + types.get(t) + "): " + why);
                    }
                }
            }
            threshold = new int[n];
            latch = new long[FixedBitSet.wordsFor(n)];
            for (int i = 0; i < n; i++) {
                NeuronType type = network.type(i);
                threshold[i] = type.threshold();
                if (type.firesOnce()) {
                    latch[i >>> 6] |= 1L << i;
                }
            }
            rowStart = network.rowStartArray();
            int m = network.synapseCount();
            targetWord = new int[m];
            delay = network.delays();
            rowMaxDelay = new int[n];
            boolean unit = true;
            boolean fires = true;
            for (int s = 0; s < n; s++) {
                int max = 0;
                for (int j = rowStart[s]; j < rowStart[s + 1]; j++) {
                    int target = network.target(j);
                    int w = network.weight(j);
                    if (w != 0 && w < threshold[target]) {
                        throw new IllegalArgumentException("the lane engine cannot run synapse " + j + " (" + s + " -> "
                                + target + ", weight " + w + "): a synapse must weigh 0 or at least its target's threshold "
                                + threshold[target] + ", so that any input fires (OR neurons and latches)");
                    }
                    targetWord[j] = w == 0 ? target : target | Integer.MIN_VALUE;
                    max = Math.max(max, delay[j]);
                    unit &= delay[j] == 1;
                    fires &= w != 0;
                }
                rowMaxDelay[s] = max;
            }
            int[] latchList = new int[n];
            int latchCount = 0;
            int[] perBit = new int[31];
            for (int i = 0; i < n; i++) {
                if ((latch[i >>> 6] & (1L << i)) != 0) {
                    latchList[latchCount++] = i;
                    for (int d = rowStart[i + 1] - rowStart[i]; d != 0; d &= d - 1) {
                        perBit[Integer.numberOfTrailingZeros(d)]++;
                    }
                }
            }
            latches = Arrays.copyOf(latchList, latchCount);
            latchesByDegreeBit = new int[31][];
            for (int b = 0; b < 31; b++) {
                latchesByDegreeBit[b] = new int[perBit[b]];
                perBit[b] = 0;
            }
            for (int i : latches) {
                for (int d = rowStart[i + 1] - rowStart[i]; d != 0; d &= d - 1) {
                    int b = Integer.numberOfTrailingZeros(d);
                    latchesByDegreeBit[b][perBit[b]++] = i;
                }
            }
            maxDelay = network.maxDelay();
            unitDelay = unit;
            allFire = fires;
            latchesOnly = fires && allLatches(latch, n);
        }

        private static boolean allLatches(long[] latch, int n) {
            for (int w = 0; w < latch.length; w++) {
                long full = w == latch.length - 1 && (n & 63) != 0 ? (1L << n) - 1 : -1L;
                if (latch[w] != full) {
                    return false;
                }
            }
            return true;
        }

        /** Why the lane engine refuses a type, or null when it accepts it. */
        static String refusal(NeuronType type) {
            if (type.stochastic()) {
                return "its firing is a random draw (fireChance " + type.fireChance() + "); the lane engine needs "
                        + "fireChance ALWAYS";
            }
            if (type.bias() != 0) {
                return "it has bias " + type.bias() + "; the lane engine needs bias 0";
            }
            if (type.reset().isSoft() || type.reset().value() != 0) {
                return "its reset is " + type.reset() + "; the lane engine needs a hard reset to 0";
            }
            if (type.refractory() != 0 && !type.firesOnce()) {
                return "its refractory period is " + type.refractory() + "; the lane engine needs 0 (OR neuron) or "
                        + "FIRE_ONCE (latch)";
            }
            return null;
        }

        private static int firstOfType(Network network, int t) {
            for (int i = 0; i < network.neuronCount(); i++) {
                if (network.typeIndex(i) == t) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * What the two kinds of batch share: the lanes' stimuli sorted by step, the per-lane recordings
     * and counters, the stop bookkeeping and the runs at the end.
     */
    private abstract static class LaneBatch {
        final Prepared net;
        final int n;
        final int lanes;
        final StopCondition stop;

        /** Lanes that have spiked per neuron (for latches: latched). */
        final long[] ever;
        final LaneCounter activeSteps = new LaneCounter();
        final LaneCounter spikes = new LaneCounter();
        final LaneCounter updates = new LaneCounter();
        /** Synaptic events per lane, counted where they are cheapest (see the subclasses). */
        final LaneCounter events = new LaneCounter();
        /**
         * Latches' row events by bit of the out-degree: counter b counts, per lane, the spiked latches
         * whose out-degree has bit b set (a carry-save add per set bit, not a ripple-carry add of the
         * degree); the lane's events are the sum of count_b &times; 2^b.
         */
        final LaneCounter[] eventsByDegreeBit = new LaneCounter[31];
        final long[] eventsDirect = new long[LANES];

        /** Stimulus entries of every lane, sorted by step: step, neuron, lane and whether it fires. */
        final long[] stimStep;
        final int[] stimNeuron;
        final int[] stimLane;
        final boolean[] stimFires;
        /** Per lane: the step of its last stimulus entry, -1 for none. */
        final long[] stimLast = new long[LANES];

        final long[][] firstSpikes;
        final int[][] counts;
        /**
         * The first-spike histogram, when recorded: this step's first spikes per lane in a bit-sliced
         * counter (a carry-save add of each spike's fresh lanes), read out per lane once per step.
         */
        final LaneCounter firsts;
        long firstLanes;
        final long[][] histogram;
        final int[] histogramLength;
        final boolean[] watched;
        final int watchedCount;
        final int[] watchedSpiked = new int[LANES];
        long spikedLanes;

        long running;
        final long[] spanned = new long[LANES];
        final StopReason[] reasons = new StopReason[LANES];

        LaneBatch(Prepared net, Stimulus[] perLane, StopCondition stop, Recording recording, long[] ever) {
            this.net = net;
            n = net.n;
            lanes = perLane.length;
            this.stop = stop;
            this.ever = ever;
            running = lanes == LANES ? -1L : (1L << lanes) - 1;

            int entries = 0;
            for (int k = 0; k < lanes; k++) {
                entries += perLane[k].size();
            }
            Arrays.fill(stimLast, -1);
            long[] step = new long[entries];
            int[] neuron = new int[entries];
            int[] lane = new int[entries];
            boolean[] fires = new boolean[entries];
            int e = 0;
            for (int k = 0; k < lanes; k++) {
                Stimulus s = perLane[k];
                for (int q = 0; q < s.size(); q++) {
                    int i = s.neuron(q);
                    long current = s.current(q);
                    boolean forced = s.forced(q);
                    step[e] = s.step(q);
                    neuron[e] = i;
                    lane[e] = k;
                    fires[e] = forced || current != 0;
                    e++;
                }
                stimLast[k] = s.lastStep();
            }
            // Sort by step (a stable sort of the lanes' sorted lists).
            Integer[] order = new Integer[entries];
            for (int q = 0; q < entries; q++) {
                order[q] = q;
            }
            Arrays.sort(order, (a, b) -> Long.compare(step[a], step[b]));
            stimStep = new long[entries];
            stimNeuron = new int[entries];
            stimLane = new int[entries];
            stimFires = new boolean[entries];
            for (int q = 0; q < entries; q++) {
                int o = order[q];
                stimStep[q] = step[o];
                stimNeuron[q] = neuron[o];
                stimLane[q] = lane[o];
                stimFires[q] = fires[o];
            }

            firsts = recording.firstSpikeHistogram() ? new LaneCounter() : null;
            histogram = firsts == null ? null : new long[lanes][16];
            histogramLength = firsts == null ? null : new int[lanes];
            firstSpikes = recording.firstSpikes() ? new long[lanes][] : null;
            counts = recording.spikeCounts() ? new int[lanes][] : null;
            for (int k = 0; k < lanes; k++) {
                if (firstSpikes != null) {
                    firstSpikes[k] = new long[n];
                    Arrays.fill(firstSpikes[k], Run.NEVER);
                }
                if (counts != null) {
                    counts[k] = new int[n];
                }
            }
            int[] w = stop.watched();
            watchedCount = w.length;
            watched = watchedCount == 0 ? null : new boolean[n];
            for (int i : w) {
                watched[i] = true;
            }
        }

        abstract Run[] execute();

        final void stopLanes(long which, StopReason reason, long stepsSpanned) {
            for (long left = which; left != 0; left &= left - 1) {
                int k = Long.numberOfTrailingZeros(left);
                spanned[k] = stepsSpanned;
                reasons[k] = reason;
            }
            running &= ~which;
        }

        /**
         * Neuron i spikes at t in lanes {@code spike}, for the first time in {@code fresh}: the
         * recordings, the watch list, and the spike counter unless the caller counts them itself.
         */
        final void recordSpike(int i, long t, long spike, long fresh, boolean countSpikes) {
            if (countSpikes) {
                spikes.add(spike);
            }
            if (firsts != null && fresh != 0) {
                firsts.add(fresh);
                firstLanes |= fresh;
            }
            if (firstSpikes != null) {
                for (long left = fresh; left != 0; left &= left - 1) {
                    firstSpikes[Long.numberOfTrailingZeros(left)][i] = t;
                }
            }
            if (counts != null) {
                for (long left = spike; left != 0; left &= left - 1) {
                    counts[Long.numberOfTrailingZeros(left)][i]++;
                }
            }
            if (fresh != 0 && watched != null && watched[i]) {
                if (stop.allWatched()) {
                    for (long left = fresh; left != 0; left &= left - 1) {
                        int k = Long.numberOfTrailingZeros(left);
                        if (++watchedSpiked[k] == watchedCount) {
                            spikedLanes |= 1L << k;
                        }
                    }
                } else {
                    spikedLanes |= fresh;
                }
            }
        }

        /** Ends step t of the first-spike histogram: each lane's count of first spikes at t into its histogram. */
        final void closeHistogramStep(long t) {
            if (firstLanes == 0) {
                return;
            }
            if (t >= Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("a first spike at step " + t + " is too late for a histogram array:"
                        + " record first spikes instead");
            }
            int at = (int) t;
            firsts.flush();
            for (long left = firstLanes; left != 0; left &= left - 1) {
                int k = Long.numberOfTrailingZeros(left);
                long[] h = histogram[k];
                if (at >= h.length) {
                    h = Arrays.copyOf(h, Math.max(at + 1, h.length * 2));
                    histogram[k] = h;
                }
                h[at] = firsts.get(k);
                histogramLength[k] = at + 1;
            }
            firsts.clear();
            firstLanes = 0;
        }

        /** Lane k's events counted in {@link #eventsByDegreeBit}. */
        final long latchEvents(int k) {
            long sum = 0;
            for (int b = 0; b < eventsByDegreeBit.length; b++) {
                if (eventsByDegreeBit[b] != null) {
                    sum += eventsByDegreeBit[b].get(k) << b;
                }
            }
            return sum;
        }

        final Run[] runs() {
            Run[] out = new Run[lanes];
            int[] zeros = new int[n];
            for (int k = 0; k < lanes; k++) {
                ActivityStats stats = new ActivityStats(spanned[k], activeSteps.get(k), spikes.get(k),
                        events.get(k) + eventsDirect[k] + latchEvents(k), updates.get(k), null);
                out[k] = new Run(reasons[k], stats, zeros, firstSpikes == null ? null : firstSpikes[k],
                        counts == null ? null : counts[k], null,
                        histogram == null ? null : Arrays.copyOf(histogram[k], histogramLength[k]));
            }
            return out;
        }
    }

    /**
     * A batch on a network whose every synapse has delay 1 (hop wavefronts): multi-source BFS's
     * visit/visitNext. A spike at t ORs its lanes straight into the next step's input (and fire)
     * mask of each target and marks the target in a two-level bit set; the next step swaps the two
     * steps' arrays and walks the marked neurons a word at a time, in id order. No calendar entry
     * is made. A lane's synaptic events are counted at the spike, out-degree per lane, and added at
     * the next step only for the lanes still running then (the event engine counts them at arrival).
     */
    private static final class UnitBatch extends LaneBatch {
        private long[] in;
        private long[] fire;
        private long[] bits;
        private long[] summary;
        private long[] nextIn;
        private long[] nextFire;
        private long[] nextBits;
        private long[] nextSummary;
        /** Whether the next step has deliveries. */
        private boolean pending;
        /**
         * The next step's deliveries reach so many neurons that it walks every neuron instead of the
         * marked ones (as multi-source BFS walks every vertex per level): sends stop marking targets
         * once this step's events pass {@link #denseAt}.
         */
        private boolean nextDense;
        private long sentEvents;
        private final long denseAt;
        /** The lanes that sent events this step (arriving at the next). */
        private long sentLanes;
        /** This step's sending neurons and their spike lanes, to take back the events of lanes stopped in flight. */
        private int[] firedNeuron = new int[64];
        private long[] firedMask = new long[64];
        private int firedCount;
        /** Whether a lane may stop after this step with events in flight (watched neurons, or the step limit): only then is the fired list kept. */
        private boolean keepFired;
        /** Stimulus input of the step being executed (only read on steps with stimulus entries). */
        private final long[] stimIn;
        private final long[] stimFire;

        UnitBatch(Prepared net, Stimulus[] perLane, StopCondition stop, Recording recording, Scratch scratch) {
            super(net, perLane, stop, recording, scratch.ever = Scratch.zeroed(scratch.ever, net.n));
            int words = FixedBitSet.wordsFor(n);
            in = scratch.in = Scratch.zeroed(scratch.in, n);
            nextIn = scratch.nextIn = Scratch.zeroed(scratch.nextIn, n);
            fire = net.allFire ? null : (scratch.fire = Scratch.zeroed(scratch.fire, n));
            nextFire = net.allFire ? null : (scratch.nextFire = Scratch.zeroed(scratch.nextFire, n));
            bits = scratch.bits = Scratch.zeroed(scratch.bits, words);
            nextBits = scratch.nextBits = Scratch.zeroed(scratch.nextBits, words);
            summary = scratch.summary = Scratch.zeroed(scratch.summary, FixedBitSet.wordsFor(words));
            nextSummary = scratch.nextSummary = Scratch.zeroed(scratch.nextSummary, summary.length);
            denseAt = Math.max(16, n >>> 2);
            stimIn = stimStep.length == 0 ? null : (scratch.stimIn = Scratch.zeroed(scratch.stimIn, n));
            stimFire = stimStep.length == 0 ? null : (scratch.stimFire = Scratch.zeroed(scratch.stimFire, n));
        }

        @Override
        Run[] execute() {
            int cursor = 0;
            long t = 0;
            final long maxSteps = stop.maxSteps();
            final long lastStim = stimStep.length == 0 ? -1 : stimStep[stimStep.length - 1];
            while (running != 0) {
                boolean dense = false;
                if (pending) {
                    swap();
                    pending = false;
                    if (nextDense) {
                        dense = true;
                        nextDense = false;
                    }
                }
                // a dense step of latches alone without stimulus walks the neurons straight, unmarked
                boolean straight = dense && net.latchesOnly
                        && (cursor == stimStep.length || stimStep[cursor] != t);
                if (dense && !straight) {
                    markAll();
                }
                sentLanes = 0;
                sentEvents = 0;
                firedCount = 0;
                keepFired = watchedCount > 0 || t + 1 == maxSteps;
                boolean stimNow = false;
                while (cursor < stimStep.length && stimStep[cursor] == t) {
                    long bit = 1L << stimLane[cursor];
                    if ((running & bit) != 0) {
                        int i = stimNeuron[cursor];
                        stimIn[i] |= bit;
                        if (stimFires[cursor]) {
                            stimFire[i] |= bit;
                        }
                        bits[i >>> 6] |= 1L << i;
                        summary[i >>> 12] |= 1L << (i >>> 6);
                        stimNow = true;
                    }
                    cursor++;
                }
                if (straight) {
                    updateLatches(t);
                } else {
                    update(t, stimNow);
                }
                if (firsts != null) {
                    closeHistogramStep(t);
                }

                if (watchedCount > 0) {
                    stopInFlight(spikedLanes & running, StopReason.SPIKED, t + 1);
                }
                if (stop.quiescence()) {
                    // quiet: nothing sent this step (unit delays: nothing else in flight), no stimulus entry later
                    long quiet = running & ~sentLanes;
                    if (t < lastStim) {
                        for (long left = quiet; left != 0; left &= left - 1) {
                            int k = Long.numberOfTrailingZeros(left);
                            if (stimLast[k] > t) {
                                quiet &= ~(1L << k);
                            }
                        }
                    }
                    stopLanes(quiet, StopReason.QUIESCENT, t + 1);
                }
                if (t + 1 == maxSteps) {
                    stopInFlight(running, StopReason.STEP_LIMIT, t + 1);
                    break;
                }
                if (running == 0) {
                    break;
                }
                long next = pending ? t + 1 : Long.MAX_VALUE;
                if (cursor < stimStep.length) {
                    next = Math.min(next, stimStep[cursor]);
                }
                if (next >= maxSteps) {
                    stopLanes(running, StopReason.STEP_LIMIT, maxSteps);
                    break;
                }
                t = next;
            }
            countLatches();
            return runs();
        }

        /**
         * Stops lanes after step t, taking back the events their spikes of step t sent, which were
         * counted at sending (the event engine counts an event at its arrival, which a stopped lane
         * never reaches).
         */
        private void stopInFlight(long which, StopReason reason, long stepsSpanned) {
            long inFlight = which & sentLanes;
            for (int q = 0; q < firedCount && inFlight != 0; q++) {
                int i = firedNeuron[q];
                long degree = net.rowStart[i + 1] - net.rowStart[i];
                for (long left = firedMask[q] & inFlight; left != 0; left &= left - 1) {
                    eventsDirect[Long.numberOfTrailingZeros(left)] -= degree;
                }
            }
            stopLanes(which, reason, stepsSpanned);
        }

        /**
         * A latch spikes once per lane, in the lanes of {@link #ever}: its spikes and the events of
         * its row are counted here, once per latch, not at every step.
         */
        private void countLatches() {
            spikes.addEach(ever, net.latches);
            for (int b = 0; b < net.latchesByDegreeBit.length; b++) {
                int[] latches = net.latchesByDegreeBit[b];
                if (latches.length > 0) {
                    if (eventsByDegreeBit[b] == null) {
                        eventsByDegreeBit[b] = new LaneCounter();
                    }
                    eventsByDegreeBit[b].addEach(ever, latches);
                }
            }
        }

        /** Marks every neuron for a dense step (the walk clears the marks as it goes). */
        private void markAll() {
            Arrays.fill(bits, -1L);
            if ((n & 63) != 0) {
                bits[bits.length - 1] = (1L << n) - 1;
            }
            int words = bits.length;
            Arrays.fill(summary, -1L);
            if ((words & 63) != 0) {
                summary[summary.length - 1] = (1L << words) - 1;
            }
        }

        private void swap() {
            long[] a = in;
            in = nextIn;
            nextIn = a;
            a = fire;
            fire = nextFire;
            nextFire = a;
            a = bits;
            bits = nextBits;
            nextBits = a;
            a = summary;
            summary = nextSummary;
            nextSummary = a;
        }

        /**
         * A dense step on a network of latches whose every synapse fires ({@link Prepared#latchesOnly}),
         * without stimulus: {@link #update} on every neuron in id order, without the marks.
         */
        private void updateLatches(long t) {
            final long run = running;
            final long[] in = this.in;
            final long[] ever = this.ever;
            final LaneCounter updates = this.updates;
            long u1 = updates.ones;
            long u2 = updates.twos;
            long u4 = updates.fours;
            long u8 = updates.eights;
            int uPending = updates.pending;
            long activeLanes = 0;
            for (int i = 0, n = this.n; i < n; i++) {
                long input = in[i];
                if (input == 0) {
                    continue;
                }
                in[i] = 0;
                input &= run;
                if (input == 0) {
                    continue;
                }
                activeLanes |= input;
                long c1 = u1 & input;
                u1 ^= input;
                long c2 = u2 & c1;
                u2 ^= c1;
                long c4 = u4 & c2;
                u4 ^= c2;
                u8 ^= c4;
                if (++uPending == LaneCounter.FLUSH_EVERY) {
                    updates.flush(u1, u2, u4, u8);
                    u1 = 0;
                    u2 = 0;
                    u4 = 0;
                    u8 = 0;
                    uPending = 0;
                }
                long before = ever[i];
                long spike = input & ~before;
                if (spike == 0) {
                    continue;
                }
                ever[i] = before | spike;
                recordSpike(i, t, spike, spike, false);
                send(i, spike, true);
            }
            updates.keep(u1, u2, u4, u8, uPending);
            activeSteps.add(activeLanes);
        }

        /** Steps every marked neuron, a word of the bit set at a time, and sends the spikes' rows. */
        private void update(long t, boolean stimNow) {
            final long run = running;
            final long[] in = this.in;
            final long[] fire = this.fire;
            final long[] bits = this.bits;
            final long[] summary = this.summary;
            final long[] latch = net.latch;
            final LaneCounter updates = this.updates;
            // the updates counter's four low planes in locals (registers) for the walk
            long u1 = updates.ones;
            long u2 = updates.twos;
            long u4 = updates.fours;
            long u8 = updates.eights;
            int uPending = updates.pending;
            long activeLanes = 0;
            for (int sw = 0; sw < summary.length; sw++) {
                long sword = summary[sw];
                if (sword == 0) {
                    continue;
                }
                summary[sw] = 0;
                do {
                    int w = (sw << 6) + Long.numberOfTrailingZeros(sword);
                    sword &= sword - 1;
                    long word = bits[w];
                    bits[w] = 0;
                    long latches = latch[w];
                    while (word != 0) {
                        int i = (w << 6) + Long.numberOfTrailingZeros(word);
                        word &= word - 1;
                        long input = in[i];
                        in[i] = 0;
                        long fires;
                        if (fire == null) {
                            fires = input;
                        } else {
                            fires = fire[i];
                            fire[i] = 0;
                        }
                        if (stimNow) {
                            input |= stimIn[i];
                            fires |= stimFire[i];
                            stimIn[i] = 0;
                            stimFire[i] = 0;
                        }
                        input &= run;
                        if (input == 0) {
                            continue;
                        }
                        activeLanes |= input;
                        long c1 = u1 & input;
                        u1 ^= input;
                        long c2 = u2 & c1;
                        u2 ^= c1;
                        long c4 = u4 & c2;
                        u4 ^= c2;
                        u8 ^= c4;
                        if (++uPending == LaneCounter.FLUSH_EVERY) {
                            updates.flush(u1, u2, u4, u8);
                            u1 = 0;
                            u2 = 0;
                            u4 = 0;
                            u8 = 0;
                            uPending = 0;
                        }
                        long before = ever[i];
                        long spike = fires & run;
                        boolean isLatch = (latches & (1L << i)) != 0;
                        if (isLatch) {
                            spike &= ~before;
                        }
                        if (spike == 0) {
                            continue;
                        }
                        long fresh = spike & ~before;
                        ever[i] = before | spike;
                        recordSpike(i, t, spike, fresh, !isLatch);
                        send(i, spike, isLatch);
                    }
                } while (sword != 0);
            }
            updates.keep(u1, u2, u4, u8, uPending);
            activeSteps.add(activeLanes);
        }

        /**
         * ORs neuron i's spike lanes into its targets' next-step masks; counts the events per lane
         * of an OR neuron (a latch's are counted at the end, {@link #countLatches}).
         */
        private void send(int i, long spike, boolean isLatch) {
            final int start = net.rowStart[i];
            final int end = net.rowStart[i + 1];
            if (start == end) {
                return;
            }
            final int[] targetWord = net.targetWord;
            final long[] nextIn = this.nextIn;
            final long[] nextBits = this.nextBits;
            final long[] nextSummary = this.nextSummary;
            final long[] nextFire = this.nextFire;
            if (nextDense) { // the next step walks every neuron: no marks
                if (nextFire == null) {
                    for (int j = start; j < end; j++) {
                        nextIn[targetWord[j] & Integer.MAX_VALUE] |= spike;
                    }
                } else {
                    for (int j = start; j < end; j++) {
                        int word = targetWord[j];
                        int target = word & Integer.MAX_VALUE;
                        nextIn[target] |= spike;
                        nextFire[target] |= spike & (word >> 31);
                    }
                }
            } else if (nextFire == null) {
                for (int j = start; j < end; j++) {
                    int target = targetWord[j] & Integer.MAX_VALUE;
                    nextIn[target] |= spike;
                    nextBits[target >>> 6] |= 1L << target;
                    nextSummary[target >>> 12] |= 1L << (target >>> 6);
                }
                sentEvents += end - start;
                nextDense = sentEvents >= denseAt;
            } else {
                for (int j = start; j < end; j++) {
                    int word = targetWord[j];
                    int target = word & Integer.MAX_VALUE;
                    nextIn[target] |= spike;
                    nextFire[target] |= spike & (word >> 31); // the sign: the weight reaches the threshold
                    nextBits[target >>> 6] |= 1L << target;
                    nextSummary[target >>> 12] |= 1L << (target >>> 6);
                }
                sentEvents += end - start;
                nextDense = sentEvents >= denseAt;
            }
            pending = true;
            sentLanes |= spike;
            if (keepFired) {
                if (firedCount == firedNeuron.length) {
                    firedNeuron = Arrays.copyOf(firedNeuron, firedCount * 2);
                    firedMask = Arrays.copyOf(firedMask, firedCount * 2);
                }
                firedNeuron[firedCount] = i;
                firedMask[firedCount++] = spike;
            }
            if (!isLatch) {
                int degree = end - start;
                for (long left = spike; left != 0; left &= left - 1) {
                    eventsDirect[Long.numberOfTrailingZeros(left)] += degree;
                }
            }
        }
    }

    /** A batch on any accepted network: the deliveries go through the {@link LaneCalendar}. */
    private static final class CalendarBatch extends LaneBatch {
        /** This step's input lanes and fire lanes per neuron. */
        private final long[] input;
        private final long[] fire;
        /** Neurons with input this step. */
        private int[] touched;
        private int touchedCount;

        private final LaneCalendar calendar;

        /** Per lane: the latest step with an event in flight or a stimulus entry. */
        private final long[] busyUntil = new long[LANES];
        /**
         * A lower bound of the running lanes' {@link #busyUntil} (which only grows): before this step
         * no lane can be quiescent, and the per-lane check is skipped.
         */
        private long quietFrom = Long.MIN_VALUE;

        CalendarBatch(Prepared net, Stimulus[] perLane, StopCondition stop, Recording recording) {
            super(net, perLane, stop, recording, new long[net.n]);
            input = new long[n];
            fire = new long[n];
            touched = new int[Math.max(16, Math.min(n, 1024))];
            calendar = new LaneCalendar(net.maxDelay);
            System.arraycopy(stimLast, 0, busyUntil, 0, LANES);
        }

        @Override
        Run[] execute() {
            int cursor = 0;
            long t = 0;
            final long maxSteps = stop.maxSteps();
            while (running != 0) {
                touchedCount = 0;
                deliver(t);
                while (cursor < stimStep.length && stimStep[cursor] == t) {
                    long bit = 1L << stimLane[cursor];
                    if ((running & bit) != 0) {
                        int i = stimNeuron[cursor];
                        touch(i, bit);
                        if (stimFires[cursor]) {
                            fire[i] |= bit;
                        }
                    }
                    cursor++;
                }
                update(t);
                if (firsts != null) {
                    closeHistogramStep(t);
                }

                if (watchedCount > 0) {
                    stopLanes(spikedLanes & running, StopReason.SPIKED, t + 1);
                }
                if (stop.quiescence() && t >= quietFrom) {
                    // some running lane may have nothing in flight: find them, and the next step to look again
                    long quiet = 0;
                    long later = Long.MAX_VALUE;
                    for (long left = running; left != 0; left &= left - 1) {
                        int k = Long.numberOfTrailingZeros(left);
                        if (busyUntil[k] <= t) {
                            quiet |= 1L << k;
                        } else {
                            later = Math.min(later, busyUntil[k]);
                        }
                    }
                    quietFrom = later;
                    stopLanes(quiet, StopReason.QUIESCENT, t + 1);
                }
                if (t + 1 == maxSteps) {
                    stopLanes(running, StopReason.STEP_LIMIT, t + 1);
                    break;
                }
                if (running == 0) {
                    break;
                }
                long next = calendar.nextTime(t);
                if (cursor < stimStep.length) {
                    next = Math.min(next, stimStep[cursor]);
                }
                if (next >= maxSteps) {
                    stopLanes(running, StopReason.STEP_LIMIT, maxSteps);
                    break;
                }
                t = next;
            }
            return runs();
        }

        private void touch(int i, long lanes) {
            if (input[i] == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = i;
            }
            input[i] |= lanes;
        }

        /** Adds the events due at t, restricted to the running lanes, to their targets' input masks. */
        private void deliver(long t) {
            final long run = running;
            final long[] fire = this.fire;
            int size = calendar.slotSize(t);
            if (size > 0) {
                int s = (int) (t & calendar.mask());
                int[] tg = calendar.targets[s];
                long[] ms = calendar.masks[s];
                for (int k = 0; k < size; k++) {
                    long m = ms[k] & run;
                    if (m == 0) {
                        continue;
                    }
                    int word = tg[k];
                    int i = word & Integer.MAX_VALUE;
                    touch(i, m);
                    fire[i] |= m & (word >> 31);
                    events.add(m);
                }
                calendar.clearSlot(t);
            }
            while (calendar.heapMin() == t) {
                long m = calendar.heapTopMask() & run;
                int j = calendar.heapTopSynapse();
                calendar.heapPop();
                if (m == 0) {
                    continue;
                }
                int word = net.targetWord[j];
                int i = word & Integer.MAX_VALUE;
                touch(i, m);
                fire[i] |= m & (word >> 31);
                events.add(m);
            }
        }

        /** Steps every neuron with input: the lanes it spikes in, recordings, counters, scheduling. */
        private void update(long t) {
            long activeLanes = 0;
            final long[] latch = net.latch;
            for (int q = 0; q < touchedCount; q++) {
                int i = touched[q];
                long in = input[i];
                long fires = fire[i];
                input[i] = 0;
                fire[i] = 0;
                activeLanes |= in;
                updates.add(in);
                long before = ever[i];
                long spike = (latch[i >>> 6] & (1L << i)) != 0 ? fires & ~before : fires;
                if (spike == 0) {
                    continue;
                }
                long fresh = spike & ~before;
                ever[i] = before | spike;
                recordSpike(i, t, spike, fresh, true);
                schedule(i, t, spike);
            }
            activeSteps.add(activeLanes);
        }

        /** Copies neuron i's row into the calendar with the lanes it spiked in. */
        private void schedule(int i, long t, long lanes) {
            int start = net.rowStart[i];
            int end = net.rowStart[i + 1];
            if (start == end) {
                return;
            }
            long until = t + net.rowMaxDelay[i];
            for (long left = lanes; left != 0; left &= left - 1) {
                int k = Long.numberOfTrailingZeros(left);
                if (busyUntil[k] < until) {
                    busyUntil[k] = until;
                }
            }
            final int[] delay = net.delay;
            final int[] targetWord = net.targetWord;
            final LaneCalendar calendar = this.calendar;
            final int[][] targets = calendar.targets;
            final long[][] masks = calendar.masks;
            final int[] size = calendar.size;
            final int mask = calendar.mask();
            for (int j = start; j < end; j++) {
                int d = delay[j];
                if (d > mask) {
                    calendar.addFar(t + d, j, lanes);
                    continue;
                }
                int s = (int) ((t + d) & mask);
                int k = size[s];
                int[] tg = targets[s];
                if (k == 0 || k == tg.length) {
                    calendar.add(t + d, targetWord[j], lanes); // first event of the slot, or a full one
                    continue;
                }
                tg[k] = targetWord[j];
                masks[s][k] = lanes;
                size[s] = k + 1;
            }
        }
    }
}
