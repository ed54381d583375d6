package org.spikegraph.algorithms.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.testing.Engines;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Pair;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.algorithms.validation.ComponentsValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * Components on random graphs (1..40 vertices, self-loops, parallel arcs, isolated vertices, sparse
 * enough to have many components) on both engines: the same partition as JGraphT computed here on
 * an independently built JGraphT graph, one run per component, and the validator agrees.
 */
class ComponentsProperties {

    /** An unweighted random multigraph of n vertices and 0..maxM drawn edges, both copies. */
    private static Pair random(Dice dice, boolean directed, int n, int maxM) {
        return RandomGraphs.multigraph(dice, directed, Weights.NONE, n, dice.between(0, maxM)).pair();
    }

    @Seeded(150)
    void connectedOrWeakComponentsAreJGraphTsPartition(long seed) {
        Dice dice = new Dice(seed);
        boolean directed = dice.chance(0.5);
        int n = dice.between(1, 40);
        Engines engine = dice.pick(Engines.values());
        Pair p = random(dice, directed, n, 60);
        Execution<Components> e = ComponentsCompiler.connected(p.csr()).program().execute(engine.create(), seed);
        Components c = e.answer();
        assertSamePartition(c, new ConnectivityInspector<>(p.jgrapht()).connectedSets());
        assertThat(c.kind()).isEqualTo(Components.Kind.CONNECTED);
        assertThat(c.weak()).isEqualTo(directed);
        assertThat(c.runs()).isEqualTo(c.count());
        assertThat(e.totals().runs()).isEqualTo(c.runs());
        assertThat(e.totals().spikes()).as("each vertex spikes once over all runs").isEqualTo(n);
        assertThat(e.totals().maxNeurons()).isEqualTo(n);
        assertValidatorAgrees(c);
    }

    @Seeded(150)
    void strongComponentsAreKosarajusPartition(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 40);
        Engines engine = dice.pick(Engines.values());
        Pair p = random(dice, true, n, 90);
        Components c = ComponentsCompiler.strong(p.csr()).solve(engine.create(), seed);
        assertSamePartition(c, new KosarajuStrongConnectivityInspector<>(p.jgrapht()).stronglyConnectedSets());
        assertThat(c.kind()).isEqualTo(Components.Kind.STRONG);
        assertThat(c.runs()).isEqualTo(c.count());
        assertValidatorAgrees(c);
    }

    @Seeded(40)
    void bothEnginesReportTheSameActivity(long seed) {
        Dice dice = new Dice(seed);
        boolean strong = dice.chance(0.5);
        Pair p = random(dice, true, dice.between(1, 30), 50);
        ComponentsCompiler c = strong ? ComponentsCompiler.strong(p.csr()) : ComponentsCompiler.connected(p.csr());
        Execution<Components> a = c.program().execute(new ReferenceEngine(), seed);
        Execution<Components> b = c.program().execute(new EventEngine(), seed);
        assertThat(a.answer().labels()).isEqualTo(b.answer().labels());
        assertThat(b.totals()).usingRecursiveComparison().ignoringFields("simulateNanos").isEqualTo(a.totals());
    }

    @Seeded(60)
    void theValidatorCatchesAWrongPartition(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 30);
        Pair p = random(dice, dice.chance(0.5), n, 40);
        Components right = ComponentsCompiler.connected(p.csr()).solve(new EventEngine(), seed);
        int[] label = right.labels();
        int v = dice.between(0, n - 1);
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
        Components wrong = new Components(p.csr(), Components.Kind.CONNECTED, label, count, right.runs());
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
