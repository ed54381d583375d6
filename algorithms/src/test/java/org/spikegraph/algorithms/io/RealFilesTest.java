package org.spikegraph.algorithms.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;

/** Every loader on the real files in {@code ../shared/data} (see its README for the counts). */
class RealFilesTest {

    @Test
    void rome99Dimacs() {
        LoadedGraph lg = GraphLoader.load(SharedData.path("road/rome99.gr"));
        CsrGraph g = lg.graph();
        assertThat(lg.format()).isEqualTo(GraphFormat.DIMACS);
        assertThat(g.vertexCount()).isEqualTo(3353);
        assertThat(g.arcCount()).isEqualTo(8870);
        assertThat(g.directed()).isTrue();
        assertThat(g.weighted()).isTrue();
        assertThat(g.integralWeights()).isTrue();
        assertThat(g.minWeight()).isPositive();
        assertThat(g.originalId(0)).isEqualTo(1);
        assertThat(g.indexOf(3353)).isEqualTo(3352);
        assertThat(g.indexOf(0)).isEqualTo(-1);
        assertThat(lg.coordinates()).isNull();
    }

    @Test
    void romeRoadsWithCoordinates() {
        LoadedGraph lg = GraphLoader.load(SharedData.path("road/rome-roads.gr"));
        CsrGraph g = lg.graph();
        assertThat(g.vertexCount()).isEqualTo(234_496);
        assertThat(g.arcCount()).isEqualTo(516_386);
        assertThat(g.minWeight()).isGreaterThanOrEqualTo(1);
        Coordinates co = lg.coordinates();
        assertThat(co).isNotNull();
        assertThat(co.size()).isEqualTo(234_496);
        assertThat(co.x(0)).isEqualTo(-20759);
        assertThat(co.y(0)).isEqualTo(32148);
        for (int v = 0; v < co.size(); v++) {
            assertThat(Double.isNaN(co.x(v))).isFalse();
        }
    }

    @Test
    void emailEuCoreEdgeList() {
        CsrGraph g = GraphLoader.load(SharedData.path("snap/email-Eu-core.txt")).graph();
        assertThat(g.vertexCount()).isEqualTo(1005);
        assertThat(g.arcCount()).isEqualTo(25_571);
        assertThat(g.selfLoopCount()).isEqualTo(642);
        assertThat(g.weighted()).isFalse();
        assertThat(g.originalId(0)).isEqualTo(0);
        assertThat(g.originalId(1)).isEqualTo(1);
        assertThat(g.indexOf(2)).isEqualTo(2);
    }

    @Test
    void wikiVoteEdgeListWithCrlf() {
        CsrGraph g = GraphLoader.load(SharedData.path("snap/Wiki-Vote.txt")).graph();
        assertThat(g.vertexCount()).isEqualTo(7115);
        assertThat(g.arcCount()).isEqualTo(103_689);
        assertThat(g.originalId(0)).isEqualTo(30); // first appearance: "30 1412"
        assertThat(g.originalId(1)).isEqualTo(1412);
        assertThat(g.indexOf(4037)).isNotNegative();
    }

    @Test
    void caGrQcDirectedAndForcedUndirected() {
        Path p = SharedData.path("snap/CA-GrQc.txt");
        CsrGraph d = GraphLoader.load(p).graph();
        assertThat(d.vertexCount()).isEqualTo(5242);
        assertThat(d.arcCount()).isEqualTo(28_980);
        assertThat(d.selfLoopCount()).isEqualTo(12);
        CsrGraph u = GraphLoader.load(p, null, LoadOptions.forceUndirected()).graph();
        assertThat(u.directed()).isFalse();
        assertThat(u.vertexCount()).isEqualTo(5242);
        // the file lists both directions; forcing undirected keeps every line as an edge
        assertThat(u.edgeCount()).isEqualTo(28_980);
    }

    @Test
    void chesapeakeMatrixMarket() {
        LoadedGraph lg = GraphLoader.load(SharedData.path("matrix/chesapeake.mtx"));
        CsrGraph g = lg.graph();
        assertThat(lg.format()).isEqualTo(GraphFormat.MATRIX_MARKET);
        assertThat(g.vertexCount()).isEqualTo(39);
        assertThat(g.directed()).isFalse();
        assertThat(g.edgeCount()).isEqualTo(170);
        assertThat(g.weighted()).isFalse();
        assertThat(g.originalId(0)).isEqualTo(1);
    }

    @Test
    void karateGml() {
        LoadedGraph lg = GraphLoader.load(SharedData.path("social/karate.gml"));
        CsrGraph g = lg.graph();
        assertThat(g.vertexCount()).isEqualTo(34);
        assertThat(g.directed()).isFalse();
        assertThat(g.edgeCount()).isEqualTo(78);
        assertThat(g.arcCount()).isEqualTo(156);
        assertThat(g.originalId(0)).isEqualTo(1);
        assertThat(lg.label(0)).isEqualTo("1");
    }

    @Test
    void miserablesDot() {
        LoadedGraph lg = GraphLoader.load(SharedData.path("social/miserables.dot"));
        CsrGraph g = lg.graph();
        assertThat(g.vertexCount()).isEqualTo(77);
        assertThat(g.directed()).isTrue();
        assertThat(g.edgeCount()).isEqualTo(254);
        assertThat(g.indexOf(76)).isNotNegative();
    }

    @Test
    void lesmisWeightedEdgeList() {
        Path p = SharedData.path("social/lesmis.edges");
        CsrGraph g = GraphLoader.load(p, null, LoadOptions.forceUndirected()).graph();
        assertThat(g.vertexCount()).isEqualTo(77);
        assertThat(g.edgeCount()).isEqualTo(254);
        assertThat(g.weighted()).isTrue();
        assertThat(g.integralWeights()).isTrue();
        int v1 = g.indexOf(1);
        int v0 = g.indexOf(0);
        assertThat(g.target(g.outStart(v1))).isEqualTo(v0);
        assertThat(g.weight(g.outStart(v1))).isEqualTo(1.0);
        assertThat(GraphLoader.load(p).graph().arcCount()).isEqualTo(254);
    }
}
