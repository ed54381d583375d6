package org.spikegraph.algorithms.randomwalk;

import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
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
 * d positive-weight out-arcs a_1..a_d (in CSR order; arcs of weight 0 are never taken):
 * <ul>
 *   <li>an <b>entry</b> E (&theta; = 1, SOFT reset, no leak): every walker arriving at u adds 1 to its
 *       potential and E releases one walker per step, so walkers meeting at u in the same step wait
 *       in E's potential (a queue) and are never lost: at any step, walkers delivered to E = E's
 *       spikes + E's potential. E's spike count is the number of walkers at u after t graph steps;</li>
 *   <li>for d &ge; 2, a chain of d &minus; 1 <b>choice stages</b> k = 1..d&minus;1, each a stochastic
 *       neuron A_k (&theta; = 1, FULL leak, fireChance c_k, see {@link #fireChance}) and a deterministic
 *       fallback B_k (&theta; = 1, FULL leak). The stage's feeder (E for k = 1, B_{k&minus;1} after)
 *       excites A_k with delay 1 and B_k with delay 2; A_k inhibits B_k (&minus;1, delay 1). If A_k
 *       fires, the walker goes to the target of a_k and B_k's input cancels; otherwise B_k fires and
 *       feeds stage k + 1. The feeder of the last stage (B_{d&minus;1}, or E when d = 1) sends the walker
 *       to the target of a_d with certainty. Given it reached stage k, the walker takes a_k with
 *       probability c_k / 2^16 &asymp; w_k / (w_k + ... + w_d), so a_k overall with probability
 *       &asymp; w_k / (w_1 + ... + w_d);</li>
 *   <li>nothing else for an <b>absorbing</b> vertex (no positive-weight out-arc): a walker that enters
 *       E there spikes once and stops; {@link VisitCounts} keeps it at that vertex for every later t.</li>
 * </ul>
 * Layer T holds the entries only: the walk ends there (the step limit per walk). Neurons: (T + 1)
 * &middot; n entries plus, per layer t &lt; T, 2 &middot; (d(u) &minus; 1) per non-absorbing vertex u; synapses per
 * layer: 3 per choice stage plus one per positive-weight arc.
 * The unrolled network grows as O(T &middot; (n + m)), and a walker spends O(d) steps in a vertex of
 * out-degree d: meant for walks of bounded length on small and medium graphs.
 *
 * <h2>Circuit steps per graph step</h2>
 * Relative to E's spike at step s, A_k fires at s + 2k &minus; 1, B_k at s + 2k, and the last stage's
 * feeder at s + 2(d &minus; 1). Each route synapse is padded so that it lands in the next layer's E
 * exactly {@link #stepsPerGraphStep() D} = max(1, 2&Delta; &minus; 1) steps after s, &Delta; the largest
 * positive out-degree. A walker that never waits is therefore at graph step t at circuit step t &middot; D;
 * a walker that waits j steps in queues is there at t &middot; D + j. Counts are read per layer, so
 * waiting never changes the answer, only the time; a run ends when every walker has left its last
 * layer (quiescence), which happens before (T + 1)(N + D) + 2 steps for N walkers.
 *
 * <h2>Randomness</h2>
 * Each A neuron holds at most one walker per step (an entry releases one per step and the chain
 * has fixed delays), so every choice reads a fresh draw of {@code CounterRng(seed, A_k, step)}, a
 * draw no other choice reads. Which draw a walker reads depends on earlier draws only, so the
 * choices behave as independent draws (as far as the counter-based generator is random), the N
 * walkers are independent, and the positions after t steps are N independent samples of
 * &mu;P&#x0303;^t, where P&#x0303; is the quantized transition matrix ({@link #quantizationBound}).
 * The same seed gives the same counts on every engine.
 */
public final class RandomWalkCompiler {

    private static final NeuronType ENTRY = NeuronType.builder().threshold(1).reset(Reset.soft()).build();
    private static final NeuronType FALLBACK = NeuronType.builder().threshold(1).leak(Leak.full()).build();

    private final CsrGraph graph;
    private final int[] degree; // positive-weight out-arcs per vertex
    private final int maxDegree;

    /**
     * A compiler for the graph's own weights (1 for every arc of an unweighted graph).
     *
     * @throws IllegalArgumentException for a negative, infinite or NaN weight
     */
    public RandomWalkCompiler(CsrGraph graph) {
        this.graph = graph;
        int n = graph.vertexCount();
        degree = new int[n];
        int max = 0;
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                double w = graph.weight(a);
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("arc " + a + " (" + u + " -> " + graph.target(a) + ") has weight " + w
                            + ": random walks need finite weights >= 0");
                }
                if (w > 0) {
                    degree[u]++;
                }
            }
            max = Math.max(max, degree[u]);
        }
        maxDegree = max;
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** D: circuit steps per graph step for a walker that never waits in a queue. */
    public int stepsPerGraphStep() {
        return Math.max(1, 2 * maxDegree - 1);
    }

    /** True when vertex u has no positive-weight out-arc: a walker that gets there stays. */
    public boolean absorbing(int u) {
        return degree[u] == 0;
    }

    /**
     * The fire chance of a choice stage: round(2^16 &middot; w / remaining), in units of 2^-16. The
     * conditional probability it encodes is off by at most 2^-17 (half a unit).
     *
     * @param w         the weight of the stage's arc, &ge; 0
     * @param remaining the weight of this arc and all later arcs of the vertex, &ge; w, &gt; 0
     */
    public static int fireChance(double w, double remaining) {
        if (!(w >= 0) || !(remaining > 0) || w > remaining) {
            throw new IllegalArgumentException("need 0 <= w <= remaining, remaining > 0; got w = " + w + ", remaining = " + remaining);
        }
        return (int) Math.min(NeuronType.ALWAYS, Math.round(NeuronType.ALWAYS * (w / remaining)));
    }

    /**
     * A bound on the total variation (L1) distance between the walk the circuit samples and the exact
     * one, after {@code steps} graph steps, from the 16-bit rounding of fire chances. Stage k's
     * conditional probability is off by at most 2^-17, so the probability of taking arc k (a product
     * of at most min(k, d &minus; 1) such factors, each in [0, 1]) is off by at most min(k, d &minus; 1)
     * &middot; 2^-17, a row of P by at most r(d) = 2^-17 &middot; (d &minus; 1)(d + 2) / 2 in L1, and
     * &#x2016;&mu;P&#x0303;^t &minus; &mu;P^t&#x2016;_1 &le; t &middot; max_u r(d(u)). Every single
     * probability is off by at most this bound too. (The remaining weights are double sums; their
     * relative error, about 1e-16 per arc, is far below the rounding and not counted.)
     */
    public double quantizationBound(int steps) {
        double d = maxDegree;
        double row = d <= 1 ? 0 : Math.scalb((d - 1) * (d + 2) / 2, -17);
        return steps * row;
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
        Layout layout = new Layout(steps);
        Network network = build(layout);
        Stimulus.Builder sb = Stimulus.builder();
        for (int v = 0; v < n; v++) {
            if (initial[v] > 0) {
                sb.current(layout.entry(0, v), 0, initial[v]);
            }
        }
        int walkers = (int) total;
        long limit = (steps + 1L) * (walkers + (long) stepsPerGraphStep()) + 2;
        StopCondition stop = StopCondition.afterSteps(limit).orQuiescent();
        int[] start = initial.clone();
        return new Circuit<>("randomwalk", network, sb.build(), stop, Recording.none().withSpikeCounts(),
                run -> decode(run, layout, start, walkers));
    }

    /**
     * Neuron ids: layer t &lt; T is a block of per-vertex routing blocks (E, then A_1, B_1, ..., A_{d-1},
     * B_{d-1}); layer T is n entries.
     */
    final class Layout {
        final int steps;
        final int[] vertexOffset; // within a routing layer
        final int layerSize;

        Layout(int steps) {
            this.steps = steps;
            int n = graph.vertexCount();
            vertexOffset = new int[n + 1];
            for (int u = 0; u < n; u++) {
                vertexOffset[u + 1] = vertexOffset[u] + 1 + 2 * Math.max(0, degree[u] - 1);
            }
            layerSize = vertexOffset[n];
            if ((long) layerSize * steps + n > NetworkBuilder.MAX_ELEMENTS) {
                throw new IllegalArgumentException(steps + " layers of " + layerSize
                        + " neurons exceed a network's neuron limit: walk fewer steps");
            }
        }

        int entry(int t, int v) {
            return t < steps ? t * layerSize + vertexOffset[v] : steps * layerSize + v;
        }

        int neurons() {
            return steps * layerSize + graph.vertexCount();
        }
    }

    private Network build(Layout layout) {
        int n = graph.vertexCount();
        int d = stepsPerGraphStep();
        NetworkBuilder b = Network.builder();
        for (int t = 0; t < layout.steps; t++) {
            for (int u = 0; u < n; u++) {
                b.neuron(ENTRY);
                double remaining = 0;
                for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                    remaining += graph.weight(a);
                }
                int stage = 0;
                for (int a = graph.outStart(u); a < graph.outEnd(u) && stage < degree[u] - 1; a++) {
                    double w = graph.weight(a);
                    if (w > 0) {
                        b.neuron(choiceType(fireChance(w, Math.max(w, remaining))));
                        b.neuron(FALLBACK);
                        remaining -= w;
                        stage++;
                    }
                }
            }
        }
        b.neurons(ENTRY, n);
        for (int t = 0; t < layout.steps; t++) {
            for (int u = 0; u < n; u++) {
                if (degree[u] == 0) {
                    continue;
                }
                int feeder = layout.entry(t, u);
                int offset = 0; // feeder's spike step relative to E's
                int stage = 0;
                for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                    if (graph.weight(a) <= 0) {
                        continue;
                    }
                    int next = layout.entry(t + 1, graph.target(a));
                    if (stage == degree[u] - 1) {
                        b.synapse(feeder, next, 1, d - offset);
                        break;
                    }
                    int choose = feeder + 1; // A_k follows its feeder (E or B_{k-1})
                    int fallback = choose + 1;
                    b.synapse(feeder, choose, 1, 1);
                    b.synapse(feeder, fallback, 1, 2);
                    b.synapse(choose, fallback, -1, 1);
                    b.synapse(choose, next, 1, d - (offset + 1));
                    feeder = fallback;
                    offset += 2;
                    stage++;
                }
            }
        }
        Network network = b.build();
        assert network.neuronCount() == layout.neurons();
        return network;
    }

    private static NeuronType choiceType(int chance) {
        return NeuronType.builder().threshold(1).leak(Leak.full()).fireChance(chance).build();
    }

    private VisitCounts decode(Run run, Layout layout, int[] initial, int walkers) {
        if (run.stopReason() == StopReason.STEP_LIMIT) {
            throw new IncompleteRunException("walkers were still moving after " + run.stepsSpanned()
                    + " steps: raise the step limit");
        }
        int n = graph.vertexCount();
        int steps = layout.steps;
        int[] counts = run.spikeCounts();
        int[] potentials = run.finalPotentials();
        long[][] arrivals = new long[steps + 1][n];
        for (int t = 0; t <= steps; t++) {
            for (int v = 0; v < n; v++) {
                int e = layout.entry(t, v);
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
        return new VisitCounts(walkers, initial, arrivals, absorbing);
    }
}
