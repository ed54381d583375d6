package org.spikegraph.algorithms.components;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.circuit.Program;
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
 * driven by the host: {@link #program()} is a {@link HostLoop} of one wave per component.
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

    /** The problem's name: "scc", "wcc" (weak components of a directed graph) or "components". */
    public String problem() {
        return kind == Components.Kind.STRONG ? "scc" : graph.directed() ? "wcc" : "components";
    }

    /**
     * The host's state between waves: every vertex's label so far (-1 for none yet), the components
     * found, the lowest vertex no wave reached, and the runs made. Private to one execution: updated
     * in place.
     */
    private static final class Waves {
        final int[] label;
        int count;
        int pivot;
        int runs;

        Waves(int n) {
            label = new int[n];
            Arrays.fill(label, -1);
        }
    }

    /**
     * The whole partition as a host loop of waves: run k starts a wave at the lowest vertex no earlier
     * wave reached (an empty graph gets one run of nothing), and its decoder reads which vertices the
     * wave spiked. Every run uses the one {@link #network()}. Runs = components (1 for an empty graph).
     */
    public Program<Components> program() {
        Network network = network();
        StopCondition stop = StopCondition.afterSteps(stepBound()).orQuiescent();
        return new HostLoop<Waves, Components>() {
            @Override
            public String problem() {
                return ComponentsCompiler.this.problem();
            }

            @Override
            public Waves start() {
                return new Waves(graph.vertexCount());
            }

            @Override
            public Round<Waves, ?> next(Waves state) {
                int n = graph.vertexCount();
                if (state.runs > 0 && state.pivot >= n) {
                    return null;
                }
                Stimulus stimulus = n == 0 ? Stimulus.none() : stimulus(state.pivot);
                int wave = state.count + 1;
                return new Round<>(new Circuit<>(problem(), network, stimulus, stop, Recording.firstSpikeTimes(),
                        run -> reached(run, wave)), ComponentsCompiler.this::update);
            }

            @Override
            public Components finish(Waves state) {
                return new Components(graph, kind, state.label, state.count, state.runs);
            }
        };
    }

    /** Solves on {@code engine}: {@code program().execute(engine, seed).answer()}. */
    public Components solve(Engine engine, long seed) {
        return program().execute(engine, seed).answer();
    }

    private Stimulus stimulus(int pivot) {
        return kind == Components.Kind.STRONG
                ? Stimulus.spikes(0, pivot, graph.vertexCount() + pivot)
                : Stimulus.spikes(0, pivot);
    }

    /** The vertices wave number {@code wave} reached (for strong components: both ways), in increasing order. */
    private int[] reached(Run run, int wave) {
        int n = graph.vertexCount();
        if (run.stopReason() == StopReason.STEP_LIMIT && run.stepsSpanned() < n) {
            throw new IncompleteRunException("wave " + wave + " was still moving after " + run.stepsSpanned()
                    + " steps: raise the step limit (--max-steps) to at least " + stepBound());
        }
        long[] first = run.firstSpikes();
        IntArrayList in = new IntArrayList();
        for (int v = 0; v < n; v++) {
            if (first[v] != Run.NEVER && (kind == Components.Kind.CONNECTED || first[n + v] != Run.NEVER)) {
                in.add(v);
            }
        }
        return in.toIntArray();
    }

    /** Labels the vertices a wave reached that have no label yet, and moves the pivot past every labelled vertex. */
    private Waves update(Waves state, int[] reached) {
        int n = graph.vertexCount();
        state.runs++;
        if (n == 0) {
            return state;
        }
        for (int v : reached) {
            if (state.label[v] < 0) {
                state.label[v] = state.count;
            }
        }
        state.count++;
        while (state.pivot < n && state.label[state.pivot] >= 0) {
            state.pivot++;
        }
        return state;
    }
}
