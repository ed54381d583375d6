package org.spikegraph.algorithms.randomwalk;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.spikegraph.algorithms.brick.Assumptions;
import org.spikegraph.algorithms.brick.Brick;
import org.spikegraph.algorithms.brick.BrickScope;
import org.spikegraph.algorithms.brick.Composer;
import org.spikegraph.algorithms.brick.Links;
import org.spikegraph.algorithms.brick.Placed;
import org.spikegraph.algorithms.brick.Port;
import org.spikegraph.algorithms.brick.PortRef;
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
        int walkers = walkersPerVertex * n;
        Parts layout = compose(RandomWalkCompiler.entry(walkers));
        Network network = layout.network();
        Stimulus.Builder sb = Stimulus.builder();
        for (int u = 0; u < n; u++) {
            sb.current(layout.entry().id(u), 0, walkersPerVertex);
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

    /**
     * The composed circuit: a {@link Walkers} brick (per vertex E, C, X, then its tree) and a
     * {@link Teleport} brick (TE and the uniform tree), C of each dangling vertex connected to TE and
     * the teleport tree's exits to every entry.
     *
     * @param network  the network
     * @param entry    E per vertex
     * @param end      X per vertex
     * @param teleport TE
     */
    private record Parts(Network network, PortRef entry, PortRef end, PortRef teleport) {}

    private Parts compose(NeuronType queue) {
        int n = graph.vertexCount();
        long total = 1L + RoutingTree.neurons(n);
        int maxIn = 2;
        int[] in = new int[n];
        int dangling = 0;
        for (int u = 0; u < n; u++) {
            total += 3 + RoutingTree.neurons(degree[u]);
            dangling += degree[u] == 0 ? 1 : 0;
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                if (graph.weight(a) > 0) {
                    maxIn = Math.max(maxIn, ++in[graph.target(a)] + 1);
                }
            }
        }
        if (total > NetworkBuilder.MAX_ELEMENTS) {
            throw new IllegalArgumentException("the PageRank circuit needs " + total + " neurons, more than a network holds");
        }
        Composer composer = new Composer();
        Walkers walkers = new Walkers(queue, Math.max(maxIn, dangling));
        Placed w = composer.add("walkers", walkers);
        Teleport teleport = new Teleport(queue, n, Math.max(maxIn, dangling));
        Placed t = composer.add("teleport", teleport);
        composer.connect(w.port("go"), t.port("queue"), walkers.toTeleport());
        composer.connect(t.port("neuron"), w.port("entry"), teleport.exits());
        return new Parts(composer.build().network(), w.port("entry"), w.port("end"), t.port("queue"));
    }

    /**
     * Per vertex u its entry queue E, continue neuron C, end neuron X and routing tree, the trees'
     * exits wired to the targets' entries. Ports: "neuron" (all), and selections "entry", "go" (C),
     * "end" (X). {@link #toTeleport} links C of each dangling vertex to the teleport queue.
     */
    private final class Walkers implements Brick {
        private final NeuronType queue;
        private final int maxFanIn;
        private Links toTeleport;

        Walkers(NeuronType queue, int maxFanIn) {
            this.queue = queue;
            this.maxFanIn = maxFanIn;
        }

        @Override
        public String kind() {
            return "pagerank-walkers";
        }

        @Override
        public Assumptions assumptions() {
            return RoutingTree.queuesAndTrees(queue, maxFanIn, true);
        }

        @Override
        public void build(BrickScope scope) {
            int n = graph.vertexCount();
            List<NeuronType> types = new ArrayList<>();
            int[] entry = new int[n];
            for (int u = 0; u < n; u++) {
                entry[u] = types.size();
                types.add(queue);
                types.add(RoutingTree.choice(continueChance));
                types.add(RoutingTree.FALLBACK);
                if (degree[u] > 1) {
                    RoutingTree.addNeurons(types::add, RandomWalkCompiler.choices(graph, u, degree[u], null), 0, degree[u]);
                }
            }
            PortRef neuron = scope.port("neuron", Port.Direction.OUT, types.size(), types::get);
            int[] go = new int[n];
            int[] end = new int[n];
            for (int u = 0; u < n; u++) {
                go[u] = entry[u] + 1;
                end[u] = entry[u] + 2;
            }
            scope.select("entry", Port.Direction.IN, neuron, entry);
            scope.select("go", Port.Direction.OUT, neuron, go);
            scope.select("end", Port.Direction.OUT, neuron, end);
            RoutingTree.Wiring wiring = (f, t, wt, d) -> scope.synapse(neuron, f, neuron, t, wt, d);
            IntArrayList dangling = new IntArrayList();
            int[] targets = new int[maxDegree];
            for (int u = 0; u < n; u++) {
                wiring.synapse(entry[u], go[u], 1, 1);
                wiring.synapse(entry[u], end[u], 1, 2);
                wiring.synapse(go[u], end[u], -1, 1);
                if (degree[u] == 0) {
                    dangling.add(u);
                    continue;
                }
                RandomWalkCompiler.choices(graph, u, degree[u], targets);
                RoutingTree.addSynapses(wiring, go[u], entry[u] + 3, 0, degree[u],
                        (option, exit, offset) -> wiring.synapse(exit, entry[targets[option]], 1, 1));
            }
            toTeleport = Links.arcs(dangling.toIntArray(), new int[dangling.size()], 1, 1);
        }

        Links toTeleport() {
            return toTeleport;
        }
    }

    /** The teleport queue TE and a uniform routing tree over all vertices; {@link #exits} into every entry. */
    private static final class Teleport implements Brick {
        private final NeuronType queue;
        private final int n;
        private final int maxFanIn;
        private Links exits;

        Teleport(NeuronType queue, int n, int maxFanIn) {
            this.queue = queue;
            this.n = n;
            this.maxFanIn = maxFanIn;
        }

        @Override
        public String kind() {
            return "teleport-tree";
        }

        @Override
        public Assumptions assumptions() {
            return RoutingTree.queuesAndTrees(queue, maxFanIn, true);
        }

        @Override
        public void build(BrickScope scope) {
            List<NeuronType> types = new ArrayList<>();
            types.add(queue);
            RoutingTree.addNeurons(types::add, ones(n), 0, n);
            PortRef neuron = scope.port("neuron", Port.Direction.OUT, types.size(), types::get);
            scope.select("queue", Port.Direction.IN, neuron, new int[] {0});
            IntArrayList from = new IntArrayList();
            IntArrayList to = new IntArrayList();
            RoutingTree.addSynapses((f, t, w, d) -> scope.synapse(neuron, f, neuron, t, w, d), 0, 1, 0, n,
                    (option, exit, offset) -> {
                        from.add(exit);
                        to.add(option);
                    });
            exits = Links.arcs(from.toIntArray(), to.toIntArray(), 1, 1);
        }

        Links exits() {
            return exits;
        }
    }

    private PageRankEstimate decode(Run run, Parts layout, int walkers) {
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
            if (potentials[layout.entry().id(u)] != 0) {
                throw new IllegalStateException("the entry of vertex " + u + " still holds walkers after a quiescent run");
            }
            ends[u] = counts[layout.end().id(u)];
            visits[u] = counts[layout.entry().id(u)];
        }
        if (potentials[layout.teleport().id(0)] != 0) {
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
