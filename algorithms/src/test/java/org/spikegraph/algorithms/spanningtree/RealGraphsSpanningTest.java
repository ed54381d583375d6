package org.spikegraph.algorithms.spanningtree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Execution;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.SpanningForestValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;

/** Minimum spanning forests of the shared road graphs (undirected views), on the event engine. */
class RealGraphsSpanningTest {

    @Test
    void rome99() {
        CsrGraph g = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
        Execution<SpanningForest> e = new SpanningForestCompiler(g).program().execute(new EventEngine(), 0);
        SpanningForest f = e.answer();
        assertThat((long) f.weight()).isEqualTo(1_186_386L);
        assertThat(f.edgeCount()).isEqualTo(3_352);
        assertThat(f.components()).isEqualTo(1);
        assertThat(f.runs()).isLessThanOrEqualTo(12).isEqualTo(e.totals().runs());
        Validation v = SpanningForestValidator.validate(f);
        assertThat(v.agrees()).as("%s", v).isTrue();
        System.out.println("rome99 MST: " + f + ", " + e.totals());
    }

    /** About 6 s (load 0.5 s, 9 runs 2.2 s, Kruskal check 3.2 s): below the 10 s that would make it slow. */
    @Test
    void romeRoads() {
        CsrGraph g = GraphLoader.load(SharedData.path("road/rome-roads.gr")).graph();
        long t0 = System.nanoTime();
        Execution<SpanningForest> e = new SpanningForestCompiler(g).program().execute(new EventEngine(), 0);
        SpanningForest f = e.answer();
        long t1 = System.nanoTime();
        assertThat((long) f.weight()).isEqualTo(8_868_502L);
        assertThat(f.edgeCount()).isEqualTo(234_322);
        assertThat(f.components()).isEqualTo(174);
        Validation v = SpanningForestValidator.validate(f);
        long t2 = System.nanoTime();
        assertThat(v.agrees()).as("%s", v).isTrue();
        System.out.printf("rome-roads MSF: %s, %s; spiking %.1f s, validation %.1f s%n", f, e.totals(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /** The validator catches a forest with an edge too few. */
    @Test
    void validatorCatchesAMissingEdge() {
        CsrGraph g = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
        SpanningForest f = new SpanningForestCompiler(g).solve(new EventEngine(), 0);
        int[] fewer = java.util.Arrays.copyOf(f.arcs(), f.arcs().length - 1);
        SpanningForest wrong = new SpanningForest(g, fewer, f.weight() - g.weight(f.arcs()[fewer.length]), f.runs());
        Validation v = SpanningForestValidator.validate(wrong);
        assertThat(v.agrees()).isFalse();
        assertThat(v.examples()).anyMatch(s -> s.contains("Kruskal")).anyMatch(s -> s.contains("edges"));
    }
}
