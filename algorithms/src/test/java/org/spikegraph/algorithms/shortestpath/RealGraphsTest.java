package org.spikegraph.algorithms.shortestpath;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.ShortestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;

/**
 * Shortest paths and BFS on the shared real graphs, on the event engine, against the reference
 * answers of {@code shared/data/README.md} (SciPy and NetworkX agree on them), each answer also
 * checked by {@link ShortestPathValidator}. Vertex ids are the files' ids.
 */
class RealGraphsTest {

    private static CsrGraph load(String file) {
        return GraphLoader.load(SharedData.path(file)).graph();
    }

    private static ShortestPaths sssp(CsrGraph g, long sourceId) {
        int s = g.indexOf(sourceId);
        assertThat(s).as("vertex id %d", sourceId).isNotNegative();
        return new ShortestPathCompiler(g).singleSource(s).run(new EventEngine(), 0).answer();
    }

    private static ShortestPaths bfs(CsrGraph g, long sourceId) {
        int s = g.indexOf(sourceId);
        assertThat(s).as("vertex id %d", sourceId).isNotNegative();
        return new ShortestPathCompiler(g, DelayEncoding.hops(), PathReadout.HOST).singleSource(s)
                .run(new EventEngine(), 0).answer();
    }

    private static void assertValid(ShortestPaths sp, Graph<Integer, DefaultWeightedEdge> reference) {
        Validation v = reference == null ? ShortestPathValidator.validate(sp) : ShortestPathValidator.validate(sp, reference);
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isPositive();
    }

    // ---------------------------------------------------------------- rome99

    static CsrGraph rome99;
    static Graph<Integer, DefaultWeightedEdge> rome99Reference;

    @BeforeAll
    static void loadRome99() {
        rome99 = load("road/rome99.gr");
        rome99Reference = JGraphTGraphs.of(rome99);
    }

    @Test
    void rome99From1() {
        ShortestPaths sp = sssp(rome99, 1);
        assertThat(sp.encoding().kind()).isEqualTo(DelayEncoding.Kind.INTEGER);
        assertThat(sp.reachedCount()).isEqualTo(3353);
        assertThat(sp.sumDistance()).isEqualTo(116_006_476L);
        assertThat(sp.maxDistance()).isEqualTo(69_102);
        assertThat(sp.distance(rome99.indexOf(3353))).isEqualTo(30_305);
        assertValid(sp, rome99Reference);
    }

    @Test
    void rome99From1000() {
        ShortestPaths sp = sssp(rome99, 1000);
        assertThat(sp.sumDistance()).isEqualTo(37_393_514L);
        assertThat(sp.maxDistance()).isEqualTo(41_778);
        assertThat(sp.distance(rome99.indexOf(3353))).isEqualTo(8_608);
        assertValid(sp, rome99Reference);
    }

    @Test
    void rome99From3353() {
        ShortestPaths sp = sssp(rome99, 3353);
        assertThat(sp.sumDistance()).isEqualTo(33_624_198L);
        assertThat(sp.maxDistance()).isEqualTo(42_730);
        assertValid(sp, rome99Reference);
    }

    @Test
    void rome99BfsHops() {
        ShortestPaths from1 = bfs(rome99, 1);
        assertThat(from1.sumDistance()).isEqualTo(92_781);
        assertThat(from1.maxDistance()).isEqualTo(47);
        assertValid(from1, rome99Reference);
        ShortestPaths from1000 = bfs(rome99, 1000);
        assertThat(from1000.sumDistance()).isEqualTo(79_595);
        assertThat(from1000.maxDistance()).isEqualTo(42);
        assertValid(from1000, rome99Reference);
    }

    // ---------------------------------------------------------------- SNAP

    @Test
    void wikiVoteBfsFrom3() {
        CsrGraph g = load("snap/Wiki-Vote.txt");
        ShortestPaths sp = bfs(g, 3);
        assertThat(sp.reachedCount()).isEqualTo(2_316);
        assertThat(sp.sumDistance()).isEqualTo(6_975);
        assertThat(sp.maxDistance()).isEqualTo(5);
        assertValid(sp, null);
    }

    @Test
    void emailEuCoreBfsFrom0() {
        CsrGraph g = load("snap/email-Eu-core.txt");
        ShortestPaths sp = bfs(g, 0);
        assertThat(sp.reachedCount()).isEqualTo(965);
        assertThat(sp.sumDistance()).isEqualTo(2_275);
        assertThat(sp.maxDistance()).isEqualTo(4);
        assertValid(sp, null);
    }

    @Test
    void caGrQcUndirectedBfsFrom13291() {
        CsrGraph g = GraphLoader.load(SharedData.path("snap/CA-GrQc.txt"), null, LoadOptions.forceUndirected()).graph();
        assertThat(g.directed()).isFalse();
        ShortestPaths sp = bfs(g, 13291);
        assertThat(sp.reachedCount()).isEqualTo(4_158);
        assertThat(sp.sumDistance()).isEqualTo(29_582);
        assertThat(sp.maxDistance()).isEqualTo(12);
        assertValid(sp, null);
    }

    // ---------------------------------------------------------------- rome-roads (234k vertices)

    /** The reference answers alone (the spiking runs take a few seconds). */
    @Test
    void romeRoadsReferenceAnswers() {
        CsrGraph g = load("road/rome-roads.gr");
        ShortestPaths from1 = sssp(g, 1);
        assertThat(from1.reachedCount()).isEqualTo(231_550);
        assertThat(from1.sumDistance()).isEqualTo(10_089_768_358L);
        assertThat(from1.maxDistance()).isEqualTo(89_227);
        assertThat(from1.distance(g.indexOf(234496))).isEqualTo(39_097);
        ShortestPaths from117248 = sssp(g, 117248);
        assertThat(from117248.sumDistance()).isEqualTo(6_190_120_631L);
        assertThat(from117248.maxDistance()).isEqualTo(61_712);
        ShortestPaths hops = bfs(g, 1);
        assertThat(hops.sumDistance()).isEqualTo(88_931_989L);
        assertThat(hops.maxDistance()).isEqualTo(840);
    }

    /** The same answers checked vertex by vertex against JGraphT (about a minute on 2 cores). */
    @Test
    @Tag("slow")
    void romeRoadsValidated() {
        CsrGraph g = load("road/rome-roads.gr");
        Graph<Integer, DefaultWeightedEdge> reference = JGraphTGraphs.of(g);

        ShortestPaths from1 = sssp(g, 1);
        assertThat(from1.reachedCount()).isEqualTo(231_550);
        assertThat(from1.sumDistance()).isEqualTo(10_089_768_358L);
        assertThat(from1.maxDistance()).isEqualTo(89_227);
        assertThat(from1.distance(g.indexOf(234496))).isEqualTo(39_097);
        assertValid(from1, reference);

        ShortestPaths from117248 = sssp(g, 117248);
        assertThat(from117248.sumDistance()).isEqualTo(6_190_120_631L);
        assertThat(from117248.maxDistance()).isEqualTo(61_712);
        assertValid(from117248, reference);

        ShortestPaths hops = bfs(g, 1);
        assertThat(hops.sumDistance()).isEqualTo(88_931_989L);
        assertThat(hops.maxDistance()).isEqualTo(840);
        assertValid(hops, reference);
    }
}
