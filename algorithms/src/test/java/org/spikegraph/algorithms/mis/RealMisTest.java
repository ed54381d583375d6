package org.spikegraph.algorithms.mis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.IndependentSetValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;

/** Independent sets and colourings of the shared real graphs on the event engine. */
class RealMisTest {

    @ParameterizedTest
    @ValueSource(strings = {"snap/email-Eu-core.txt", "snap/CA-GrQc.txt", "road/rome99.gr"})
    void setsAreMaximalIndependentAndColouringsProper(String file) {
        CsrGraph g = GraphLoader.load(SharedData.path(file), null, LoadOptions.forceUndirected()).graph();
        IndependentSet set = MisCompiler.independentSet(g).execute(new EventEngine(), 0).answer();
        Validation sv = IndependentSetValidator.validate(set);
        assertThat(sv.agrees()).as("%s", sv).isTrue();
        Colouring c = MisCompiler.colouring(g).execute(new EventEngine(), 0).answer();
        Validation cv = IndependentSetValidator.validate(c);
        assertThat(cv.agrees()).as("%s", cv).isTrue();
        IndependentSetValidator.ReferenceColours ref = IndependentSetValidator.referenceColours(g);
        assertThat(c.colours()).isLessThanOrEqualTo(SimpleNeighbours.of(g).maxDegree() + 1);
        System.out.printf("%s: n=%d, MIS %d, %d colours (JGraphT greedy %d, DSatur %d)%n", file, g.vertexCount(),
                set.size(), c.colours(), ref.greedy(), ref.saturationDegree());
    }
}
