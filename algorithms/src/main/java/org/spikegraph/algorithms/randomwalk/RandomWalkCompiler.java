package org.spikegraph.algorithms.randomwalk;

import org.spikegraph.algorithms.brick.Composer;
import org.spikegraph.algorithms.brick.Placed;
import org.spikegraph.algorithms.brick.PortRef;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Compiles random walks of at most T graph steps into a spiking network in which every walker is a
 * spike that moves through stochastic neurons of the substrate (the density method of Severa et al.
 * 2018 and Smith et al. 2022): the host only starts the walkers and reads spike counts.
 *
 * <h2>Construction</h2>
 * The network is unrolled in T + 1 <em>layers</em>, one per graph step t = 0..T, so a walker's hop
 * count is the layer it is in, whatever queueing delayed it. Layer t &lt; T holds, per vertex u with
 * d positive-weight out-arcs (arcs of weight 0 are never taken):
 * <ul>
 *   <li>an <b>entry</b> E (&theta; = 1, SOFT reset, no leak, {@link #entry just the bits N needs}): every walker arriving at u adds 1 to its
 *       potential and E releases one walker per step, so walkers meeting at u in the same step wait
 *       in E's potential (a queue) and are never lost: at any step, walkers delivered to E = E's
 *       spikes + E's potential. E's spike count is the number of walkers at u after t graph steps;</li>
 *   <li>for d &ge; 2, a {@link RoutingTree} fed by E over the d arcs, 2(d &minus; 1) neurons and
 *       &lceil;log2 d&rceil; stochastic stages deep, that sends each walker along one arc with
 *       probability &asymp; (arc weight) / (u's out-weight), into the entry of its target in layer
 *       t + 1 (for d = 1, E feeds that entry directly);</li>
 *   <li>nothing else for an <b>absorbing</b> vertex (no positive-weight out-arc, or one named by
 *       {@link #absorbingAt}): a walker that enters E there spikes once and stops; {@link VisitCounts}
 *       keeps it at that vertex for every later t.</li>
 * </ul>
 * Layer T holds the entries only: the walk ends there (the step limit per walk). Neurons: (T + 1)
 * &middot; n entries plus, per layer t &lt; T, 2 &middot; (d(u) &minus; 1) per non-absorbing vertex u; synapses per
 * layer: 3 per tree node plus one per positive-weight arc. The unrolled network grows as
 * O(T &middot; (n + m)): meant for walks of bounded length on small and medium graphs
 * ({@link PageRankCompiler} loops instead).
 *
 * <h2>Circuit steps per graph step</h2>
 * An arc's exit neuron spikes at most 2&lceil;log2 d&rceil; steps after E (see {@link RoutingTree}); each
 * arc synapse is padded so that it lands in the next layer's E exactly {@link #stepsPerGraphStep() D}
 * = 2&lceil;log2 &Delta;&rceil; + 1 steps after E's spike, &Delta; the largest positive out-degree. A walker
 * that never waits is therefore at graph step t at circuit step t &middot; D; a walker that waits j steps
 * in queues is there at t &middot; D + j. Counts are read per layer, so waiting never changes the answer,
 * only the time; a run ends when every walker has left its last layer (quiescence), which happens
 * before (T + 1)(N + D) + 2 steps for N walkers.
 *
 * <h2>Randomness</h2>
 * Each stochastic neuron holds at most one walker per step (an entry releases one per step and the
 * tree has fixed delays), so every choice reads a fresh draw of {@code CounterRng(seed, neuron,
 * step)}, a draw no other choice reads. Which draw a walker reads depends on earlier draws only, so
 * the choices behave as independent draws (as far as the counter-based generator is random), the N
 * walkers are independent, and the positions after t steps are N independent samples of
 * &mu;P&#x0303;^t, where P&#x0303; is the quantized transition matrix ({@link #quantizationBound}).
 * The same seed gives the same counts on every engine.
 */
public final class RandomWalkCompiler {

    /**
     * A queue for up to N walkers: releases one per step, keeps the rest in its potential, which stays
     * in 0..N (nothing inhibits an entry), so it declares just the bits N needs (a chip with narrower
     * potentials can then hold it exactly).
     */
    static NeuronType entry(long walkers) {
        int bits = 65 - Long.numberOfLeadingZeros(walkers); // N < 2^(bits - 1)
        return NeuronType.builder().threshold(1).reset(Reset.soft()).potentialBits(Math.max(2, bits)).build();
    }

    private final CsrGraph graph;
    private final int[] degree; // positive-weight out-arcs per vertex, 0 when absorbing
    private final int maxDegree;
    private final double stepBound; // the largest rounding distance of a vertex's routing tree

    /**
     * A compiler for the graph's own weights (1 for every arc of an unweighted graph).
     *
     * @throws IllegalArgumentException for a negative, infinite or NaN weight
     */
    public RandomWalkCompiler(CsrGraph graph) {
        this(graph, positiveOutDegrees(graph));
    }

    private RandomWalkCompiler(CsrGraph graph, int[] degree) {
        this.graph = graph;
        this.degree = degree;
        int max = 0;
        double bound = 0;
        for (int u = 0; u < degree.length; u++) {
            max = Math.max(max, degree[u]);
            if (degree[u] > 1) {
                bound = Math.max(bound, RoutingTree.roundingDistance(choiceWeights(u)));
            }
        }
        maxDegree = max;
        stepBound = bound;
    }

    /** Out-arcs of positive weight per vertex; rejects weights that are negative, infinite or NaN. */
    static int[] positiveOutDegrees(CsrGraph graph) {
        int[] degree = new int[graph.vertexCount()];
        for (int u = 0; u < degree.length; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                double w = graph.weight(a);
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("arc " + graph.name(u) + " -> " + graph.name(graph.target(a))
                            + " has weight " + w + ": random walks need finite weights >= 0");
                }
                if (w > 0) {
                    degree[u]++;
                }
            }
        }
        return degree;
    }

    /**
     * A compiler for the same graph in which the given vertices are absorbing too: walkers that reach
     * one stay there, so {@link VisitCounts#absorbed} after T steps counts the walkers that hit it
     * within T steps (see {@link VisitCounts#hitting}).
     */
    public RandomWalkCompiler absorbingAt(int... targets) {
        int[] d = degree.clone();
        for (int v : targets) {
            if (v < 0 || v >= d.length) {
                throw new IllegalArgumentException("target " + v + " is not a vertex (0.." + (d.length - 1) + ")");
            }
            d[v] = 0;
        }
        return new RandomWalkCompiler(graph, d);
    }

    /** The weights of u's positive-weight out-arcs, in CSR order. */
    private double[] choiceWeights(int u) {
        return choices(graph, u, degree[u], null);
    }

    /**
     * Collects the weights (and, when {@code targets} is not null, the targets) of u's
     * positive-weight out-arcs in CSR order.
     */
    static double[] choices(CsrGraph graph, int u, int count, int[] targets) {
        double[] w = new double[count];
        int k = 0;
        for (int a = graph.outStart(u); a < graph.outEnd(u) && k < count; a++) {
            if (graph.weight(a) > 0) {
                if (targets != null) {
                    targets[k] = graph.target(a);
                }
                w[k++] = graph.weight(a);
            }
        }
        return w;
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** D: circuit steps per graph step for a walker that never waits in a queue. */
    public int stepsPerGraphStep() {
        return 2 * RoutingTree.depth(maxDegree) + 1;
    }

    /** True when vertex u has no positive-weight out-arc (or was made absorbing): a walker that gets there stays. */
    public boolean absorbing(int u) {
        return degree[u] == 0;
    }

    /**
     * The fire chance of a choice: round(2^16 &middot; w / total), in units of 2^-16. The conditional
     * probability it encodes is off by at most 2^-17 (half a unit).
     */
    public static int fireChance(double w, double total) {
        return RoutingTree.fireChance(w, total);
    }

    /**
     * A bound on the total variation distance between the walk the circuit samples and the exact one
     * after {@code steps} graph steps, from the 16-bit rounding of fire chances: {@code steps} times
     * the largest {@link RoutingTree#roundingDistance rounding distance} of a vertex's tree (each at
     * most &lceil;log2 &Delta;&rceil; &middot; 2^-17). (Couple the two walks step by step: at each step they part
     * ways with probability at most that distance.) Every single probability is off by at most this bound; the
     * L1 distance by at most twice it. (The weight sums are doubles; their relative error, about 1e-16
     * per arc, is far below the rounding and not counted.)
     */
    public double quantizationBound(int steps) {
        return steps * stepBound;
    }

    /** {@code walkers} walkers start at {@code start} and walk {@code steps} graph steps. */
    public Circuit<VisitCounts> walks(int start, int walkers, int steps) {
        if (start < 0 || start >= graph.vertexCount()) {
            throw new IllegalArgumentException("start " + start + " is not a vertex (0.." + (graph.vertexCount() - 1) + ")");
        }
        int[] initial = new int[graph.vertexCount()];
        initial[start] = walkers;
        return walks(initial, steps);
    }

    /**
     * {@code initial[v]} walkers start at v and each walks {@code steps} graph steps (fewer if it is
     * absorbed).
     */
    public Circuit<VisitCounts> walks(int[] initial, int steps) {
        int n = graph.vertexCount();
        if (initial.length != n) {
            throw new IllegalArgumentException("initial has " + initial.length + " entries for " + n + " vertices");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        long total = 0;
        for (int v = 0; v < n; v++) {
            if (initial[v] < 0) {
                throw new IllegalArgumentException("initial[" + v + "] = " + initial[v] + " walkers: must be >= 0");
            }
            total += initial[v];
        }
        if (total < 1 || total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("need 1.." + Integer.MAX_VALUE + " walkers, got " + total);
        }
        Walkers layout = compose(steps, total);
        Network network = layout.network();
        Stimulus.Builder sb = Stimulus.builder();
        for (int v = 0; v < n; v++) {
            if (initial[v] > 0) {
                sb.current(layout.entry()[0].id(v), 0, initial[v]);
            }
        }
        int walkers = (int) total;
        long limit = (steps + 1L) * (walkers + (long) stepsPerGraphStep()) + 2;
        StopCondition stop = StopCondition.afterSteps(limit).orQuiescent();
        int[] start = initial.clone();
        return new Circuit<>("randomwalk", network, sb.build(), stop, Recording.none().withSpikeCounts(),
                run -> decode(run, layout.entry(), start, walkers));
    }

    /**
     * The unrolled walk: layer t &lt; T a {@link WalkerLayer} (entries and routing trees), layer T its
     * entries only, each layer's exits connected to the next layer's entries.
     *
     * @param network the network
     * @param entry   per layer t = 0..T, the port of the vertices' entries
     */
    record Walkers(Network network, PortRef[] entry) {}

    /**
     * Composes the walk for {@code steps} graph steps and up to {@code walkers} walkers.
     *
     * @throws IllegalArgumentException when the layers would exceed a network's neuron limit
     */
    Walkers compose(int steps, long walkers) {
        int n = graph.vertexCount();
        long layerSize = n;
        int maxIn = 0;
        int[] in = new int[n];
        for (int u = 0; u < n; u++) {
            layerSize += RoutingTree.neurons(degree[u]);
            if (degree[u] > 0) {
                for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                    if (graph.weight(a) > 0) {
                        maxIn = Math.max(maxIn, ++in[graph.target(a)]);
                    }
                }
            }
        }
        if (layerSize * steps + n > NetworkBuilder.MAX_ELEMENTS) {
            throw new IllegalArgumentException(steps + " layers of " + layerSize
                    + " neurons exceed a network's neuron limit: walk fewer steps");
        }
        NeuronType queue = entry(walkers);
        Composer composer = new Composer();
        PortRef[] entry = new PortRef[steps + 1];
        WalkerLayer previous = null;
        PortRef previousNeurons = null;
        for (int t = 0; t <= steps; t++) {
            WalkerLayer layer = new WalkerLayer(graph, degree, queue, t == steps, stepsPerGraphStep(), maxIn);
            Placed placed = composer.add("step" + t, layer);
            entry[t] = placed.port("entry");
            if (previous != null) {
                composer.connect(previousNeurons, entry[t], previous.exits());
            }
            previous = layer;
            previousNeurons = placed.port("neuron");
        }
        return new Walkers(composer.build().network(), entry);
    }

    private VisitCounts decode(Run run, PortRef[] entry, int[] initial, int walkers) {
        if (run.stopReason() == StopReason.STEP_LIMIT) {
            throw new IncompleteRunException("walkers were still moving after " + run.stepsSpanned()
                    + " steps: raise the step limit");
        }
        int n = graph.vertexCount();
        int steps = entry.length - 1;
        int[] counts = run.spikeCounts();
        int[] potentials = run.finalPotentials();
        long[][] arrivals = new long[steps + 1][n];
        for (int t = 0; t <= steps; t++) {
            for (int v = 0; v < n; v++) {
                int e = entry[t].id(v);
                if (potentials[e] != 0) {
                    throw new IllegalStateException("entry of vertex " + v + " in layer " + t + " still holds "
                            + potentials[e] + " walkers after a quiescent run");
                }
                arrivals[t][v] = counts[e];
            }
        }
        boolean[] absorbing = new boolean[n];
        for (int v = 0; v < n; v++) {
            absorbing[v] = degree[v] == 0;
        }
        return new VisitCounts(graph, stepBound, walkers, initial, arrivals, absorbing);
    }
}
