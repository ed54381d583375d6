package org.spikegraph.algorithms.kcore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.CoreDecompositionValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;

/** k-core decompositions of the shared real graphs on the event engine, each checked against JGraphT. */
class RealKCoreTest {

    @ParameterizedTest
    @CsvSource({"snap/email-Eu-core.txt, 34", "snap/CA-GrQc.txt, 43", "road/rome99.gr, 2"})
    void corenessAgreesWithJGraphT(String file, int degeneracy) {
        CsrGraph g = GraphLoader.load(SharedData.path(file), null, LoadOptions.forceUndirected()).graph();
        Execution<CoreDecomposition> e = KCoreCompiler.compile(g).execute(new EventEngine(), 0);
        Validation v = CoreDecompositionValidator.validate(e.answer());
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isEqualTo(g.vertexCount());
        assertThat(e.answer().degeneracy()).isEqualTo(degeneracy);
        assertThat(e.totals().runs()).isEqualTo(degeneracy + 1);
        System.out.printf("%s: n=%d, degeneracy %d, %d runs, %d spikes%n", file, g.vertexCount(),
                e.answer().degeneracy(), e.totals().runs(), e.totals().spikes());
    }
}
