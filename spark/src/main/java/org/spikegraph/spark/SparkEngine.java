package org.spikegraph.spark;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;
import scala.Tuple2;

/**
 * A spiking engine on Apache Spark: the same model and the same {@link Run} as the event engine, for
 * networks of input-driven neurons ({@link InputDrivenTypes}: latches, threshold gates, OR/AND
 * integrate-and-fire neurons without leak, bias, randomness or finite refractory period), computed
 * as supersteps of plain RDD operations on a Spark cluster (see docs/spark.md for why not GraphX).
 *
 * <p>Neurons are cut into contiguous ranges, one per partition (number them so that a range is a
 * region of the graph: few synapses then cross). A superstep is a <em>window</em>, one Spark job:
 * each partition merges its mail into its inbox and runs an event simulation of its own, in step
 * order and delivering its own spikes at once, over every input before its neuron's horizon: the
 * global earliest pending step T plus the neuron's lookahead, the shortest delay path from a synapse
 * entering the partition to it (see {@link Superstep}, {@link Slice}). Spikes for other partitions
 * become mail stamped with their arrival steps, shuffled to the partitions of their targets. The
 * driver then jumps T to the earliest pending input of a neuron that may still spike (time
 * skipping; input of fired latches only counts and never holds time back). Lineage is cut every
 * window ({@code localCheckpoint}). A stop on watched neurons found after some neurons had already
 * run past it is replayed up to the stop, so every figure is the event engine's.
 *
 * <p>Records final potentials, first spikes and spike counts; not rasters, sinks or series. The
 * engine owns the Spark context it creates (close it), never one it is given. One run at a time
 * per context: the shuffle figures of {@link #runMeasured} come from the context's listener.
 */
public final class SparkEngine implements Engine, AutoCloseable {

    /** The system property the no-argument constructor reads the master URL from (default {@code local[*]}). */
    public static final String MASTER_PROPERTY = "spikegraph.spark.master";
    /** The system property the no-argument constructor reads the partition count from (default: the context's parallelism). */
    public static final String PARTITIONS_PROPERTY = "spikegraph.spark.partitions";
    /** The system property the no-argument constructor reads {@link #DRIVER_MAIL} from. */
    public static final String DRIVER_MAIL_PROPERTY = "spikegraph.spark.driverMail";
    /**
     * Mail events a window may send through the driver (split evenly between the partitions): a window
     * whose partitions each send at most their share is one stage, its mail collected with the
     * partitions' summaries and handed out as a parallel collection; otherwise the mail is shuffled.
     */
    public static final int DRIVER_MAIL = 1 << 16;

    private final String master;
    private final int partitions;
    private final int driverMail;
    private JavaSparkContext context;
    private boolean owned;
    private ShuffleMeter meter;

    /**
     * The engine {@link java.util.ServiceLoader} finds: master from {@value #MASTER_PROPERTY} (or
     * {@code spark.master}, as spark-submit sets it), partitions from {@value #PARTITIONS_PROPERTY}.
     * Spark starts at the first run.
     */
    public SparkEngine() {
        this(System.getProperty(MASTER_PROPERTY, "local[*]"), Integer.getInteger(PARTITIONS_PROPERTY, 0),
                Integer.getInteger(DRIVER_MAIL_PROPERTY, DRIVER_MAIL));
    }

    /**
     * An engine that starts its own context on {@code master} (e.g. {@code local[2]},
     * {@code spark://host:7077}) at the first run.
     *
     * @param partitions partitions of the neurons, or 0 for the context's default parallelism
     */
    public SparkEngine(String master, int partitions) {
        this(master, partitions, DRIVER_MAIL);
    }

    /**
     * As {@link #SparkEngine(String, int)}, with {@code driverMail} mail events a window may send
     * through the driver ({@link #DRIVER_MAIL}; 0: always shuffle).
     */
    public SparkEngine(String master, int partitions, int driverMail) {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 0 (0: the context's parallelism), got " + partitions);
        }
        if (driverMail < 0) {
            throw new IllegalArgumentException("driver mail must be >= 0 events (0: always shuffle), got " + driverMail);
        }
        this.master = master;
        this.partitions = partitions;
        this.driverMail = driverMail;
    }

    /** An engine on an existing context, which stays open after {@link #close()}. */
    public SparkEngine(JavaSparkContext context, int partitions) {
        this(context, partitions, DRIVER_MAIL);
    }

    /** An engine on an existing context with {@code driverMail} as in {@link #SparkEngine(String, int, int)}. */
    public SparkEngine(JavaSparkContext context, int partitions, int driverMail) {
        this(context.master(), partitions, driverMail);
        this.context = context;
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Run run(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed) {
        return runMeasured(network, stimulus, stop, recording, seed).run();
    }

    /**
     * Runs as {@link #run} and reports the supersteps and shuffle volume it took.
     *
     * @throws IllegalArgumentException for a neuron type the engine does not run, a recording it does
     *                                  not make, or unknown neurons in the stimulus or stop condition
     */
    public SparkRun runMeasured(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed) {
        int n = network.neuronCount();
        stimulus.checkNeurons(n);
        stop.checkNeurons(n);
        if (recording.raster() || recording.sink() != null || recording.series()) {
            throw new IllegalArgumentException("the spark engine records first spikes and spike counts, not rasters,"
                    + " spike sinks or activity series: drop them or run with --engine event");
        }
        InputDrivenTypes types = InputDrivenTypes.of(network.types());
        JavaSparkContext sc = context();
        int parts = partitions > 0 ? partitions : Math.max(1, sc.defaultParallelism());
        settleListeners(sc);
        long written = meter.written.get();
        long read = meter.read.get();
        long records = meter.records.get();
        long results = meter.results.get();

        int chunk = Slice.chunk(n, parts);
        JavaRDD<Slice> slices = sc.parallelize(Arrays.asList(Slice.cut(network, parts)), parts)
                .persist(StorageLevel.MEMORY_ONLY());
        try {
            Pass pass = simulate(slices, stimulus, types, chunk, parts, stop.maxSteps(), stop.watched(), stop.allWatched(),
                    driverMail);
            long supersteps = pass.supersteps;
            long mailEvents = pass.mailEvents;
            long mailViaDriver = pass.mailViaDriver;
            int reruns = 0;
            StopReason reason;
            long last;
            if (pass.stopAt >= 0) {
                reason = StopReason.SPIKED;
                last = pass.stopAt;
                if (pass.maxStep > pass.stopAt) {
                    // some neurons ran past the stop: replay up to it
                    pass = simulate(slices, stimulus, types, chunk, parts, last + 1, new int[0], false, driverMail);
                    supersteps += pass.supersteps;
                    mailEvents += pass.mailEvents;
                    mailViaDriver += pass.mailViaDriver;
                    reruns = 1;
                }
            } else if (stop.quiescence() && !pass.pending) {
                reason = StopReason.QUIESCENT;
                last = Math.max(0, pass.maxStep);
            } else {
                reason = StopReason.STEP_LIMIT;
                last = stop.maxSteps() - 1;
            }
            ActivityStats stats = new ActivityStats(last + 1, pass.activeSteps, pass.spikes, pass.events, pass.updates, null);
            Run run = new Run(reason, stats, pass.v, recording.firstSpikes() ? pass.first : null,
                    recording.spikeCounts() ? pass.count : null, null);
            settleListeners(sc);
            return new SparkRun(run, supersteps, reruns, meter.written.get() - written, meter.read.get() - read,
                    meter.records.get() - records, mailEvents, mailViaDriver, meter.results.get() - results);
        } finally {
            slices.unpersist(false);
        }
    }

    /**
     * Single-source shortest paths straight from a DIMACS {@code .gr} file at any path Spark reads:
     * the executors build the wavefront of {@code ShortestPathCompiler} (integer weights 1..65534 as
     * delays) slice by slice, so the driver never holds the graph, and run it to quiescence. The
     * run's first spikes are the distances (vertex id k is neuron k - 1); its figures are those of
     * the compiled circuit on the event engine.
     *
     * @param source the source's id in the file (1-based)
     * @throws IllegalArgumentException for a file without a problem line or a source outside it;
     *                                  a bad arc line fails the Spark job with a message naming it
     */
    public SparkRun ssspFromDimacs(String path, long source) {
        JavaSparkContext sc = context();
        int parts = partitions > 0 ? partitions : Math.max(1, sc.defaultParallelism());
        int n = DimacsWavefront.vertexCount(sc.textFile(path, parts), path);
        if (source < 1 || source > n) {
            throw new IllegalArgumentException(path + ": source " + source + " is not a vertex id in 1.." + n);
        }
        settleListeners(sc);
        long written = meter.written.get();
        long read = meter.read.get();
        long records = meter.records.get();
        long results = meter.results.get();
        InputDrivenTypes types = InputDrivenTypes.of(List.of(org.spikegraph.substrate.neuron.NeuronType.latch(1)));
        JavaRDD<Slice> slices = DimacsWavefront.slices(sc, path, n, parts).persist(StorageLevel.MEMORY_ONLY());
        try {
            Pass pass = simulate(slices, Stimulus.spikes(0, (int) source - 1), types, Slice.chunk(n, parts), parts,
                    Long.MAX_VALUE, new int[0], false, driverMail);
            ActivityStats stats = new ActivityStats(Math.max(0, pass.maxStep) + 1, pass.activeSteps, pass.spikes, pass.events,
                    pass.updates, null);
            Run run = new Run(StopReason.QUIESCENT, stats, pass.v, pass.first, pass.count, null);
            settleListeners(sc);
            return new SparkRun(run, pass.supersteps, 0, meter.written.get() - written, meter.read.get() - read,
                    meter.records.get() - records, pass.mailEvents, pass.mailViaDriver, meter.results.get() - results);
        } finally {
            slices.unpersist(false);
        }
    }

    /** One pass of windows up to {@code cap} (exclusive), stopping early on the watched neurons. */
    private record Pass(long spikes, long events, long updates, long activeSteps, long maxStep, long stopAt,
                        boolean pending, int[] v, long[] first, int[] count, long supersteps, long mailEvents,
                        long mailViaDriver) {}

    private static Pass simulate(JavaRDD<Slice> slices, Stimulus stimulus, InputDrivenTypes types, int chunk, int parts,
                                 long maxSteps, int[] watched, boolean allWatched, int driverMail) {
        Events[] stim = new Events[parts];
        for (int k = 0; k < stimulus.size(); k++) {
            int neuron = stimulus.neuron(k);
            int p = neuron / chunk;
            if (stim[p] == null) {
                stim[p] = new Events(16);
            }
            stim[p].add(neuron - p * chunk, stimulus.step(k), stimulus.current(k),
                    stimulus.forced(k) ? Events.FORCED : Events.CURRENT);
        }
        JavaRDD<StepOut> out = slices.mapPartitionsWithIndex((p, it) -> {
            Slice s = it.next();
            Events inbox = stim[p] == null ? new Events(1) : stim[p];
            return List.of(new StepOut(s, PartState.initial(s.count, inbox), null, null)).iterator();
        }, true);

        long cap = maxSteps;
        long now = stimulus.size() > 0 ? stimulus.step(0) : Long.MAX_VALUE;
        long queued = now;
        LongOpenHashSet steps = new LongOpenHashSet();
        Map<Integer, Long> watchedFirst = new HashMap<>();
        long spikes = 0;
        long events = 0;
        long updates = 0;
        long maxStep = -1;
        long candidate = -1;
        long stopAt = -1;
        long supersteps = 0;
        HashPartitioner byPartition = new HashPartitioner(parts);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(slices.context());
        int driverMailEach = driverMail / parts;
        Events[][] viaDriver = new Events[parts][0];
        boolean shuffle = false;
        long mailEvents = 0;
        long mailViaDriver = 0;
        while (now < cap || queued < cap) {
            // nothing that could spike is pending before the cap: one last window runs the input of fired latches
            final long from = now < cap ? now : Long.MAX_VALUE;
            final long until = cap;
            JavaRDD<Events> incoming;
            if (shuffle) {
                // some partition's mail was too large for the driver: all of it goes through a shuffle
                incoming = out.flatMapToPair(SparkEngine::mail).union(sc.parallelizePairs(pairs(viaDriver), parts))
                        .partitionBy(byPartition).values();
            } else {
                // one stage: each partition's mail, gathered by the driver, is a partition of a parallel collection
                incoming = sc.parallelize(Arrays.asList(viaDriver), parts).flatMap(m -> Arrays.asList(m).iterator());
            }
            JavaRDD<StepOut> next = out.zipPartitions(incoming, (previous, mail) -> {
                StepOut prev = previous.next();
                return List.of(Superstep.run(prev.slice(), prev.state(), mail, from, until, types, chunk, parts, watched,
                        driverMailEach)).iterator();
            });
            next.rdd().localCheckpoint();
            List<Summary> summaries = next.map(StepOut::summary).collect();
            out.unpersist(false);
            out = next;
            supersteps++;

            long earliest = Long.MAX_VALUE;
            long anyEarliest = Long.MAX_VALUE;
            List<List<Events>> gathered = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                gathered.add(new ArrayList<>());
            }
            shuffle = false;
            for (Summary s : summaries) {
                mailEvents += s.mailEvents();
                shuffle |= s.mail() == null;
                if (s.mail() != null) {
                    for (int p = 0; p < parts; p++) {
                        if (s.mail()[p] != null) {
                            gathered.get(p).add(s.mail()[p]);
                            mailViaDriver += s.mail()[p].size;
                        }
                    }
                }
                spikes += s.spikes();
                events += s.events();
                updates += s.updates();
                for (long t : s.updateSteps()) {
                    steps.add(t);
                    maxStep = Math.max(maxStep, t);
                }
                earliest = Math.min(earliest, Math.min(s.minLive(), s.minSent()));
                anyEarliest = Math.min(anyEarliest, Math.min(s.minQueued(), s.minSent()));
                for (int k = 0; k < s.watchedNeurons().length; k++) {
                    watchedFirst.putIfAbsent(s.watchedNeurons()[k], s.watchedFirstSpikes()[k]);
                }
            }
            viaDriver = new Events[parts][];
            for (int p = 0; p < parts; p++) {
                viaDriver[p] = gathered.get(p).toArray(new Events[0]);
            }
            now = earliest;
            queued = anyEarliest;
            if (!watchedFirst.isEmpty()) {
                candidate = allWatched
                        ? (watchedFirst.size() == watched.length ? watchedFirst.values().stream().mapToLong(Long::longValue).max().getAsLong() : -1)
                        : watchedFirst.values().stream().mapToLong(Long::longValue).min().getAsLong();
                if (candidate >= 0) {
                    // nothing after the candidate matters; it is final once nothing earlier is pending
                    cap = Math.min(cap, candidate + 1);
                    if (candidate < Math.min(now, queued)) {
                        stopAt = candidate;
                        break;
                    }
                }
            }
        }
        if (stopAt < 0 && candidate >= 0) {
            stopAt = candidate;
        }
        List<PartState> states = out.map(StepOut::state).collect();
        out.unpersist(false);
        int total = 0;
        for (PartState s : states) {
            for (int[] block : s.v) {
                total += block.length;
            }
        }
        int[] v = new int[total];
        long[] first = new long[total];
        int[] count = new int[total];
        for (int p = 0; p < states.size(); p++) {
            PartState s = states.get(p);
            int base = p * chunk;
            for (int b = 0; b < s.v.length; b++) {
                int at = base + b * PartState.CHUNK;
                System.arraycopy(s.v[b], 0, v, at, s.v[b].length);
                System.arraycopy(s.first[b], 0, first, at, s.first[b].length);
                System.arraycopy(s.count[b], 0, count, at, s.count[b].length);
            }
        }
        return new Pass(spikes, events, updates, steps.size(), maxStep, stopAt, queued < Long.MAX_VALUE, v, first, count,
                supersteps, mailEvents, mailViaDriver);
    }

    /** The mail gathered by the driver as (destination partition, events) pairs. */
    private static List<Tuple2<Integer, Events>> pairs(Events[][] viaDriver) {
        List<Tuple2<Integer, Events>> pairs = new ArrayList<>();
        for (int p = 0; p < viaDriver.length; p++) {
            for (Events e : viaDriver[p]) {
                pairs.add(new Tuple2<>(p, e));
            }
        }
        return pairs;
    }

    /** A partition's mail as (destination partition, events) pairs. */
    private static Iterator<Tuple2<Integer, Events>> mail(StepOut out) {
        List<Tuple2<Integer, Events>> pairs = new ArrayList<>();
        if (out.mail() != null) {
            for (int p = 0; p < out.mail().length; p++) {
                if (out.mail()[p] != null) {
                    pairs.add(new Tuple2<>(p, out.mail()[p]));
                }
            }
        }
        return pairs.iterator();
    }

    private synchronized JavaSparkContext context() {
        if (context == null) {
            SparkConf conf = new SparkConf().setAppName("spikegraph").set("spark.ui.enabled", "false");
            if (!conf.contains("spark.master")) {
                conf.setMaster(master);
            }
            context = new JavaSparkContext(SparkContext.getOrCreate(conf));
            owned = true;
        }
        if (meter == null) {
            meter = new ShuffleMeter();
            context.sc().addSparkListener(meter);
        }
        return context;
    }

    /** Waits until the listener has seen every finished task, so the shuffle figures are complete. */
    private static void settleListeners(JavaSparkContext sc) {
        try {
            sc.sc().listenerBus().waitUntilEmpty(60_000);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Spark's listener bus did not drain in 60 s: shuffle figures incomplete", e);
        }
    }

    /** Stops the Spark context if this engine started it. */
    @Override
    public synchronized void close() {
        if (context != null && owned) {
            context.stop();
            context = null;
            meter = null;
        }
    }
}
