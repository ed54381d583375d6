package org.spikegraph.algorithms.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.validation.MaxFlowValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;

/** {@link MaxFlowValidator} accepts the right flow and names what is wrong with a wrong one. */
class ValidatorDetectsWrongFlowsTest {

    private static CsrGraph diamond() {
        CsrGraphBuilder b = new CsrGraphBuilder(true);
        b.addArc(0, 1, 3).addArc(0, 2, 2).addArc(1, 3, 2).addArc(2, 3, 3).addArc(1, 2, 5);
        return b.build();
    }

    @Test
    void rightFlowAgrees() {
        MaxFlow f = new MaxFlowCompiler(diamond(), 0, 3).solve(new EventEngine(), 0);
        assertThat(f.value()).isEqualTo(5);
        assertThat(f.runs()).isEqualTo(f.augmentations() + 1);
        Validation v = MaxFlowValidator.validate(f);
        assertThat(v.agrees()).as("%s", v).isTrue();
    }

    @Test
    void aSmallerFlowAndAnOverfullArcAreCaught() {
        CsrGraph g = diamond();
        MaxFlow right = new MaxFlowCompiler(g, 0, 3).solve(new EventEngine(), 0);
        double[] flow = new double[g.arcCount()];
        boolean[] side = new boolean[g.vertexCount()];
        side[0] = true;
        MaxFlow empty = new MaxFlow(g, 0, 3, flow, 0, side, 0, 1);
        Validation v = MaxFlowValidator.validate(empty);
        assertThat(v.agrees()).isFalse();
        assertThat(v.examples()).anyMatch(s -> s.contains("EdmondsKarpMFImpl 5"));
        for (int a = 0; a < g.arcCount(); a++) {
            flow[a] = right.flow(a);
        }
        flow[0] += 10;
        MaxFlow over = new MaxFlow(g, 0, 3, flow, 5, side, 1, 2);
        assertThat(MaxFlowValidator.validate(over).examples()).anyMatch(s -> s.contains("outside [0, 3.0]"));
    }
}
