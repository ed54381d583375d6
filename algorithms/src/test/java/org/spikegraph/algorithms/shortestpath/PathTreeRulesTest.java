package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.EdgeList;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The host readout's path tree against its definition: a reached vertex other than a source takes
 * as predecessor the first arc in CSR order (self-loops aside) whose tail's first spike plus the
 * arc's delay is its own first spike. Half the graphs have their self-loops removed, which takes the
 * decoder's pass over the synapses alone; the others keep them (the general pass).
 */
final class PathTreeRulesTest {

    @Seeded(300)
    void predecessorIsTheFirstTightArcInCsrOrder(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 40);
        Weights weights = dice.pick(Weights.NONE, Weights.ZERO_TO_100, Weights.UP_TO_MILLION);
        EdgeList drawn = RandomGraphs.multigraph(dice, dice.chance(0.5), weights, n, dice.between(0, 120));
        boolean loopless = seed % 2 == 0;
        EdgeList edges = loopless
                ? new EdgeList(n, drawn.directed(), drawn.weighted(), drawn.edges().stream().filter(e -> e.u() != e.v()).toList())
                : drawn;
        CsrGraph g = edges.csr();
        if (loopless) {
            assertThat(g.selfLoopCount()).isZero();
        }
        ShortestPathCompiler compiler = new ShortestPathCompiler(g);
        int[] sources = dice.chance(0.8) ? new int[] {dice.between(0, n - 1)} : RandomGraphs.distinctVertices(dice, n, 3);
        Circuit<ShortestPaths> circuit = compiler.multiSource(sources);
        Run run = new EventEngine().run(circuit.network(), circuit.stimulus(), circuit.stop(), circuit.recording(), seed);
        ShortestPaths sp = circuit.decoder().decode(run);
        long[] first = run.firstSpikes();
        List<Integer> sourceList = java.util.Arrays.stream(sources).boxed().toList();
        for (int v = 0; v < n; v++) {
            int expected = -1;
            if (first[v] != Run.NEVER && !sourceList.contains(v)) {
                for (int a = 0; a < g.arcCount() && expected < 0; a++) {
                    int u = g.tail(a);
                    if (g.target(a) == v && u != v && first[u] != Run.NEVER
                            && first[u] + compiler.encoding().delay(g.weight(a)) == first[v]) {
                        expected = a;
                    }
                }
                assertThat(expected).as("a tight arc into reached vertex %d", v).isNotNegative();
            }
            assertThat(sp.predecessorArc(v)).as("predecessor of %d (seed %d)", v, seed).isEqualTo(expected);
        }
    }
}
