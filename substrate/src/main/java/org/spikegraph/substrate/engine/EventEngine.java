package org.spikegraph.substrate.engine;

import java.util.Arrays;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.NeuronRules;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.random.CounterRng;
import org.spikegraph.substrate.run.ActivitySeries;
import org.spikegraph.substrate.run.ActivityStats;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.RasterSink;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.SpikeRaster;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The event engine: same model, same results as {@link ReferenceEngine}, at a cost proportional to
 * the activity rather than to network size times steps.
 *
 * <ul>
 *   <li>A step touches only the neurons that receive input (synaptic, stimulus) or are live
 *       (refractory with a count to go down, or not at rest per {@link NeuronType#restsAt}); all
 *       other neurons are at a fixed point and skipping them is exact. The set to update is a
 *       {@link TwoLevelBitSet} (a bit per neuron, a summary bit per word), walked in neuron order
 *       with {@link Long#numberOfTrailingZeros}, as in Lucene's {@code FixedBitSet}; delivery's
 *       scatter and the walk use its raw words, everything else its methods.</li>
 *   <li>The spikes of a step are collected during its update walk and scheduled after it (delays
 *       are &ge; 1): each reads its row of packed synapses once, as one stream, copying each event
 *       into the {@link Calendar} slot of its arrival step, in a loop with no call (a full slot or
 *       a far synapse returns to the caller). When four rows or more spike, they are first touched
 *       a chunk at a time (every cache line of up to 32K synapses), so their misses overlap instead
 *       of stalling the copy. When a chunk holds at least 4 events per ring slot it can reach, and
 *       no delay goes beyond the ring, the calendar first makes room for the whole chunk in each of
 *       those slots ({@link Calendar#reserve}) and the copy runs without per-event checks (capacity,
 *       far delay, first event). Measured with {@code EngineAB} (2026-12-04, thread CPU time,
 *       alternated with the former engine in one process), the copy alone: stimulus drive 58.8
 *       &rarr; 69.6% of the raw loop (minimum); with the one-type word loops and the one-mix draw
 *       too: stimulus 55.6&ndash;61.3 &rarr; 70.5&ndash;79.5%, stochastic 35.0&ndash;45.4 &rarr;
 *       51.1&ndash;51.3% (minimum over runs, two rounds). Events take 4 bytes (target and weight index) when the neuron count
 *       and the weight palette allow, else 8; with one weight, an event is its target. Delivery adds
 *       a slot's weights into a dense {@code int[]} accumulator, the same scatter a raw CSR scan
 *       does.</li>
 *   <li>Neurons without a stimulus entry whose type has no refractory period (or is a fire-once
 *       latch: no leak, bias, draw or soft reset) take inline update paths, a word of the update
 *       set at a time in two passes: potentials and liveness first, without a branch on the
 *       outcome; then the fire draws and spikes of the neurons at threshold, in id order. In a
 *       one-type network the first pass is a loop for that type's path alone, and a GATE type's
 *       fire draws are made in it (one mix of the neuron's precomputed term and the step's), so
 *       the second pass visits only the neurons that spike. The
 *       others take the general path. Both paths compute with {@link NeuronRules} (the rules the
 *       reference engine applies through {@link NeuronType}) on the type's {@link TypeConstants}
 *       held in locals: the JIT inlines the static calls. Measured with
 *       {@code SustainedActivityInterleaved} against the same engine with the former hand-inlined
 *       arithmetic (2026-12-04, alternated runs, minimum engine / raw-loop ratio): stochastic drive
 *       (the gate path) 43.6, 40.9, 43.2% against 46.0, 39.3, 43.4%; stimulus drive (the plain
 *       path) 57.7, 57.0% against 56.1, 56.6%: no loss, so there is no inlined copy.</li>
 *   <li>In a network of fire-once latches only (a wavefront: sparse, a few events a step, each a
 *       chain of cache misses: slot, target, potential, row), a sparse step's delivery also loads
 *       each target's potential and, unless the target has spiked, its row start, values unused,
 *       so those misses overlap in one loop; the one-type latch update visits only the neurons
 *       that have not spiked (a spiked latch drops its input: its accumulator is left as it is
 *       and never read), while every marked neuron counts as updated, as before.</li>
 *   <li>When moreover any arrival fires (every type a latch whose reset gives 0, every weight at
 *       least every threshold, no stimulus current that leaves a potential: {@code firesOnArrival})
 *       and no raster or sink asks for a step's spikes in id order ({@link RasterSink#needsIdOrder}),
 *       a sparse step without a stimulus entry is Dial's bucket queue: each event's target is counted
 *       updated once and spikes unless it has spiked, in arrival order, with no accumulator,
 *       potential or walk ({@code fireOnArrival}).
 *       Measured with {@code EngineAB} on rome-roads SSSP (2026-12-05, thread CPU, against the
 *       former engine in one process): compile + simulate + decode 1.36&ndash;1.40&times; primitive
 *       Dijkstra before, 0.94&ndash;0.96&times; after; the simulation alone 23 &rarr; 14 ms. Dense
 *       steps keep the general path: in arrival order their two data-dependent branches per event
 *       made hop BFS on CA-GrQc 1.40&times; slower than the branch-free scatter and word walk.</li>
 *   <li>When no neuron is live, the engine jumps to the next step with a delivery or a stimulus:
 *       its cost does not grow with the length of delays (the calendar counts its non-empty slots,
 *       so with only far events pending it does not scan its ring).</li>
 * </ul>
 *
 * <p>State: 8 bytes per neuron (potential, input accumulator) plus 3 bits (update set, spiked-ever),
 * plus 4 bytes per neuron for refractory countdowns only when some type has a finite refractory
 * period, and 8 for the neurons' terms of the fire draw only when some type is stochastic; the calendar grows with the spikes in flight (4 or 8 bytes per near event, 12 per far
 * one), and the list of a step's spiking neurons with the largest step's spikes (4 bytes each, at
 * most 4 bytes per neuron). Not thread-safe within a run; runs are
 * independent.
 */
public final class EventEngine implements Engine {

    @Override
    public String name() {
        return "event";
    }

    @Override
    public Run run(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed) {
        stimulus.checkNeurons(network.neuronCount());
        stop.checkNeurons(network.neuronCount());
        return new State(network, stimulus, stop, recording, seed).execute();
    }

    /**
     * Bytes of the engine's per-neuron state for a network, from the array sizes (excluding the
     * calendar, which grows with spikes in flight, and recordings, which the caller chooses).
     */
    public static long stateBytes(Network network) {
        int n = network.neuronCount();
        int words = FixedBitSet.wordsFor(n);
        long bytes = 8L * n + 8L * words * 2 + 8L * FixedBitSet.wordsFor(words) + 8L * FixedBitSet.wordsFor(FixedBitSet.wordsFor(words));
        TypeTable types = new TypeTable(network.types());
        if (types.countsDown) {
            bytes += 4L * n;
        }
        if (types.draws) {
            bytes += 8L * n;
        }
        return bytes;
    }


    /**
     * Whether in every step without a stimulus entry a neuron that receives an event and has not
     * spiked spikes, and one that has drops it, and every potential is 0 after every step: every
     * type is a fire-once latch ({@link TypeTable#latchesOnly}: no leak, bias or draw) whose hard
     * reset gives 0; the smallest weight reaches the largest threshold (so any sum of a step's
     * events, saturated, reaches its target's &theta; &le; the width's maximum); and every stimulus
     * entry is a forced spike, a current of 0, or a current that reaches its neuron's &theta; (so no
     * stimulus leaves a potential other than 0). A sufficient test, O(weights + types + stimulus
     * entries): a network with a weight below some other type's threshold takes the general steps.
     */
    static boolean firesOnArrival(Network network, TypeTable types, Stimulus stimulus) {
        if (!types.latchesOnly) {
            return false;
        }
        int maxThreshold = 0;
        for (TypeConstants k : types.byType) {
            if (k.afterSpike(k.threshold()) != 0) {
                return false;
            }
            maxThreshold = Math.max(maxThreshold, k.threshold());
        }
        for (int w : network.weightPaletteArray()) {
            if (w < maxThreshold) {
                return false;
            }
        }
        for (int q = 0; q < stimulus.size(); q++) {
            long current = stimulus.current(q);
            if (!stimulus.forced(q) && current != 0 && current < network.type(stimulus.neuron(q)).threshold()) {
                return false;
            }
        }
        return true;
    }

    /** {@link #firesOnArrival(Network, TypeTable, Stimulus)} of a network and stimulus (for tests). */
    static boolean firesOnArrival(Network network, Stimulus stimulus) {
        return firesOnArrival(network, new TypeTable(network.types()), stimulus);
    }

    /** Synapses whose rows {@code scheduleFired} touches ahead of copying them (256 KB). */
    private static final int TOUCH_CHUNK = 1 << 15;
    /** Fewer spiking rows than this are copied without touching them first: a near-idle step's cost. */
    private static final int TOUCH_MIN_ROWS = 4;
    /**
     * Rows are copied without per-event checks ({@link Calendar#reserve}) when they hold at least this
     * many events per slot they can reach: reserving and marking cost a visit of each such slot.
     */
    private static final int UNCHECKED_MIN_EVENTS_PER_SLOT = 4;

    /** One run's state. */
    private static final class State {
        private final int n;
        private final short[] typeOf;
        private final Network network;
        private final int[] rowStart;
        private final long[] synapse;
        private final int[] palette;
        private final TypeTable types;
        private final Stimulus stimulus;
        private final StopCondition stop;
        private final long seed;

        private final int[] v;
        private final int[] acc;
        /** Neurons to update in the coming step: a bit per neuron, and a summary bit per non-zero word. */
        private final TwoLevelBitSet todo;
        /** Neurons that have spiked in the run so far. */
        private final FixedBitSet spiked;
        /**
         * The raw words of {@link #todo} (bits, summary) and {@link #spiked}, for the hot loops
         * (delivery's scatter, the walk, the word update): one dependent load less per use than
         * {@code todo.words()}. Measured with {@code TimeSkippingInterleaved} (about 45 ns a step):
         * through {@code todo.words()} the delay-10^6 chain took 45-48 µs a run against 42-45 µs
         * before the bit-set types; with these fields, 42-43 µs. Calling {@link TwoLevelBitSet#set}
         * in the scatter loops instead cost 2 to 10 points of the sustained-activity ratio.
         */
        private final long[] todoWords;
        private final long[] summaryWords;
        private final long[] topWords;
        private final long[] spikedWords;
        private final int[] refractoryLeft;
        private final Calendar calendar;
        /**
         * When target and weight-index bits fit in 32: the weight-index bits of a 4-byte calendar
         * event {@code target << compactShift | weightIndex}; else -1 (8-byte events).
         */
        private final int compactShift;
        /** A compact calendar and no delay beyond its ring: rows may be copied by {@link #copyRowsUnchecked}. */
        private final boolean uncheckedCopy;
        /**
         * Every type is a fire-once latch ({@link TypeTable#latchesOnly}): sparse steps are delivered
         * by {@link #deliverToLatches}. In such a network a spiked neuron's accumulator is dead: every
         * update path drops it unread, and the one-type latch loop of {@link #updateWord} neither
         * reads nor clears it.
         */
        private final boolean latchesOnly;
        /**
         * A wavefront in which any arrival fires ({@link EventEngine#firesOnArrival(Network, TypeTable, Stimulus)})
         * and spikes are not recorded in id order (no raster, no sink that needs it): its sparse steps without a
         * stimulus entry are taken by {@link #fireOnArrival}.
         */
        private final boolean firesOnArrival;

        private final long[] firstSpikes;
        private final int[] counts;
        private final SpikeRaster raster;
        private final RasterSink sink;
        private final ActivitySeries series;
        /** The stop condition's watched neurons, or null when it watches none. */
        private final FixedBitSet watchedBits;
        private final int watchedCount;
        private int watchedSpiked;

        /**
         * This step's spiking neurons, in id order (arrival order in a {@link #fireOnArrival} step), scheduled after
         * the step's updates.
         */
        private int[] fired;
        /** The distinct targets of a {@link #fireOnArrival} step so far (their marks are cleared after it). */
        private int[] arrivals = new int[64];
        private int arrivalCount;
        private int firedCount;
        /** The network has one neuron type: its index is 0 for every neuron. */
        private final boolean singleType;
        /** The constants of type 0, where every word's update starts (null in a network without types). */
        private final TypeConstants type0;
        /** Stimulus cursor of the step being updated, its end, and the neuron of its entry (or -1). */
        private int stim;
        private int stimEnd;
        private int nextStim;
        /** The seed's and the step's terms of {@link CounterRng#bits}. */
        private final long seedMix;
        private long stepMix;
        /**
         * Per neuron, the seed's and the neuron's term of {@link CounterRng#bits}
         * ({@link CounterRng#neuronTerm}), when some type draws (else null): a draw is then one mix.
         */
        private final long[] drawTerm;

        /** Keeps the row-touching loads of {@link #scheduleFired} from being optimised away. */
        private long touchSink;

        private int liveCount;
        /** The coming step's deliveries marked no summary bits: its update scans every word. */
        private boolean denseStep;
        private int stepSpikes;
        private long stepEvents;

        State(Network network, Stimulus stimulus, StopCondition stop, Recording recording, long seed) {
            n = network.neuronCount();
            typeOf = network.typeOfArray();
            this.network = network;
            rowStart = network.rowStartArray();
            synapse = network.synapseArray();
            palette = network.weightPaletteArray();
            types = new TypeTable(network.types());
            this.stimulus = stimulus;
            this.stop = stop;
            this.seed = seed;

            v = new int[n];
            acc = new int[n];
            todo = new TwoLevelBitSet(n);
            spiked = new FixedBitSet(n);
            todoWords = todo.words();
            summaryWords = todo.summaryWords();
            topWords = todo.topWords();
            spikedWords = spiked.words();
            refractoryLeft = types.countsDown ? new int[n] : null;
            int weightBits = 32 - Integer.numberOfLeadingZeros(Math.max(0, palette.length - 1));
            int targetBits = 32 - Integer.numberOfLeadingZeros(Math.max(0, n - 1));
            compactShift = targetBits + weightBits <= 32 ? weightBits : -1;
            calendar = new Calendar(network.maxDelay(), compactShift >= 0);
            uncheckedCopy = compactShift >= 0 && calendar.ringOnly(network.maxDelay());
            latchesOnly = types.latchesOnly;
            fired = new int[Math.max(1, Math.min(n, 64))];
            singleType = types.size() == 1;
            type0 = types.size() > 0 ? types.byType[0] : null;
            seedMix = CounterRng.seedTerm(seed);
            drawTerm = types.draws ? new long[n] : null;
            if (drawTerm != null) {
                for (int i = 0; i < n; i++) {
                    drawTerm[i] = CounterRng.neuronTerm(seedMix, i);
                }
            }

            firstSpikes = recording.firstSpikes() ? new long[n] : null;
            if (firstSpikes != null) {
                Arrays.fill(firstSpikes, Run.NEVER);
            }
            counts = recording.spikeCounts() ? new int[n] : null;
            raster = recording.raster() ? new SpikeRaster() : null;
            sink = recording.sink();
            series = recording.series() ? new ActivitySeries() : null;
            int[] watched = stop.watched();
            watchedCount = watched.length;
            watchedBits = watchedCount == 0 ? null : new FixedBitSet(n);
            for (int i : watched) {
                watchedBits.set(i);
            }
            firesOnArrival = raster == null && (sink == null || !sink.needsIdOrder())
                    && EventEngine.firesOnArrival(network, types, stimulus);
        }

        Run execute() {
            // Neurons that are not at rest at potential 0 are live from the start.
            boolean[] restsAtZero = new boolean[types.size()];
            for (int t = 0; t < restsAtZero.length; t++) {
                restsAtZero[t] = types.byType[t].restsAt(0);
            }
            for (int i = 0; i < n; i++) {
                if (!restsAtZero[typeOf[i] & 0xFFFF]) {
                    mark(i);
                    liveCount++;
                }
            }

            long activeSteps = 0;
            long spikes = 0;
            long events = 0;
            long updates = 0;
            int cursor = 0;
            long t = 0;
            StopReason reason;
            while (true) {
                stepSpikes = 0;
                stepEvents = 0;
                liveCount = 0; // counted again by this step's updates
                int stepUpdates;
                if (firesOnArrival && !dense(calendar.slotSize(t))
                        && (cursor == stimulus.size() || stimulus.step(cursor) != t)) {
                    stepUpdates = fireOnArrival(t);
                } else {
                    deliver(t);
                    int first = cursor;
                    while (cursor < stimulus.size() && stimulus.step(cursor) == t) {
                        mark(stimulus.neuron(cursor++));
                    }
                    stepUpdates = updateMarked(t, first, cursor);
                }
                if (firedCount > 0) {
                    scheduleFired(t);
                }

                spikes += stepSpikes;
                events += stepEvents;
                updates += stepUpdates;
                if (stepUpdates > 0) {
                    activeSteps++;
                    if (series != null) {
                        series.add(t, stepSpikes, stepEvents, stepUpdates);
                    }
                }

                if (watchedCount > 0 && (stop.allWatched() ? watchedSpiked == watchedCount : watchedSpiked > 0)) {
                    reason = StopReason.SPIKED;
                    break;
                }
                boolean nothingLive = liveCount == 0;
                if (stop.quiescence() && nothingLive && calendar.isEmpty() && cursor == stimulus.size()) {
                    reason = StopReason.QUIESCENT;
                    break;
                }
                if (t + 1 == stop.maxSteps()) {
                    reason = StopReason.STEP_LIMIT;
                    break;
                }
                long next = t + 1;
                if (nothingLive) {
                    // Every neuron is at a fixed point: jump to the next delivery or stimulus.
                    next = calendar.nextTime(t);
                    if (cursor < stimulus.size()) {
                        next = Math.min(next, stimulus.step(cursor));
                    }
                    if (next >= stop.maxSteps()) {
                        t = stop.maxSteps() - 1;
                        reason = StopReason.STEP_LIMIT;
                        break;
                    }
                }
                t = next;
            }
            ActivityStats stats = new ActivityStats(t + 1, activeSteps, spikes, events, updates, series);
            return new Run(reason, stats, v, firstSpikes, counts, raster);
        }

        /** A step delivering {@code events} events is dense: more than the update set has words. */
        private boolean dense(int events) {
            return events > todoWords.length;
        }

        /**
         * Adds the events due at t to the accumulators and marks their targets. A slot holding more
         * events than the update set has words is delivered without summary bits, and the step's
         * update then scans every word ({@link #denseStep}): cheaper than a summary bit per event.
         * The scatter loops write the update set's raw words: a bit and its summary bit, as
         * {@link TwoLevelBitSet#set}, or the bit alone, as {@link TwoLevelBitSet#setWithoutSummary}.
         */
        private void deliver(long t) {
            final int[] acc = this.acc;
            final long[] todo = this.todoWords;
            int size = calendar.slotSize(t);
            boolean wasDense = denseStep;
            denseStep = dense(size);
            if (wasDense && !denseStep) {
                // The last (dense) walk marked live neurons without summary bits: rebuild them.
                this.todo.rebuildSummary();
            }
            if (size > 0 && compactShift >= 0) {
                int[] slot = calendar.compactSlots[(int) (t & calendar.mask())];
                final int shift = compactShift;
                final int weightMask = (1 << shift) - 1;
                final int[] palette = this.palette;
                if (latchesOnly && !denseStep) {
                    deliverToLatches(slot, size, shift);
                } else if (denseStep && shift == 0) {
                    // One weight: an event is its target.
                    final int weight = palette[0];
                    for (int k = 0; k < size; k++) {
                        int i = slot[k];
                        acc[i] += weight;
                        todo[i >>> 6] |= 1L << i;
                    }
                } else if (denseStep) {
                    for (int k = 0; k < size; k++) {
                        int e = slot[k];
                        int i = e >>> shift;
                        acc[i] += palette[e & weightMask];
                        todo[i >>> 6] |= 1L << i;
                    }
                } else {
                    final long[] summary = this.summaryWords;
                    final long[] top = this.topWords;
                    for (int k = 0; k < size; k++) {
                        int e = slot[k];
                        int i = e >>> shift;
                        acc[i] += palette[e & weightMask];
                        todo[i >>> 6] |= 1L << i;
                        summary[i >>> 12] |= 1L << (i >>> 6);
                        top[i >>> 18] |= 1L << (i >>> 12);
                    }
                }
                stepEvents += size;
                calendar.clearSlot(t);
            } else if (size > 0) {
                long[] slot = calendar.slots[(int) (t & calendar.mask())];
                if (denseStep) {
                    for (int k = 0; k < size; k++) {
                        long e = slot[k];
                        int i = (int) (e >>> 32);
                        acc[i] += (int) e;
                        todo[i >>> 6] |= 1L << i;
                    }
                } else {
                    final long[] summary = this.summaryWords;
                    final long[] top = this.topWords;
                    for (int k = 0; k < size; k++) {
                        long e = slot[k];
                        int i = (int) (e >>> 32);
                        acc[i] += (int) e;
                        todo[i >>> 6] |= 1L << i;
                        summary[i >>> 12] |= 1L << (i >>> 6);
                        top[i >>> 18] |= 1L << (i >>> 12);
                    }
                }
                stepEvents += size;
                calendar.clearSlot(t);
            }
            while (calendar.heapMin() == t) {
                long y = synapse[calendar.heapPop()];
                int i = Network.packedTarget(y);
                acc[i] += palette[Network.packedWeightIndex(y)];
                mark(i);
                stepEvents++;
            }
        }

        /**
         * The sparse compact scatter of {@link #deliver} in a network of latches only: the same sums
         * and marks, and two loads whose values are not used, so that their cache misses overlap
         * with the accumulator's instead of stalling the step's update and scheduling one after
         * the other: the target's potential (which its update reads next) and, unless it has
         * spiked, its row's start (which {@link #scheduleFired} reads if it spikes, as a latch that
         * receives input usually does in a wavefront). Measured with {@code EngineAB} on rome-roads
         * SSSP (2026-12-05, thread CPU time): compile + simulate + decode 4&ndash;8% faster at the
         * median than without the loads; skipping the accumulator of spiked targets instead (a
         * branch per event) was ~10% slower.
         */
        private void deliverToLatches(int[] slot, int size, int shift) {
            final int[] acc = this.acc;
            final int[] v = this.v;
            final int[] rowStart = this.rowStart;
            final long[] todo = this.todoWords;
            final long[] summary = this.summaryWords;
            final long[] top = this.topWords;
            final long[] spikedWords = this.spikedWords;
            final int[] palette = this.palette;
            final int weightMask = (1 << shift) - 1;
            int touched = 0;
            for (int k = 0; k < size; k++) {
                int e = slot[k];
                int i = e >>> shift;
                acc[i] += palette[e & weightMask];
                todo[i >>> 6] |= 1L << i;
                summary[i >>> 12] |= 1L << (i >>> 6);
                top[i >>> 18] |= 1L << (i >>> 12);
                // Row start of i, or of neuron 0 (cached) when i has spiked: without a branch.
                int unlessSpiked = i & ((int) ((spikedWords[i >>> 6] >>> i) & 1) - 1);
                touched += v[i] + rowStart[unlessSpiked];
            }
            touchSink += touched;
        }

        private void mark(int i) {
            todo.set(i);
        }

        /**
         * A sparse step (no more events than the update set has words) without a stimulus entry of a
         * network that {@link EventEngine#firesOnArrival(Network, TypeTable, Stimulus) fires on arrival}:
         * each event's target is counted as updated once (a bit of the update set, and listed in
         * {@link #arrivals} to clear it after the step) and spikes if it has not spiked, in the order the
         * events arrive (Dial's bucket queue: the slot is the bucket), without accumulators, potentials
         * or the walk in id order, which such a step does not need: the general step would give every
         * target the same spike, the same counts and potential 0. Spikes are then scheduled (and given
         * to a sink that does not need id order) in arrival order, which changes no recording kept here
         * (no raster). Returns the number of updates.
         */
        private int fireOnArrival(long t) {
            arrivalCount = 0;
            int size = calendar.slotSize(t);
            if (size > 0) {
                int s = (int) (t & calendar.mask());
                if (compactShift >= 0) {
                    final int[] slot = calendar.compactSlots[s];
                    final int shift = compactShift;
                    for (int k = 0; k < size; k++) {
                        arrive(slot[k] >>> shift, t);
                    }
                } else {
                    final long[] slot = calendar.slots[s];
                    for (int k = 0; k < size; k++) {
                        arrive((int) (slot[k] >>> 32), t);
                    }
                }
                calendar.clearSlot(t);
            }
            int far = 0;
            for (; calendar.heapMin() == t; far++) { // rare: delays beyond the ring
                arrive(Network.packedTarget(synapse[calendar.heapPop()]), t);
            }
            final long[] marks = this.todoWords;
            final int[] arrivals = this.arrivals;
            for (int k = 0; k < arrivalCount; k++) {
                marks[arrivals[k] >>> 6] = 0; // word by word, as the general step's walk clears them
            }
            stepEvents += size + far;
            return arrivalCount;
        }

        /**
         * An event reaches i in {@link #fireOnArrival}: unless i is already marked this step, marks and
         * lists it, and spikes it unless it has spiked.
         */
        private void arrive(int i, long t) {
            final int w = i >>> 6;
            final long bit = 1L << i;
            final long m = todoWords[w];
            if ((m & bit) != 0) {
                return;
            }
            todoWords[w] = m | bit;
            if (arrivalCount == arrivals.length) {
                arrivals = Arrays.copyOf(arrivals, Math.min(n, 2 * arrivalCount));
            }
            arrivals[arrivalCount++] = i;
            if ((spikedWords[w] & bit) == 0) {
                spike(i, t);
            }
        }

        /**
         * Updates every marked neuron in increasing id order; stimulus entries first..end (sorted by
         * neuron, all marked) are matched on the way. Spiking neurons are collected in
         * {@link #fired}, in id order, for {@link #scheduleFired}. Returns the number of updates.
         */
        private int updateMarked(long t, int stim, int stimEnd) {
            this.stim = stim;
            this.stimEnd = stimEnd;
            nextStim = stim < stimEnd ? stimulus.neuron(stim) : -1;
            stepMix = CounterRng.stepTerm(t);
            int updates = 0;
            final long[] todo = this.todoWords;
            final long[] summary = this.summaryWords;
            final long[] top = this.topWords;
            if (denseStep) {
                // Every word may hold marks: scan them all; live neurons set bits only (see stayLive).
                Arrays.fill(summary, 0);
                Arrays.fill(top, 0);
                for (int w = 0; w < todo.length; w++) {
                    long bits = todo[w];
                    if (bits == 0) {
                        continue;
                    }
                    todo[w] = 0;
                    updates += Long.bitCount(bits);
                    updateWord(w, bits, t);
                }
                return updates;
            }
            // Through the top level, then the summary: each top and summary word is taken (read and
            // cleared) before its words are updated, so the live neurons an update marks again (in
            // the word being updated) stay in the set, with their summary and top bits, for the next step.
            for (int tw = 0; tw < top.length; tw++) {
                long u = top[tw];
                if (u == 0) {
                    continue;
                }
                top[tw] = 0;
                while (u != 0) {
                    int sw = (tw << 6) | Long.numberOfTrailingZeros(u);
                    u &= u - 1;
                    long s = summary[sw];
                    summary[sw] = 0;
                    while (s != 0) {
                        int w = (sw << 6) | Long.numberOfTrailingZeros(s);
                        s &= s - 1;
                        long bits = todo[w];
                        todo[w] = 0;
                        updates += Long.bitCount(bits);
                        updateWord(w, bits, t);
                    }
                }
            }
            return updates;
        }

        /**
         * Updates the neurons of one word of the update set, in two passes. The first applies the
         * rules of {@link NeuronType} ({@link NeuronRules}) with no current and no forced spike to the
         * neurons of a {@link TypeConstants#PLAIN}, {@link TypeConstants#LATCH} or
         * {@link TypeConstants#GATE} type without a stimulus entry, without branching on their
         * outcome: it stores each new potential and collects, as bits, the neurons at or over
         * threshold (fire candidates) and those not at rest. The second visits, in id order, the
         * candidates (fire draw, spike, reset) and the remaining neurons (stimulus entries, other
         * types: {@link #update}), so spikes are reported in id order as before.
         */
        private void updateWord(int w, long bits, long t) {
            final int[] v = this.v;
            final int[] acc = this.acc;
            final short[] typeOf = this.typeOf;
            final TypeConstants[] byType = types.byType;
            final boolean single = this.singleType;
            final int base = w << 6;

            long slow = 0; // neurons for update(): stimulus entries of this word, other types
            if (nextStim >= 0 && nextStim < base + 64) {
                for (int k = stim; k < stimEnd; k++) {
                    int i = stimulus.neuron(k);
                    if (i >= base + 64) {
                        break;
                    }
                    slow |= 1L << i;
                }
            }
            long candidates = 0;
            long live = 0;
            final long spikedWord = spikedWords[w];
            // The type's constants in locals, reloaded when the type changes (never in a one-type network).
            final TypeConstants k0 = type0;
            TypeConstants k = k0;
            int ty = 0;
            int p = k0.path(), leak = k0.leakCode(), amount = k0.leakAmount(), bias = k0.bias(), th = k0.threshold();
            int lo = k0.min(), hi = k0.max(), rest = k0.fullLeakRest();
            boolean still = k0.still();
            // A one-type network's word takes a loop for its path alone; a GATE's fire draw is
            // made there too, so pass two visits only the neurons that spike (drawn).
            boolean drawn = false;
            if (single && p == TypeConstants.PLAIN) {
                for (long left = bits & ~slow; left != 0; left &= left - 1) {
                    int b = Long.numberOfTrailingZeros(left);
                    int i = base | b;
                    int x = NeuronRules.saturate((long) v[i] + acc[i], lo, hi);
                    acc[i] = 0;
                    v[i] = x;
                    candidates |= NeuronRules.atThreshold(x, th) << b;
                }
                live = candidates;
            } else if (single && p == TypeConstants.LATCH) {
                // Latched neurons drop their input: only the others are visited (a latched
                // neuron's accumulator is dead, see latchesOnly), yet all count as updated.
                for (long left = bits & ~slow & ~spikedWord; left != 0; left &= left - 1) {
                    int b = Long.numberOfTrailingZeros(left);
                    int i = base | b;
                    int x = NeuronRules.saturate((long) v[i] + acc[i], lo, hi);
                    acc[i] = 0;
                    v[i] = x;
                    candidates |= NeuronRules.atThreshold(x, th) << b;
                }
            } else if (single && p == TypeConstants.GATE) {
                final int chance = k0.fireChance();
                final boolean random = drawTerm != null && chance > 0 && chance < NeuronType.ALWAYS;
                final long[] drawTerm = this.drawTerm;
                final long stepMix = this.stepMix;
                for (long left = bits & ~slow; left != 0; left &= left - 1) {
                    int b = Long.numberOfTrailingZeros(left);
                    int i = base | b;
                    int x = NeuronRules.integrate(NeuronRules.leak(leak, amount, v[i]), bias, acc[i], lo, hi);
                    acc[i] = 0;
                    v[i] = x;
                    long over = NeuronRules.atThreshold(x, th);
                    long drifts = still ? 0 : leak == NeuronRules.LEAK_FULL ? (x != rest ? 1 : 0) : k0.fixedPoint(x) ? 0 : 1;
                    live |= (over | drifts) << b;
                    if (over != 0 && chance != 0 && (!random
                            || NeuronRules.drawFires((int) (CounterRng.bitsFromNeuronTerm(drawTerm[i], stepMix) >>> 48), chance))) {
                        candidates |= 1L << b;
                    }
                }
                drawn = true;
            } else {
                for (long left = bits & ~slow; left != 0; left &= left - 1) {
                    int b = Long.numberOfTrailingZeros(left);
                    int i = base | b;
                    int type = single ? 0 : typeOf[i] & 0xFFFF;
                    if (type != ty) {
                        ty = type;
                        k = byType[ty];
                        p = k.path();
                        leak = k.leakCode();
                        amount = k.leakAmount();
                        bias = k.bias();
                        th = k.threshold();
                        lo = k.min();
                        hi = k.max();
                        rest = k.fullLeakRest();
                        still = k.still();
                    }
                    if (p == TypeConstants.PLAIN) {
                        // No leak, bias, countdown or draw: v + input, saturated; rest is v < threshold.
                        int x = NeuronRules.saturate((long) v[i] + acc[i], lo, hi);
                        acc[i] = 0;
                        v[i] = x;
                        long over = NeuronRules.atThreshold(x, th);
                        candidates |= over << b;
                        live |= over << b;
                    } else if (p == TypeConstants.LATCH) {
                        // PLAIN until its spike, then latched: input dropped for good; never live.
                        int input = acc[i];
                        acc[i] = 0;
                        if ((spikedWord & (1L << b)) == 0) {
                            int x = NeuronRules.saturate((long) v[i] + input, lo, hi);
                            v[i] = x;
                            candidates |= NeuronRules.atThreshold(x, th) << b;
                        }
                    } else if (p == TypeConstants.GATE) {
                        // No refractory period: leak, bias, input, saturate; the fire draw is in pass two.
                        int x = NeuronRules.integrate(NeuronRules.leak(leak, amount, v[i]), bias, acc[i], lo, hi);
                        acc[i] = 0;
                        v[i] = x;
                        long over = NeuronRules.atThreshold(x, th);
                        candidates |= over << b;
                        // Not at rest (restsAt): over threshold, or moved by leak + bias.
                        long drifts = still ? 0 : leak == NeuronRules.LEAK_FULL ? (x != rest ? 1 : 0) : k.fixedPoint(x) ? 0 : 1;
                        live |= (over | drifts) << b;
                    } else {
                        slow |= 1L << b;
                    }
                }
            }
            for (long visit = candidates | slow; visit != 0; visit &= visit - 1) {
                int b = Long.numberOfTrailingZeros(visit);
                int i = base | b;
                if ((slow & (1L << b)) != 0) {
                    updateSlow(i, t);
                    continue;
                }
                TypeConstants c = single ? k0 : byType[typeOf[i] & 0xFFFF];
                int pc = c.path();
                if (pc != TypeConstants.GATE || drawn || draws(c, i)) {
                    int x = c.afterSpike(v[i]);
                    spike(i, t);
                    v[i] = x;
                    boolean stays = pc == TypeConstants.PLAIN ? x >= c.threshold()
                            : pc == TypeConstants.GATE && (x >= c.threshold() || !c.fixedPoint(x));
                    live = stays ? live | 1L << b : live & ~(1L << b);
                }
            }
            if (live != 0) {
                todoWords[w] |= live; // as TwoLevelBitSet.or, without the summary bit in a dense step
                if (!denseStep) {
                    summaryWords[w >>> 6] |= 1L << w;
                    topWords[w >>> 12] |= 1L << (w >>> 6);
                }
                liveCount += Long.bitCount(live);
            }
        }

        /** Updates neuron i through {@link #update}, with its stimulus entry if it is the next one. */
        private void updateSlow(int i, long t) {
            int input = acc[i];
            acc[i] = 0;
            if (i == nextStim) {
                int k = stim;
                long current = stimulus.current(k);
                boolean forced = stimulus.forced(k);
                stim = ++k;
                nextStim = k < stimEnd ? stimulus.neuron(k) : -1;
                update(i, t, input, current, forced);
            } else {
                update(i, t, input, 0, false);
            }
        }

        /**
         * One step of neuron i with its synaptic input, stimulus current and forced spike: the four
         * rules of {@link NeuronType}, through {@link TypeConstants}' {@link NeuronRules}.
         */
        private void update(int i, long t, int input, long current, boolean forced) {
            TypeConstants k = types.byType[typeOf[i] & 0xFFFF];
            int path = k.path();
            if ((path == TypeConstants.PLAIN || path == TypeConstants.LATCH) && !forced && current == 0) {
                // No leak, bias, countdown or draw: v + input, saturated; rest is v < threshold.
                if (path == TypeConstants.LATCH && spiked.get(i)) {
                    return; // latched: input dropped for good
                }
                int x = k.saturate((long) v[i] + input);
                int threshold = k.threshold();
                if (x >= threshold) {
                    spike(i, t);
                    x = k.resetValue();
                    if (path == TypeConstants.LATCH) {
                        v[i] = x;
                        return;
                    }
                }
                v[i] = x;
                if (x >= threshold) {
                    stayLive(i);
                }
                return;
            }
            int refractory = k.refractory();
            if (refractory == NeuronType.FIRE_ONCE && spiked.get(i)) {
                return; // latched: input dropped for good
            }
            if (refractoryLeft != null && refractoryLeft[i] > 0) {
                int left = --refractoryLeft[i]; // refractory: input dropped, count down
                if (left > 0 || !k.restsAt(v[i])) {
                    stayLive(i);
                }
                return;
            }
            int x = k.integrate(v[i], input + current);
            if (forced || (x >= k.threshold() && draws(k, i))) {
                x = k.afterSpike(x);
                spike(i, t);
                if (refractory == NeuronType.FIRE_ONCE) {
                    v[i] = x;
                    return; // latched from now on
                }
                if (refractory > 0) {
                    refractoryLeft[i] = refractory;
                    v[i] = x;
                    stayLive(i);
                    return;
                }
            }
            v[i] = x;
            if (!k.restsAt(x)) {
                stayLive(i);
            }
        }

        /**
         * The fire draw of neuron i of type k at the current step: {@link CounterRng#draw16}(seed, i,
         * t), with the seed's and neuron's term of {@link CounterRng#bits} computed once per run
         * ({@link #drawTerm}) and the step's once per step ({@link #stepMix}).
         */
        private boolean draws(TypeConstants k, int i) {
            int chance = k.fireChance();
            if (chance == NeuronType.ALWAYS) {
                return true;
            }
            if (chance == 0) {
                return false;
            }
            return NeuronRules.drawFires((int) (CounterRng.bitsFromNeuronTerm(drawTerm[i], stepMix) >>> 48), chance);
        }

        /**
         * Keeps i in the update set for the next step. During a dense step's walk only its bit is
         * set: the summary is rebuilt from the bits, if the next step needs it, by {@link #deliver}.
         */
        private void stayLive(int i) {
            if (denseStep) {
                todo.setWithoutSummary(i);
            } else {
                todo.set(i);
            }
            liveCount++;
        }

        private void spike(int i, long t) {
            stepSpikes++;
            if (!spiked.getAndSet(i)) {
                if (firstSpikes != null) {
                    firstSpikes[i] = t;
                }
                if (watchedBits != null && watchedBits.get(i)) {
                    watchedSpiked++;
                }
            }
            if (counts != null) {
                counts[i]++;
            }
            if (raster != null) {
                raster.spike(t, i);
            }
            if (sink != null) {
                sink.spike(t, i);
            }
            if (firedCount == fired.length) {
                fired = Arrays.copyOf(fired, Math.min(n, 2 * fired.length));
            }
            fired[firedCount++] = i;
        }

        /**
         * Schedules the step's spikes, after all updates (delays are &ge; 1, so no event is due in
         * the step itself): one pass over each row, near events copied into their arrival slots, far
         * ones queued.
         */
        private void scheduleFired(long t) {
            final int[] fired = this.fired;
            final int count = firedCount;
            firedCount = 0;
            final int[] rowStart = this.rowStart;
            final Calendar calendar = this.calendar;
            final int mask = calendar.mask();
            final int now = (int) (t & mask);
            final long[] synapse = this.synapse;
            long touched = 0;
            for (int k = 0; k < count; ) {
                // Touch every cache line of the next rows first (up to TOUCH_CHUNK synapses): their
                // misses are independent loads that overlap, instead of one row's stalls at a time
                // inside the copy loop; the copy then reads them from cache.
                int stop = count < TOUCH_MIN_ROWS ? count : k;
                int budget = 0;
                for (; stop < count && budget < TOUCH_CHUNK; stop++) {
                    int i = fired[stop];
                    int from = rowStart[i];
                    int end = rowStart[i + 1];
                    for (int q = from; q < end; q += 8) {
                        touched += synapse[q];
                    }
                    if (end > from) {
                        touched += synapse[end - 1];
                    }
                    budget += end - from;
                }
                if (uncheckedCopy && budget >= UNCHECKED_MIN_EVENTS_PER_SLOT * calendar.window()) {
                    // Room for every event of these rows in every slot they can reach, made once:
                    // the copy then checks neither capacity, nor far delays, nor first events.
                    calendar.reserve(now, budget);
                    copyRowsUnchecked(k, stop, now);
                    calendar.markFilled(now);
                    k = stop;
                }
                for (; k < stop; k++) {
                    int i = fired[k];
                    int end = rowStart[i + 1];
                    int j = rowStart[i];
                    while ((j = compactShift >= 0 ? copyRowCompact(j, end, now) : copyRow(j, end, now)) < end) {
                        // Synapse j is far, or its slot is full: the rare cases, kept out of copyRow.
                        long y = synapse[j];
                        if (Network.packedDelay(y) <= mask) {
                            calendar.grow((now + Network.packedDelay(y)) & mask);
                        } else {
                            calendar.scheduleFar(t + network.delay(j), j);
                            j++;
                        }
                    }
                }
            }
            touchSink += touched;
        }

        /**
         * Copies the rows of {@code fired[from .. to - 1]} into a compact calendar's slots, after
         * {@link Calendar#reserve} made room for all of them in every slot they reach (and with no
         * delay beyond the ring): the loop of {@link #copyRowCompact} without its checks.
         */
        private void copyRowsUnchecked(int from, int to, int now) {
            final int[] fired = this.fired;
            final int[] rowStart = this.rowStart;
            final long[] synapse = this.synapse;
            final int[][] slots = calendar.compactSlots;
            final int[] slotSize = calendar.slotSize;
            final int mask = calendar.mask();
            final int shift = compactShift;
            for (int k = from; k < to; k++) {
                int i = fired[k];
                int end = rowStart[i + 1];
                for (int j = rowStart[i]; j < end; j++) {
                    long y = synapse[j];
                    int s = (now + Network.packedDelay(y)) & mask;
                    int size = slotSize[s];
                    slots[s][size] = (Network.packedTarget(y) << shift) | Network.packedWeightIndex(y);
                    slotSize[s] = size + 1;
                }
            }
        }

        /** {@link #copyRow} for a compact calendar: 4-byte events. */
        private int copyRowCompact(int j, int end, int now) {
            final long[] synapse = this.synapse;
            final Calendar calendar = this.calendar;
            final int[][] slots = calendar.compactSlots;
            final int[] slotSize = calendar.slotSize;
            final int mask = calendar.mask();
            final int shift = compactShift;
            for (; j < end; j++) {
                long y = synapse[j];
                int d = Network.packedDelay(y);
                if (d > mask) {
                    return j;
                }
                int s = (now + d) & mask;
                int[] slot = slots[s];
                int size = slotSize[s];
                if (size == slot.length) {
                    return j;
                }
                if (size == 0) {
                    calendar.firstEvent(s);
                }
                slot[size] = (Network.packedTarget(y) << shift) | Network.packedWeightIndex(y);
                slotSize[s] = size + 1;
            }
            return end;
        }

        /**
         * Copies synapses j.. of a row into their arrival slots until the row's end, a far synapse
         * or a full slot, and returns where it stopped: a loop with no call, for the JIT.
         */
        private int copyRow(int j, int end, int now) {
            final long[] synapse = this.synapse;
            final int[] palette = this.palette;
            final Calendar calendar = this.calendar;
            final long[][] slots = calendar.slots;
            final int[] slotSize = calendar.slotSize;
            final int mask = calendar.mask();
            for (; j < end; j++) {
                long y = synapse[j];
                int d = Network.packedDelay(y);
                if (d > mask) {
                    return j;
                }
                int s = (now + d) & mask;
                long[] slot = slots[s];
                int size = slotSize[s];
                if (size == slot.length) {
                    return j;
                }
                if (size == 0) {
                    calendar.firstEvent(s);
                }
                slot[size] = (y & 0xFFFFFFFF00000000L) | (palette[(int) y & 0xFFFF] & 0xFFFFFFFFL);
                slotSize[s] = size + 1;
            }
            return end;
        }
    }
}
