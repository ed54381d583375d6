package org.spikegraph.algorithms.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.ComponentsValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;

/** Components of the shared real graphs on the event engine: the figures, each answer checked against JGraphT. */
class RealComponentsTest {

    private static CsrGraph load(String file) {
        return GraphLoader.load(SharedData.path(file)).graph();
    }

    private static void assertValid(Components c) {
        Validation v = ComponentsValidator.validate(c);
        assertThat(v.agrees()).as("%s", v).isTrue();
    }

    /** 234,496 vertices, 174 runs: about 2 s on the event engine. */
    @Test
    void romeRoadsUndirectedViewHas174Components() {
        Components c = ComponentsCompiler.connected(load("road/rome-roads.gr").undirectedView()).solve(new EventEngine(), 0);
        assertThat(c.count()).isEqualTo(174);
        assertThat(c.runs()).isEqualTo(174);
        assertValid(c);
    }

    @Test
    void rome99HasOneStronglyConnectedComponent() {
        CsrGraph g = load("road/rome99.gr");
        Components c = ComponentsCompiler.strong(g).solve(new EventEngine(), 0);
        assertThat(c.count()).isEqualTo(1);
        assertThat(c.largest()).isEqualTo(g.vertexCount());
        assertThat(c.runs()).isEqualTo(1);
        assertValid(c);
    }

    @Test
    void emailEuCoreHas20WeakAnd203StrongComponents() {
        CsrGraph g = load("snap/email-Eu-core.txt");
        Components weak = ComponentsCompiler.connected(g).solve(new EventEngine(), 0);
        assertThat(weak.weak()).isTrue();
        assertThat(weak.count()).isEqualTo(20);
        assertValid(weak);
        Components strong = ComponentsCompiler.strong(g).solve(new EventEngine(), 0);
        assertThat(strong.count()).isEqualTo(203);
        assertThat(strong.runs()).isEqualTo(203);
        assertValid(strong);
    }

    @Test
    void caGrQcHas355Components() {
        CsrGraph g = GraphLoader.load(SharedData.path("snap/CA-GrQc.txt"), null, LoadOptions.forceUndirected()).graph();
        Components c = ComponentsCompiler.connected(g).solve(new EventEngine(), 0);
        assertThat(c.count()).isEqualTo(355);
        assertValid(c);
    }
}
