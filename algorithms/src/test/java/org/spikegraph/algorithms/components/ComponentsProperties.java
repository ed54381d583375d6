package org.spikegraph.algorithms.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.Pseudograph;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.validation.ComponentsValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;

/**
 * Components on random graphs (1..40 vertices, self-loops, parallel arcs, isolated vertices, sparse
 * enough to have many components) on both engines: the same partition as JGraphT computed here on
 * an independently built JGraphT graph, one run per component, and the validator agrees.
 */
class ComponentsProperties {

    enum Engines {
        REFERENCE, EVENT;

        Engine create() {
            return this == REFERENCE ? new ReferenceEngine() : new EventEngine();
        }
    }

    record Pair(CsrGraph csr, Graph<Integer, DefaultEdge> jgrapht) {}

    static Pair random(long seed, boolean directed, int n, int m) {
        Random rnd = new Random(seed);
        CsrGraphBuilder b = new CsrGraphBuilder(directed).vertexCount(n);
        Graph<Integer, DefaultEdge> g = directed ? new DirectedPseudograph<>(DefaultEdge.class) : new Pseudograph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int i = 0; i < m; i++) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(6) == 0 ? u : rnd.nextInt(n);
            int copies = rnd.nextInt(5) == 0 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                b.addEdge(u, v);
                g.addEdge(u, v);
            }
        }
        return new Pair(b.build(), g);
    }

    @Property(tries = 150)
    void connectedOrWeakComponentsAreJGraphTsPartition(@ForAll long seed, @ForAll boolean directed,
                                                       @ForAll @IntRange(min = 1, max = 40) int n,
                                                       @ForAll @IntRange(min = 0, max = 60) int m, @ForAll Engines engine) {
        Pair p = random(seed, directed, n, m);
        Components c = ComponentsCompiler.connected(p.csr()).solve(engine.create(), seed);
        assertSamePartition(c, new ConnectivityInspector<>(p.jgrapht()).connectedSets());
        assertThat(c.kind()).isEqualTo(Components.Kind.CONNECTED);
        assertThat(c.weak()).isEqualTo(directed);
        assertThat(c.runs()).isEqualTo(c.count());
        assertThat(c.totals().spikes()).as("each vertex spikes once over all runs").isEqualTo(n);
        assertValidatorAgrees(c);
    }

    @Property(tries = 150)
    void strongComponentsAreKosarajusPartition(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n,
                                               @ForAll @IntRange(min = 0, max = 90) int m, @ForAll Engines engine) {
        Pair p = random(seed, true, n, m);
        Components c = ComponentsCompiler.strong(p.csr()).solve(engine.create(), seed);
        assertSamePartition(c, new KosarajuStrongConnectivityInspector<>(p.jgrapht()).stronglyConnectedSets());
        assertThat(c.kind()).isEqualTo(Components.Kind.STRONG);
        assertThat(c.runs()).isEqualTo(c.count());
        assertValidatorAgrees(c);
    }

    @Property(tries = 40)
    void bothEnginesReportTheSameActivity(@ForAll long seed, @ForAll boolean strong,
                                          @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 0, max = 50) int m) {
        Pair p = random(seed, true, n, m);
        ComponentsCompiler c = strong ? ComponentsCompiler.strong(p.csr()) : ComponentsCompiler.connected(p.csr());
        Components a = c.solve(new ReferenceEngine(), seed);
        Components b = c.solve(new EventEngine(), seed);
        assertThat(a.labels()).isEqualTo(b.labels());
        assertThat(a.totals()).isEqualTo(b.totals());
    }

    @Property(tries = 60)
    void theValidatorCatchesAWrongPartition(@ForAll long seed, @ForAll boolean directed,
                                            @ForAll @IntRange(min = 2, max = 30) int n, @ForAll @IntRange(min = 0, max = 40) int m) {
        Pair p = random(seed, directed, n, m);
        Components right = ComponentsCompiler.connected(p.csr()).solve(new EventEngine(), seed);
        int[] label = right.labels();
        int v = new Random(seed).nextInt(n);
        if (right.size(label[v]) > 1) {
            label[v] = right.count(); // split v off its component
        } else {
            label[v] = label[(v + 1) % n]; // merge v's singleton into another component
        }
        // renumber 0 .. count-1
        java.util.Map<Integer, Integer> ids = new java.util.HashMap<>();
        for (int u = 0; u < n; u++) {
            label[u] = ids.computeIfAbsent(label[u], k -> ids.size());
        }
        int count = ids.size();
        Components wrong = new Components(p.csr(), Components.Kind.CONNECTED, label, count, right.totals());
        assertThat(ComponentsValidator.validate(wrong).agrees()).isFalse();
    }

    private static void assertSamePartition(Components c, List<Set<Integer>> expected) {
        int n = c.graph().vertexCount();
        assertThat(c.count()).isEqualTo(expected.size());
        java.util.Map<Integer, Set<Integer>> byLabel = new java.util.HashMap<>();
        for (int v = 0; v < n; v++) {
            byLabel.computeIfAbsent(c.label(v), k -> new HashSet<>()).add(v);
        }
        assertThat(new HashSet<>(byLabel.values())).isEqualTo(new HashSet<>(expected));
        int total = 0;
        for (int l = 0; l < c.count(); l++) {
            assertThat(c.size(l)).isEqualTo(byLabel.get(l).size());
            total += c.size(l);
        }
        assertThat(total).isEqualTo(n);
    }

    private static void assertValidatorAgrees(Components c) {
        Validation v = ComponentsValidator.validate(c);
        assertThat(v.agrees()).as("%s", v).isTrue();
    }
}
