package org.spikegraph.bench.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * {@code eccentricity --largest-component} on seeded random disconnected multigraphs (directed and
 * undirected, weighted or not, self-loops, parallel arcs, components interleaved among the vertex
 * indices, random file ids): the answer agrees with JGraphT's GraphMeasurer on the subgraph induced by
 * JGraphT's own largest (strongly) connected component, is finite there, keeps the file's ids, and its
 * baselines agree; the same for {@code closeness}; without the option the report says the diameter is infinite
 * (every closeness 0 for a vertex that does not reach all) and names the option.
 */
class LargestComponentTest {

    /** Blocks of random sizes scattered over the indices, arcs only inside a block (a directed block often has a cycle). */
    private static CsrGraph disconnected(Dice dice) {
        boolean directed = dice.chance(0.5);
        int blocks = dice.between(2, 5);
        int n = dice.between(blocks, 40);
        int[] order = RandomGraphs.shuffled(dice, n);
        int[] blockOf = new int[n];
        for (int i = 0; i < n; i++) {
            blockOf[order[i]] = i < blocks ? i : dice.between(0, blocks - 1); // every block has a vertex
        }
        boolean weighted = dice.chance(0.5);
        CsrGraphBuilder b = new CsrGraphBuilder(directed).ids(RandomGraphs.vertexIds(dice, n));
        int m = dice.between(0, 3 * n);
        for (int e = 0; e < m; e++) {
            int u = dice.between(0, n - 1);
            int v = dice.between(0, n - 1);
            if (blockOf[u] != blockOf[v]) {
                continue;
            }
            add(b, u, v, weighted, dice);
            if (dice.chance(RandomGraphs.PARALLEL_CHANCE)) {
                add(b, u, v, weighted, dice);
            }
        }
        if (directed && dice.chance(0.7)) { // a cycle through one block: a large strongly connected component
            int block = dice.between(0, blocks - 1);
            int first = -1;
            int last = -1;
            for (int v = 0; v < n; v++) {
                if (blockOf[v] == block) {
                    if (last >= 0) {
                        add(b, last, v, weighted, dice);
                    } else {
                        first = v;
                    }
                    last = v;
                }
            }
            add(b, last, first, weighted, dice);
        }
        return b.build();
    }

    private static void add(CsrGraphBuilder b, int u, int v, boolean weighted, Dice dice) {
        if (weighted) {
            b.addEdge(u, v, dice.between(0, 100));
        } else {
            b.addEdge(u, v);
        }
    }

    @Seeded(300)
    void theLargestComponentAgreesWithGraphMeasurerOnJGraphTsOwnComponent(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = disconnected(dice);
        EccentricitySpec spec = new EccentricitySpec();
        ComponentParameters p = spec.parameters();
        p.largestComponent = true;
        p.hops = dice.chance(0.5);
        p.threads = dice.between(1, 3);
        Execution<AllPairsSpec.Answer<DistanceSummary>> run = spec.compile(g, p, -1, 0).execute(new EventEngine(), 0);
        AllPairsSpec.Answer<DistanceSummary> a = run.answer();
        LargestComponent c = p.chosen;
        int k = c.vertices().length;

        Validation v = spec.validate(a, p);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isEqualTo(k + 3L);
        assertThat(v.against()).contains("GraphMeasurer", c.strong() ? "Kosaraju" : "ConnectivityInspector");
        assertThat(c.strong()).isEqualTo(g.directed());
        assertThat(run.totals().runs()).isEqualTo(k);
        // inside its component every eccentricity is finite: the check compares numbers, not infinities
        assertThat(a.value().diameter()).isNotEqualTo(DistanceSummary.INFINITE);
        assertThat(a.value().radius()).isLessThanOrEqualTo(a.value().diameter());
        for (int i = 0; i < k; i++) {
            assertThat(a.graph().name(i)).isEqualTo(g.name(c.vertices()[i]));
        }
        long inside = 0;
        for (int u : c.vertices()) {
            for (int arc = g.outStart(u); arc < g.outEnd(u); arc++) {
                inside += c.component().find(g.name(g.target(arc))) >= 0 ? 1 : 0;
            }
        }
        assertThat(c.component().arcCount()).as("the induced subgraph keeps every arc inside").isEqualTo(inside);

        Map<String, Object> s = spec.summary(a, p);
        assertThat(s).containsEntry("componentVertices", k).containsEntry("components", c.components());
        assertThat(s.get("note").toString()).contains(String.format("%,d of the graph's %,d vertices", k, g.vertexCount()));

        var baselines = spec.baselines(g, p);
        double[] reference = baselines.methods().get(0).solve(0).answer().get();
        assertThat(baselines.check(baselines.form(a), reference).agrees()).isTrue();
        for (var m : baselines.methods()) {
            assertThat(baselines.check(m.solve(0).answer().get(), reference).agrees()).as(m.name()).isTrue();
        }
    }

    @Seeded(200)
    void closenessOnTheLargestComponentAgreesWithJGraphTOnItsOwnComponent(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = disconnected(dice);
        ClosenessSpec spec = new ClosenessSpec();
        ComponentParameters p = spec.parameters();
        p.largestComponent = true;
        p.hops = dice.chance(0.5);
        p.threads = dice.between(1, 3);
        AllPairsSpec.Answer<DistanceSummary> a = spec.compile(g, p, -1, 0).execute(new EventEngine(), 0).answer();
        int k = p.chosen.vertices().length;
        Validation v = spec.validate(a, p);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isEqualTo(2L * k);
        assertThat(v.against()).contains("largest " + p.chosen.kind() + " component");
        if (p.hops && k > 1) { // every vertex reaches every other inside: closeness is a positive number, not 0
            for (int i = 0; i < k; i++) {
                assertThat(a.value().closeness(i)).isPositive();
            }
        }
        assertThat(spec.summary(a, p)).containsEntry("componentVertices", k);
        var baselines = spec.baselines(g, p);
        double[] reference = baselines.methods().get(0).solve(0).answer().get();
        assertThat(baselines.check(baselines.form(a), reference).agrees()).isTrue();
        for (var m : baselines.methods()) {
            assertThat(baselines.check(m.solve(0).answer().get(), reference).agrees()).as(m.name()).isTrue();
        }
        ComponentParameters without = spec.parameters();
        without.threads = 1;
        AllPairsSpec.Answer<DistanceSummary> whole = spec.compile(g, without, -1, 0).execute(new EventEngine(), 0).answer();
        assertThat(spec.validate(whole, without).agrees()).isTrue();
        assertThat(spec.summary(whole, without).get("note").toString()).contains("closeness 0", "--largest-component");
    }

    @Seeded(100)
    void withoutTheOptionADisconnectedGraphIsSaidToBeAndTheOptionNamed(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = disconnected(dice);
        EccentricitySpec spec = new EccentricitySpec();
        ComponentParameters p = spec.parameters();
        p.threads = 1;
        AllPairsSpec.Answer<DistanceSummary> a = spec.compile(g, p, -1, 0).execute(new EventEngine(), 0).answer();
        assertThat(spec.validate(a, p).agrees()).isTrue();
        Map<String, Object> s = spec.summary(a, p);
        assertThat(s.get("diameter")).isEqualTo("infinite");
        assertThat(s.get("note").toString()).contains("--largest-component", "not " + (g.directed() ? "strongly " : "")
                + "connected");
        assertThat((int) s.get("largestComponent")).isLessThan(g.vertexCount());
    }

    @Seeded(100)
    void aConnectedGraphGetsNoNoteAndTheOptionSolvesOnTheWholeGraph(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 30);
        CsrGraphBuilder b = new CsrGraphBuilder(false).ids(RandomGraphs.vertexIds(dice, n));
        for (int v = 1; v < n; v++) {
            b.addEdge(dice.between(0, v - 1), v); // a random tree: connected
        }
        CsrGraph g = b.build();
        EccentricitySpec spec = new EccentricitySpec();
        ComponentParameters p = spec.parameters();
        p.threads = 1;
        assertThat(spec.summary(spec.compile(g, p, -1, 0).execute(new EventEngine(), 0).answer(), p)).doesNotContainKey("note");
        p.largestComponent = true;
        AllPairsSpec.Answer<DistanceSummary> a = spec.compile(g, p, -1, 0).execute(new EventEngine(), 0).answer();
        assertThat(p.chosen.isWhole()).isTrue();
        assertThat(p.chosen.components()).isEqualTo(1);
        assertThat(spec.validate(a, p).agrees()).isTrue();
    }
}
