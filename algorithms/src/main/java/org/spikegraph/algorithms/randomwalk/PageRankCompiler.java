package org.spikegraph.algorithms.randomwalk;

import java.util.Arrays;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Compiles PageRank into a looped spiking random-walk circuit whose walkers end their walks with
 * probability 1 &minus; d at every step: the Monte Carlo <em>end-point</em> estimator with cyclic
 * start of Avrachenkov, Litvak, Nemirovsky and Osipova (SIAM J. Numer. Anal. 45(2), 2007, "Monte Carlo
 * methods in PageRank computation: when one iteration is sufficient"), on the walker circuits of
 * Severa et al. 2018 and Smith et al. 2022.
 *
 * <h2>What is estimated</h2>
 * The PageRank of JGraphT's {@code PageRank} and of the usual definition: the stationary law of the
 * walk that, at u, follows an out-arc (probability &prop; weight) with probability d and jumps to a
 * uniformly random vertex with probability 1 &minus; d, jumping uniformly with probability 1 from a
 * dangling u (no positive-weight out-arc). Equivalently &pi; = (1 &minus; d)/n &middot; 1&#x1D40; &sum;_k d^k P&#x0304;^k,
 * P&#x0304; the walk with dangling rows made uniform: a walker that starts at a uniform vertex, walks P&#x0304;
 * and stops with probability 1 &minus; d before every step stops at v with probability &pi;_v. With R
 * walkers started at <em>every</em> vertex (the cyclic start) the N = Rn end points are independent,
 * their average law is exactly &pi;, and &pi;&#x0302;_v = (walks ended at v) / N. Arcs of weight 0 are never
 * taken, so a vertex whose out-arcs all weigh 0 dangles (JGraphT 1.5.3 divides by its zero out-weight
 * instead: the validator gives it the graph without such arcs).
 *
 * <h2>Construction</h2>
 * Per vertex u:
 * <ul>
 *   <li>an <b>entry</b> E_u, a queue as in {@link RandomWalkCompiler} (SOFT reset, one walker released
 *       per step, the others wait in its potential, none lost; its potential never exceeds N, and the
 *       type declares just the bits that needs);</li>
 *   <li>a <b>continue</b> neuron C_u (stochastic, fire chance round(2^16 d)) and an <b>end</b> neuron X_u
 *       (deterministic): E_u excites C_u with delay 1 and X_u with delay 2, C_u inhibits X_u with delay
 *       1. X_u's spike count is the number of walks that ended at u;</li>
 *   <li>a {@link RoutingTree} fed by C_u over u's positive-weight out-arcs, exits into the targets'
 *       entries with delay 1; a dangling u has none: C_u feeds the teleport circuit.</li>
 * </ul>
 * The <b>teleport circuit</b> is one entry queue TE and a uniform {@link RoutingTree} over all n
 * vertices, exits into every E_v with delay 1. R walkers are placed in every E_u at step 0 (a stimulus
 * current). Every walker therefore moves through spikes only; the run ends when all walks have ended
 * (quiescence). A graph step costs at most 2 + 2&lceil;log2 &Delta;&rceil; circuit steps plus queueing (3 +
 * 2&lceil;log2 n&rceil; through the teleport circuit);
 * walkers meeting at a queue only wait, which never changes where a walk ends.
 *
 * <h2>Randomness and rounding</h2>
 * As in {@link RandomWalkCompiler}, every stochastic neuron holds at most one walker per step, so every
 * choice reads a fresh draw, and the same seed gives the same counts on every engine. The fire chances
 * are rounded to 2^-16; {@link #quantizationBound()} bounds what that moves any &pi;_v.
 *
 * <p>Size: neurons 3n + 2(m' &minus; n') + 2n &minus; 1 (m' positive-weight arcs, n' non-dangling
 * vertices), synapses 3 per tree node + 3 per vertex + one per exit; the network does not grow with the
 * walk length.
 */
public final class PageRankCompiler {

    private final CsrGraph graph;
    private final double damping;
    private final int continueChance;
    private final int[] degree;
    private final int maxDegree;
    private final double bound;

    /**
     * A PageRank compiler.
     *
     * @param damping d, the probability of following an out-arc, in [0, 1 &minus; 2^-17)
     * @throws IllegalArgumentException for an empty graph, a damping factor outside that range (one
     *                                  that rounds to a fire chance of 1 would never end a walk), or
     *                                  a negative, infinite or NaN weight
     */
    public PageRankCompiler(CsrGraph graph, double damping) {
        if (!(damping >= 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1), got " + damping
                    + " (at 1 a walk never ends; JGraphT's default is 0.85)");
        }
        if (graph.vertexCount() == 0) {
            throw new IllegalArgumentException("the graph has no vertices");
        }
        this.graph = graph;
        this.damping = damping;
        this.continueChance = RoutingTree.fireChance(damping, 1);
        if (continueChance == NeuronType.ALWAYS) {
            throw new IllegalArgumentException("damping " + damping + " rounds to a fire chance of 1 in the 16-bit "
                    + "resolution of stochastic neurons, so no walk would end: use a damping below 1 - 2^-17 = 0.9999924");
        }
        this.degree = RandomWalkCompiler.positiveOutDegrees(graph);
        int n = graph.vertexCount();
        double worst = 0;
        boolean dangles = false;
        int max = 0;
        for (int u = 0; u < n; u++) {
            max = Math.max(max, degree[u]);
            dangles |= degree[u] == 0;
            if (degree[u] > 1) {
                worst = Math.max(worst, RoutingTree.roundingDistance(RandomWalkCompiler.choices(graph, u, degree[u], null)));
            }
        }
        if (dangles) { // walkers leave a dangling vertex through the teleport tree
            worst = Math.max(worst, RoutingTree.roundingDistance(ones(n)));
        }
        maxDegree = max;
        double continueError = Math.abs(continueChance / 65536.0 - damping);
        bound = (continueError + damping * worst) / (1 - damping);
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** d, the damping factor. */
    public double damping() {
        return damping;
    }

    /**
     * A bound on |&pi;&#x0303;_v &minus; &pi;_v| for every v, &pi;&#x0303; the PageRank of the walk the circuit
     * samples (fire chances rounded to 2^-16). Couple the circuit's walk with the exact one decision by
     * decision. At each graph step the continue coins differ with probability |d&#x0303; &minus; d|; both walks
     * go on with probability at most d, and then their routes differ with probability at most the
     * largest {@link RoutingTree#roundingDistance rounding distance} w of a routing tree (the vertices'
     * trees, and the teleport tree when a vertex dangles). So they part ways with probability at most
     * &epsilon; = |d&#x0303; &minus; d| + d w per step; the exact walk survives k steps with probability d^k, so
     * the end points differ with probability at most &epsilon; / (1 &minus; d), a bound on the total
     * variation distance of the two PageRank vectors.
     */
    public double quantizationBound() {
        return bound;
    }

    /**
     * The circuit: {@code walkersPerVertex} walkers start at every vertex. The step limit is a safety
     * net (see {@link #stepLimit}); a run that reaches it is an {@link IncompleteRunException}.
     */
    public Circuit<PageRankEstimate> walks(int walkersPerVertex) {
        int n = graph.vertexCount();
        if (walkersPerVertex < 1 || (long) walkersPerVertex * n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("need 1.." + Integer.MAX_VALUE / n + " walkers per vertex for " + n
                    + " vertices, got " + walkersPerVertex);
        }
        Layout layout = new Layout();
        int walkers = walkersPerVertex * n;
        Network network = build(layout, RandomWalkCompiler.entry(walkers));
        Stimulus.Builder sb = Stimulus.builder();
        for (int u = 0; u < n; u++) {
            sb.current(layout.entry(u), 0, walkersPerVertex);
        }
        StopCondition stop = StopCondition.afterSteps(stepLimit(walkers)).orQuiescent();
        return new Circuit<>("pagerank", network, sb.build(), stop, Recording.none().withSpikeCounts(),
                run -> decode(run, layout, walkers));
    }

    /**
     * The default step limit for N walkers: a walker's graph step takes at most L = 3 + 2&lceil;log2
     * max(&Delta;, n)&rceil; circuit steps when it never waits, and while any walker waits some queue
     * releases one, so waiting adds at most one step per walker visit. The walkers' visits number
     * N / (1 &minus; d) on average (N d / (1 &minus; d) graph steps); the limit allows L times three times
     * that, plus room for a single long walk. A run that reaches it is reported, never decoded.
     */
    public long stepLimit(int walkers) {
        long perStep = 3L + 2L * RoutingTree.depth(Math.max(maxDegree, graph.vertexCount()));
        double graphSteps = (3.0 * walkers + 60 * Math.log(walkers + 1.0) + 100) / (1 - damping);
        return (long) Math.min(Long.MAX_VALUE / 4, Math.ceil(perStep * graphSteps));
    }

    /** Neuron ids: per vertex E, C, X, then its tree; then TE and the teleport tree. */
    private final class Layout {
        final int[] offset = new int[graph.vertexCount() + 1];
        final int teleport;
        final int neurons;

        Layout() {
            int n = graph.vertexCount();
            for (int u = 0; u < n; u++) {
                offset[u + 1] = offset[u] + 3 + RoutingTree.neurons(degree[u]);
            }
            teleport = offset[n];
            long total = (long) teleport + 1 + RoutingTree.neurons(n);
            if (total > NetworkBuilder.MAX_ELEMENTS) {
                throw new IllegalArgumentException("the PageRank circuit needs " + total + " neurons, more than a network holds");
            }
            neurons = (int) total;
        }

        int entry(int u) {
            return offset[u];
        }

        int end(int u) {
            return offset[u] + 2;
        }
    }

    private Network build(Layout layout, NeuronType queue) {
        int n = graph.vertexCount();
        NetworkBuilder b = Network.builder();
        for (int u = 0; u < n; u++) {
            b.neuron(queue);
            b.neuron(RoutingTree.choice(continueChance));
            b.neuron(RoutingTree.FALLBACK);
            if (degree[u] > 1) {
                RoutingTree.addNeurons(b::neuron, RandomWalkCompiler.choices(graph, u, degree[u], null), 0, degree[u]);
            }
        }
        b.neuron(queue);
        RoutingTree.addNeurons(b::neuron, ones(n), 0, n);

        int[] targets = new int[maxDegree];
        for (int u = 0; u < n; u++) {
            int entry = layout.entry(u);
            int go = entry + 1;
            int end = entry + 2;
            b.synapse(entry, go, 1, 1);
            b.synapse(entry, end, 1, 2);
            b.synapse(go, end, -1, 1);
            if (degree[u] == 0) {
                b.synapse(go, layout.teleport, 1, 1);
                continue;
            }
            RandomWalkCompiler.choices(graph, u, degree[u], targets);
            RoutingTree.addSynapses(b::synapse, go, entry + 3, 0, degree[u],
                    (option, neuron, offset) -> b.synapse(neuron, layout.entry(targets[option]), 1, 1));
        }
        RoutingTree.addSynapses(b::synapse, layout.teleport, layout.teleport + 1, 0, n,
                (option, neuron, offset) -> b.synapse(neuron, layout.entry(option), 1, 1));
        Network network = b.build();
        assert network.neuronCount() == layout.neurons;
        return network;
    }

    private PageRankEstimate decode(Run run, Layout layout, int walkers) {
        if (run.stopReason() == StopReason.STEP_LIMIT) {
            throw new IncompleteRunException("walks were still going after " + run.stepsSpanned()
                    + " steps: raise the step limit");
        }
        int n = graph.vertexCount();
        int[] counts = run.spikeCounts();
        int[] potentials = run.finalPotentials();
        long[] ends = new long[n];
        long[] visits = new long[n];
        for (int u = 0; u < n; u++) {
            if (potentials[layout.entry(u)] != 0) {
                throw new IllegalStateException("the entry of vertex " + u + " still holds walkers after a quiescent run");
            }
            ends[u] = counts[layout.end(u)];
            visits[u] = counts[layout.entry(u)];
        }
        if (potentials[layout.teleport] != 0) {
            throw new IllegalStateException("the teleport queue still holds walkers after a quiescent run");
        }
        return new PageRankEstimate(graph, damping, walkers, ends, visits, bound);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }
}
