package org.spikegraph.algorithms.mis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    @CsvSource({"snap/email-Eu-core.txt, 415, 23", "snap/CA-GrQc.txt, 2453, 44", "road/rome99.gr, 1489, 4"})
    void setsAreMaximalIndependentAndColouringsProper(String file, int setSize, int colours) {
        CsrGraph g = GraphLoader.load(SharedData.path(file), null, LoadOptions.forceUndirected()).graph();
        IndependentSet set = MisCompiler.independentSet(g).execute(new EventEngine(), 0).answer();
        Validation sv = IndependentSetValidator.validate(set);
        assertThat(sv.agrees()).as("%s", sv).isTrue();
        Colouring c = MisCompiler.colouring(g).execute(new EventEngine(), 0).answer();
        Validation cv = IndependentSetValidator.validate(c);
        assertThat(cv.agrees()).as("%s", cv).isTrue();
        IndependentSetValidator.ReferenceColours ref = IndependentSetValidator.referenceColours(g);
        assertThat(c.colours()).isLessThanOrEqualTo(SimpleNeighbours.of(g).maxDegree() + 1);
        assertThat(set.size()).isEqualTo(setSize);
        assertThat(c.colours()).isEqualTo(colours);
        assertThat(c.runs()).isEqualTo(colours);
        System.out.printf("%s: n=%d, MIS %d, %d colours (JGraphT greedy %d, DSatur %d)%n", file, g.vertexCount(),
                set.size(), c.colours(), ref.greedy(), ref.saturationDegree());
    }
}
