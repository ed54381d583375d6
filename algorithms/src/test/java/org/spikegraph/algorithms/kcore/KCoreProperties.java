package org.spikegraph.algorithms.kcore;

import static org.assertj.core.api.Assertions.assertThat;

import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.testing.Engines;
import org.spikegraph.algorithms.testing.RandomGraphs;
import org.spikegraph.algorithms.validation.CoreDecompositionValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** The spiking k-core decomposition on random multigraphs, on both engines, against JGraphT's Coreness. */
class KCoreProperties {

    private static CsrGraph draw(Dice dice) {
        int n = dice.between(0, 35);
        int m = dice.between(0, dice.chance(0.3) ? 300 : 80);
        return RandomGraphs.multigraph(dice, dice.chance(0.5), RandomGraphs.Weights.NONE, n, m).csr();
    }

    @Seeded(300)
    void corenessAgreesWithJGraphT(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        Execution<CoreDecomposition> e = KCoreCompiler.compile(g).execute(dice.pick(Engines.values()).create(), seed);
        CoreDecomposition d = e.answer();
        Validation v = CoreDecompositionValidator.validate(d);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isEqualTo(g.vertexCount());
        assertThat(d.runs()).isEqualTo(g.vertexCount() == 0 ? 0 : d.degeneracy() + 1);
        assertThat(e.totals().runs()).isEqualTo(d.runs());
    }

    @Seeded(100)
    void theValidatorCatchesOneWrongCoreness(long seed) {
        Dice dice = new Dice(seed);
        CsrGraph g = draw(dice);
        org.junit.jupiter.api.Assumptions.assumeTrue(g.vertexCount() > 0);
        CoreDecomposition d = KCoreCompiler.compile(g).execute(Engines.EVENT.create(), seed).answer();
        int[] wrong = d.coreness().clone();
        int v = dice.between(0, wrong.length - 1);
        wrong[v] += dice.chance(0.5) || wrong[v] == 0 ? 1 : -1;
        Validation check = CoreDecompositionValidator.validate(new CoreDecomposition(g, wrong, d.runs()));
        assertThat(check.mismatches()).isEqualTo(1);
        assertThat(check.examples().get(0)).contains("vertex " + g.name(v));
    }
}
