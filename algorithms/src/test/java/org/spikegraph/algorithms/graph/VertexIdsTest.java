package org.spikegraph.algorithms.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The three shapes of vertex ids answer name and find as each other's inverse. */
class VertexIdsTest {

    @Test
    void namesAreKeptExactly() {
        VertexIds ids = VertexIds.named(List.of("a", "01", "1", " b"));
        assertThat(ids.isNamed()).isTrue();
        assertThat(ids.isRange()).isFalse();
        for (int v = 0; v < ids.size(); v++) {
            assertThat(ids.find(ids.name(v))).isEqualTo(v);
        }
        assertThat(ids.find("b")).isEqualTo(-1);
        assertThat(ids.find("001")).isEqualTo(-1);
        assertThat(ids.describe()).isEqualTo("names such as 'a', '01', '1'");
    }

    @Test
    void aRepeatedNameIsRefused() {
        assertThatThrownBy(() -> VertexIds.named(List.of("x", "y", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x' given twice");
    }

    @Test
    void numericIdsAcceptAnySpellingOfTheNumber() {
        VertexIds range = VertexIds.range(5, 1);
        assertThat(range.find("3")).isEqualTo(2);
        assertThat(range.find("003")).isEqualTo(2);
        assertThat(range.find(" 5 ")).isEqualTo(4);
        assertThat(range.find("6")).isEqualTo(-1);
        assertThat(range.find("a")).isEqualTo(-1);
        assertThat(range.name(4)).isEqualTo("5");
        assertThat(range.describe()).isEqualTo("ids 1 .. 5");
    }

    @Test
    void explicitIdsDescribeTheirSmallestAndLargest() {
        VertexIds ids = VertexIds.of(new long[] {30, 3, 8297, 12});
        assertThat(ids.describe()).isEqualTo("ids 3 .. 8297 (4 of them, not every number between)");
        assertThat(ids.find("8297")).isEqualTo(2);
        assertThat(ids.name(0)).isEqualTo("30");
        assertThat(VertexIds.range(0, 0).describe()).isEqualTo("no vertices");
    }
}
