package org.spikegraph.algorithms.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.Pseudograph;
import org.junit.jupiter.api.Test;

/** The JGraphT drop-in gives Kosaraju's partition and condensation on random directed graphs. */
class SpikingStrongConnectivityProperties {

    @Property(tries = 100)
    void sameSetsAndCondensationAsKosaraju(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
        Random rnd = new Random(seed);
        Graph<Integer, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int k = rnd.nextInt(3 * n); k > 0; k--) {
            g.addEdge(rnd.nextInt(n), rnd.nextInt(n));
        }
        var spiking = new SpikingStrongConnectivity<>(g);
        var kosaraju = new KosarajuStrongConnectivityInspector<>(g);
        assertThat(new HashSet<>(spiking.stronglyConnectedSets()))
                .isEqualTo(new HashSet<Set<Integer>>(kosaraju.stronglyConnectedSets()));
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
