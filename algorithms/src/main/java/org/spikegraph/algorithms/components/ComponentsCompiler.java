package org.spikegraph.algorithms.components;

import java.util.Arrays;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.circuit.RunTotals;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Engine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Compiles (weakly / strongly) connected components into reachability waves of fire-once neurons,
 * driven by the host.
 *
 * <p>DESIGN.md's algorithms table: "connected components | waves started at staggered times,
 * fire-once neurons; label = wave whose spike arrived first". Waves are used here, but started one
 * run after another instead of at staggered times in one run: with staggered starts a wave must
 * finish before the next may start, so seed k would start at k &middot; n and the run would span
 * about n&sup2; steps, every one of them paid for by a chip; a wave per run spans only its
 * component's eccentricity. The host does no graph work beyond choosing the next seed and reading
 * which neurons spiked.
 *
 * <ul>
 *   <li><b>Connected</b> (undirected; weakly connected for a directed graph, on
 *       {@link CsrGraph#undirectedView()}): one fire-once neuron (&theta; = 1) per vertex, one synapse
 *       (weight 1, delay 1) per arc, self-loops dropped. Run k forces a spike of the lowest vertex no
 *       earlier wave reached; the wave spikes exactly its component, which gets label k.
 *       <b>Runs = number of components.</b></li>
 *   <li><b>Strong</b> (forward/backward reachability, Fleischer, Hendrickson &amp; Pinar 2000): two
 *       layers of fire-once neurons, vertex v forward (neuron v, synapses along the arcs) and
 *       backward (neuron n + v, synapses along {@link CsrGraph#reverse()}). Run k forces a spike of
 *       pivot p (the lowest vertex not yet in a component) in both layers; the forward wave spikes
 *       the vertices p reaches, the backward wave those that reach p, and p's strongly connected
 *       component is the intersection, read by the host. <b>Runs = number of strongly connected
 *       components</b> (both waves share one run).</li>
 * </ul>
 * Every wave has delays 1, so its last first spike is at step &le; n - 1 and it is quiescent by
 * step n; each run is bounded by n + 1 steps and stops on quiescence.
 */
public final class ComponentsCompiler {

    private final CsrGraph graph;
    private final Components.Kind kind;
    private Network network;

    private ComponentsCompiler(CsrGraph graph, Components.Kind kind) {
        this.graph = graph;
        this.kind = kind;
    }

    /** Connected components of an undirected graph, weakly connected components of a directed one. */
    public static ComponentsCompiler connected(CsrGraph graph) {
        return new ComponentsCompiler(graph, Components.Kind.CONNECTED);
    }

    /** Strongly connected components (for an undirected graph these are its connected components). */
    public static ComponentsCompiler strong(CsrGraph graph) {
        return new ComponentsCompiler(graph, Components.Kind.STRONG);
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** Connected or strong. */
    public Components.Kind kind() {
        return kind;
    }

    /** Neurons the network has: n, or 2n for strong components. */
    public static long neurons(CsrGraph graph, Components.Kind kind) {
        return kind == Components.Kind.STRONG ? 2L * graph.vertexCount() : graph.vertexCount();
    }

    /** The compiled network, shared by every run. */
    public synchronized Network network() {
        if (network == null) {
            network = build();
        }
        return network;
    }

    private Network build() {
        int n = graph.vertexCount();
        NetworkBuilder b = Network.builder();
        NeuronType latch = NeuronType.latch(1);
        if (kind == Components.Kind.CONNECTED) {
            CsrGraph g = graph.undirectedView();
            b.neurons(latch, n);
            for (int u = 0; u < n; u++) {
                for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                    if (g.target(a) != u) {
                        b.synapse(u, g.target(a), 1, 1);
                    }
                }
            }
        } else {
            b.neurons(latch, 2 * n);
            for (int u = 0; u < n; u++) {
                for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                    int v = graph.target(a);
                    if (v != u) {
                        b.synapse(u, v, 1, 1);
                        b.synapse(n + v, n + u, 1, 1);
                    }
                }
            }
        }
        return b.build();
    }

    /** A run's step limit: the last first spike is at n - 1, the last delivery at n. */
    public long stepBound() {
        return graph.vertexCount() + 1L;
    }

    /**
     * The circuit of the first wave (seeded at vertex 0). Its decoder reads that wave and then drives
     * the remaining waves on {@code engine} with {@code seed} (the network is deterministic), so
     * {@code circuit(engine, seed).run(engine, seed).answer()} is the whole partition, with the
     * number of runs and their summed activity.
     */
    public Circuit<Components> circuit(Engine engine, long seed) {
        StopCondition stop = StopCondition.afterSteps(stepBound()).orQuiescent();
        Stimulus first = graph.vertexCount() == 0 ? Stimulus.none() : stimulus(0);
        String problem = kind == Components.Kind.STRONG ? "scc" : graph.directed() ? "wcc" : "components";
        return new Circuit<>(problem, network(), first, stop, Recording.firstSpikeTimes(),
                run -> decode(run, engine, seed, stop));
    }

    /** Solves on {@code engine}: all runs, decoded. */
    public Components solve(Engine engine, long seed) {
        return circuit(engine, seed).run(engine, seed).answer();
    }

    private Stimulus stimulus(int pivot) {
        return kind == Components.Kind.STRONG
                ? Stimulus.spikes(0, pivot, graph.vertexCount() + pivot)
                : Stimulus.spikes(0, pivot);
    }

    private Components decode(Run firstRun, Engine engine, long seed, StopCondition stop) {
        int n = graph.vertexCount();
        int[] label = new int[n];
        Arrays.fill(label, -1);
        RunTotals totals = RunTotals.NONE;
        int count = 0;
        int pivot = 0;
        Run run = firstRun;
        while (pivot < n) {
            totals = totals.plus(network(), run, 0);
            if (run.stopReason() == StopReason.STEP_LIMIT && run.stepsSpanned() < n) {
                throw new IncompleteRunException("wave " + (count + 1) + " was still moving after " + run.stepsSpanned()
                        + " steps: raise the step limit (--max-steps) to at least " + stepBound());
            }
            long[] first = run.firstSpikes();
            for (int v = 0; v < n; v++) {
                boolean in = first[v] != Run.NEVER
                        && (kind == Components.Kind.CONNECTED || first[n + v] != Run.NEVER);
                if (in && label[v] < 0) {
                    label[v] = count;
                }
            }
            count++;
            while (pivot < n && label[pivot] >= 0) {
                pivot++;
            }
            if (pivot < n) {
                run = engine.run(network(), stimulus(pivot), stop, Recording.firstSpikeTimes(), seed);
            }
        }
        if (n == 0) {
            totals = totals.plus(network(), firstRun, 0);
        }
        return new Components(graph, kind, label, count, totals);
    }
}
