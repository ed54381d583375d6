package org.spikegraph.algorithms.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.testing.RandomGraphs.Weights;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** The JGraphT drop-in gives Kosaraju's partition and condensation on random directed graphs. */
class SpikingStrongConnectivityProperties {

    /** Random directed pseudographs: 1..30 vertices named out of insertion order, 0..3n-1 drawn arcs. */
    @Seeded(100)
    void sameSetsAndCondensationAsKosaraju(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(1, 30);
        Graph<String, DefaultEdge> g = RandomGraphs.multigraph(dice, true, Weights.NONE, n, dice.between(0, 3 * n - 1))
                .namedUnweighted();
        var spiking = new SpikingStrongConnectivity<>(g);
        var kosaraju = new KosarajuStrongConnectivityInspector<>(g);
        assertThat(new HashSet<>(spiking.stronglyConnectedSets()))
                .isEqualTo(new HashSet<Set<String>>(kosaraju.stronglyConnectedSets()));
        assertThat(spiking.isStronglyConnected()).isEqualTo(kosaraju.isStronglyConnected());
        assertThat(spiking.getCondensation().edgeSet()).hasSameSizeAs(kosaraju.getCondensation().edgeSet());
        assertThat(spiking.lastAnswer().runs()).isEqualTo(spiking.stronglyConnectedSets().size());
    }

    @Test
    void undirectedGraphIsRefused() {
        Graph<Integer, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        g.addVertex(1);
        assertThatThrownBy(() -> new SpikingStrongConnectivity<>(g)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("directed");
    }
}
