package org.spikegraph.algorithms.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** Size estimates checked before work, weight ranges that cannot overflow, and generations a monitor stops. */
class GeneratorLimitsTest {

    @Test
    void estimatesMatchWhatIsMadeForGridBaAndRoad() {
        Generators.Generated grid = Generators.grid(7, 9, null, 1);
        assertThat(Generators.gridSize(7, 9).arcs()).isEqualTo(grid.graph().arcCount());
        assertThat(Generators.gridSize(7, 9).vertices()).isEqualTo(63);
        Generators.Generated ba = Generators.barabasiAlbert(200, 3, null, 1);
        assertThat(Generators.barabasiAlbertSize(200, 3).arcs()).isEqualTo(ba.graph().arcCount());
        Generators.Generated road = Generators.roadLike(500, 4, 1);
        assertThat(road.graph().arcCount()).isLessThanOrEqualTo((int) Generators.roadLikeSize(500, 4).arcs());
    }

    @Seeded(20)
    void gnpEstimateBoundsTheArcsMade(long seed) {
        Dice dice = new Dice(seed);
        int n = dice.between(2, 300);
        double p = dice.unit();
        boolean directed = dice.chance(0.5);
        CsrGraph g = Generators.gnp(n, p, directed, null, seed).graph();
        assertThat((long) g.arcCount()).isLessThanOrEqualTo(Generators.gnpSize(n, p, directed).arcs());
        assertThat(Generators.gnpSize(n, p, directed).draws()).isEqualTo(directed ? (long) n * (n - 1) : (long) n * (n - 1) / 2);
    }

    @Test
    void graphsTooBigForIntIndicesAreRefusedBeforeAnyAllocation() {
        assertThat(Generators.gridSize(100_000, 100_000).tooBig()).contains("10,000,000,000 vertices");
        assertThat(Generators.gnpSize(200_000, 1, false).tooBig()).contains("arcs are more than a graph may have");
        assertThat(Generators.roadLikeSize(1000, 3).tooBig()).isNull();
        assertThatThrownBy(() -> Generators.grid(100_000, 100_000, null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vertices are more than");
        assertThatThrownBy(() -> Generators.gnp(200_000, 1, true, null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arcs are more than");
        assertThatThrownBy(() -> Generators.roadLike(Integer.MAX_VALUE, 3, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void heapEstimatesGrowWithTheGraph() {
        assertThat(Generators.roadLikeSize(50_000_000, 3).bytes()).isGreaterThan(8L << 30);
        assertThat(Generators.roadLikeSize(1000, 3).bytes()).isLessThan(1L << 20);
        assertThat(Generators.barabasiAlbertSize(2000, 2).bytes()).isLessThan(Generators.barabasiAlbertSize(4000, 2).bytes());
    }

    @Test
    void weightsUpToTwoToThe53MinusOneAndNoFurther() {
        assertThatThrownBy(() -> Generators.Weights.parse("0..9223372036854775807"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2^53 - 1");
        assertThatThrownBy(() -> Generators.Weights.parse("0..99999999999999999999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LO..HI");
        assertThatThrownBy(() -> Generators.Weights.parse("-1..5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Generators.Weights.parse("5..1")).isInstanceOf(IllegalArgumentException.class);
        CsrGraph g = Generators.grid(10, 10, Generators.Weights.parse("0.." + Generators.Weights.MAX), 3).graph();
        for (int a = 0; a < g.arcCount(); a++) {
            assertThat(g.weight(a)).isBetween(0.0, (double) Generators.Weights.MAX).isEqualTo(Math.rint(g.weight(a)));
        }
    }

    @Seeded(200)
    void drawsStayInTheRange(long seed) {
        Dice dice = new Dice(seed);
        long lo = dice.between(0L, Generators.Weights.MAX);
        long hi = dice.chance(0.3) ? Generators.Weights.MAX : dice.between(lo, Generators.Weights.MAX);
        Generators.Weights w = new Generators.Weights(lo, hi);
        Random random = new Random(seed);
        for (int i = 0; i < 100; i++) {
            assertThat(w.draw(random)).isBetween(lo, hi);
        }
    }

    @Test
    void aMonitorStopsEveryGenerator() {
        Generators.Monitor stop = made -> {
            if (made > 10) {
                throw new CancellationException("stop");
            }
        };
        assertThatThrownBy(() -> Generators.grid(50, 50, null, 1, stop)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> Generators.gnp(200, 0.5, false, null, 1, stop)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> Generators.barabasiAlbert(300, 2, null, 1, stop)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> Generators.roadLike(300, 3, 1, stop)).isInstanceOf(CancellationException.class);
    }

    @Test
    void aMonitorHearsTheEdgesMade() {
        long[] last = {0};
        CsrGraph g = Generators.roadLike(400, 3, 2, made -> last[0] = Math.max(last[0], made)).graph();
        assertThat(last[0]).isPositive().isLessThanOrEqualTo(g.edgeCount());
    }
}
