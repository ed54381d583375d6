package org.spikegraph.algorithms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;

class DistancesValidatorTest {

    // 1 -> 2 -> 3 (weights 3, 4), 4 isolated: distances from 1 are 0, 3, 7, unreachable
    private final CsrGraph chain = new CsrGraphBuilder(true).addArc(0, 1, 3).addArc(1, 2, 4).vertexCount(4).build();

    @Test
    void equalDistancesAgree() {
        long[] d = PrimitiveDijkstra.distances(chain, 0);
        Validation v = DistancesValidator.validate(chain, d, d.clone(), "reference");
        assertThat(v.agrees()).isTrue();
        assertThat(v.compared()).isEqualTo(4);
    }

    @Test
    void aWrongDistanceAndAWronglyReachedVertexAreNamed() {
        long[] expected = PrimitiveDijkstra.distances(chain, 0);
        long[] wrong = expected.clone();
        wrong[2]++;
        wrong[3] = 5;
        Validation v = DistancesValidator.validate(chain, wrong, expected, "reference");
        assertThat(v.agrees()).isFalse();
        assertThat(v.mismatches()).isEqualTo(2);
        assertThat(v.examples()).containsExactly("vertex 2: reference distance " + expected[2] + ", this method " + wrong[2],
                "vertex 3: reference distance unreachable, this method 5");
    }

    @Test
    void lengthsMustMatchTheGraph() {
        assertThatThrownBy(() -> DistancesValidator.validate(chain, new long[3], new long[4], "reference"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("graph has 4");
    }
}
