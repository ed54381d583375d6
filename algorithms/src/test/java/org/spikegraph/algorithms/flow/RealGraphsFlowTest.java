package org.spikegraph.algorithms.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Execution;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.MaxFlowValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;

/** Maximum flows on shared real graphs, on the event engine, against JGraphT. */
class RealGraphsFlowTest {

    private static MaxFlow solveAndCheck(String file, long sourceId, long sinkId) {
        CsrGraph g = GraphLoader.load(SharedData.path(file)).graph();
        int s = g.indexOf(sourceId);
        int t = g.indexOf(sinkId);
        assertThat(s).isNotNegative();
        assertThat(t).isNotNegative();
        Execution<MaxFlow> e = new MaxFlowCompiler(g, s, t).program().execute(new EventEngine(), 0);
        MaxFlow f = e.answer();
        Graph<Integer, DefaultWeightedEdge> reference = MaxFlowValidator.reference(g);
        assertThat(f.value()).isEqualTo(new EdmondsKarpMFImpl<>(reference).getMaximumFlowValue(s, t));
        Validation v = MaxFlowValidator.validate(f, reference);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(f.runs()).isEqualTo(f.augmentations() + 1).isEqualTo(e.totals().runs());
        System.out.println(file + " max flow " + sourceId + " -> " + sinkId + ": " + f + ", " + e.totals() + "; " + v);
        return f;
    }

    /** Unit capacities: the number of arc-disjoint paths between two well-connected members. */
    @Test
    void emailEuCore() {
        MaxFlow f = solveAndCheck("snap/email-Eu-core.txt", 160, 121);
        assertThat(f.value()).isPositive();
    }

    /** Capacities are the road lengths. */
    @Test
    void rome99() {
        MaxFlow f = solveAndCheck("road/rome99.gr", 1, 3353);
        assertThat(f.value()).isPositive();
    }
}
