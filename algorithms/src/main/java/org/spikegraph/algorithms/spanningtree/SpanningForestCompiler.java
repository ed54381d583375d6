package org.spikegraph.algorithms.spanningtree;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
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
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Minimum spanning forests by spiking Borůvka rounds, a batched form of spiking Prim (Kay, Date &amp;
 * Schuman, NICE 2020): Prim's step "the tree's vertices fire at 0, the first outside vertex to
 * spike names the lightest leaving edge" is done for every component at once.
 *
 * <p><b>Delays.</b> The edges are ranked once by (weight, arc index); edge of rank r gets delay r + 1.
 * Only the order of weights matters for a minimum spanning forest, so this is exact for any real
 * weights (negative ones too), ties are broken deterministically by arc index, and no two edges
 * share a delay.
 *
 * <p><b>One round = one run.</b> Neurons 0..n-1 are the vertices, all forced to spike at step 0;
 * neuron n + c is a fire-once neuron (&theta; = 1) for the c-th component that still has a leaving
 * edge. Each edge {u, v} joining different components gets two synapses, u &rarr; comp(v) and
 * v &rarr; comp(u), with the edge's delay. A component neuron therefore first spikes at 1 + the rank
 * of its lightest leaving edge, which names that edge. The host adds every named edge (a union-find
 * drops the one edge two components may both name) and compiles the next round. With distinct
 * ranks Borůvka never closes a cycle, and each round at least halves the number of components
 * that can still grow, so there are at most &lceil;log2 n&rceil; runs (plus one when the graph
 * has no edge between components at all). Forests need nothing special: a component with no
 * leaving edge gets no neuron.
 *
 * <p>Directed graphs are read through {@link CsrGraph#undirectedView()}: every arc is an edge, and of
 * the arcs u &rarr; v and v &rarr; u the lighter wins. Self-loops are ignored. NaN weights are refused.
 */
public final class SpanningForestCompiler {

    private final CsrGraph graph;
    /** Arc index of each edge, in rank order. */
    private final int[] byRank;
    private final int[] tails;

    /**
     * @throws IllegalArgumentException for a NaN weight (naming the arc) or more than 2^31 - 2 edges
     */
    public SpanningForestCompiler(CsrGraph graph) {
        this.graph = graph;
        int n = graph.vertexCount();
        tails = new int[graph.arcCount()];
        IntArrayList edges = new IntArrayList();
        for (int u = 0; u < n; u++) {
            for (int a = graph.outStart(u); a < graph.outEnd(u); a++) {
                tails[a] = u;
                int v = graph.target(a);
                double w = graph.weight(a);
                if (Double.isNaN(w)) {
                    throw new IllegalArgumentException("arc " + graph.name(u) + " -> " + graph.name(v)
                            + " has weight NaN: spanning trees need comparable weights");
                }
                if (v != u && (graph.directed() || u < v)) {
                    edges.add(a);
                }
            }
        }
        int[] e = edges.toIntArray();
        IntArrays.quickSort(e, (a, b) -> {
            int c = Double.compare(graph.weight(a), graph.weight(b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        this.byRank = e;
    }

    /** The graph. */
    public CsrGraph graph() {
        return graph;
    }

    /** Number of candidate edges (non-loop edges of the undirected view). */
    public int edgeCount() {
        return byRank.length;
    }

    /**
     * The circuit of one Borůvka round for the given components.
     *
     * @param component component index of every vertex (0..k-1)
     * @return a circuit whose answer is, for each component neuron, the arc it names (-1 for none),
     *     indexed by component
     */
    public Circuit<int[]> round(int[] component) {
        int n = graph.vertexCount();
        int k = 0;
        for (int c : component) {
            k = Math.max(k, c + 1);
        }
        // components that have a leaving edge get a neuron
        int[] neuronOf = new int[k];
        Arrays.fill(neuronOf, -1);
        int active = 0;
        for (int a : byRank) {
            int cu = component[tails[a]];
            int cv = component[graph.target(a)];
            if (cu != cv) {
                if (neuronOf[cu] < 0) {
                    neuronOf[cu] = active++;
                }
                if (neuronOf[cv] < 0) {
                    neuronOf[cv] = active++;
                }
            }
        }
        NetworkBuilder b = Network.builder();
        NeuronType latch = NeuronType.latch(1);
        b.neurons(latch, n);
        b.neurons(latch, active);
        int maxDelay = 1;
        for (int r = 0; r < byRank.length; r++) {
            int a = byRank[r];
            int u = tails[a];
            int v = graph.target(a);
            if (component[u] != component[v]) {
                b.synapse(u, n + neuronOf[component[v]], 1, r + 1);
                b.synapse(v, n + neuronOf[component[u]], 1, r + 1);
                maxDelay = r + 1;
            }
        }
        Network network = b.build();
        int[] all = new int[n];
        for (int v = 0; v < n; v++) {
            all[v] = v;
        }
        long bound = (long) maxDelay + 2;
        int[] componentNeurons = neuronOf;
        int finalK = k;
        return new Circuit<>("mst-round", network, Stimulus.spikes(0, all),
                StopCondition.afterSteps(bound).orQuiescent(), Recording.firstSpikeTimes(), run -> {
                    int[] named = new int[finalK];
                    Arrays.fill(named, -1);
                    for (int c = 0; c < finalK; c++) {
                        if (componentNeurons[c] < 0) {
                            continue;
                        }
                        long t = run.firstSpike(n + componentNeurons[c]);
                        if (t == Run.NEVER) {
                            throw new IncompleteRunException("component neuron " + c + " did not spike within "
                                    + run.stepsSpanned() + " steps: raise the step limit");
                        }
                        named[c] = byRank[(int) (t - 1)];
                    }
                    return named;
                });
    }

    /**
     * The host's state between rounds: the union-find of the forest so far, its edges and weight, the
     * runs made, and whether the last round merged anything. Private to one execution: updated in place.
     */
    private static final class Rounds {
        final int[] parent;
        final IntArrayList tree;
        double weight;
        int runs;
        boolean merged;

        Rounds(int n) {
            parent = new int[n];
            for (int v = 0; v < n; v++) {
                parent[v] = v;
            }
            tree = new IntArrayList(Math.max(0, n - 1));
        }
    }

    /**
     * The whole forest as a host loop of Borůvka rounds: the first round on the singletons always
     * runs; each later one on the components so far, until a round merges nothing or the host
     * compiles no edge between components. Runs and steps are those of the rounds.
     */
    public Program<SpanningForest> program() {
        return new HostLoop<Rounds, SpanningForest>() {
            @Override
            public String problem() {
                return "mst";
            }

            @Override
            public Rounds start() {
                return new Rounds(graph.vertexCount());
            }

            @Override
            public Round<Rounds, ?> next(Rounds state) {
                if (state.runs == 0) {
                    int[] singletons = new int[graph.vertexCount()];
                    for (int v = 0; v < singletons.length; v++) {
                        singletons[v] = v;
                    }
                    return new Round<>(round(singletons), SpanningForestCompiler.this::merge);
                }
                if (!state.merged) {
                    return null;
                }
                Circuit<int[]> round = round(components(state.parent));
                // no edge between components: nothing left to run
                return round.network().synapseCount() == 0 ? null : new Round<>(round, SpanningForestCompiler.this::merge);
            }

            @Override
            public SpanningForest finish(Rounds state) {
                return new SpanningForest(graph, state.tree.toIntArray(), state.weight, state.runs);
            }
        };
    }

    /** Runs every round on {@code engine}: {@code program().execute(engine, seed).answer()}. */
    public SpanningForest solve(Engine engine, long seed) {
        return program().execute(engine, seed).answer();
    }

    /** Adds every edge a round named that joins two trees (of two components naming one edge, the first). */
    private Rounds merge(Rounds state, int[] named) {
        state.runs++;
        state.merged = false;
        for (int a : named) {
            if (a < 0) {
                continue;
            }
            int ru = find(state.parent, tails[a]);
            int rv = find(state.parent, graph.target(a));
            if (ru != rv) {
                state.parent[ru] = rv;
                state.tree.add(a);
                state.weight += graph.weight(a);
                state.merged = true;
            }
        }
        return state;
    }

    /** Component index of every vertex, numbered in the order of their smallest vertex. */
    private static int[] components(int[] parent) {
        int n = parent.length;
        int[] component = new int[n];
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int k = 0;
        for (int v = 0; v < n; v++) {
            int r = find(parent, v);
            if (label[r] < 0) {
                label[r] = k++;
            }
            component[v] = label[r];
        }
        return component;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
