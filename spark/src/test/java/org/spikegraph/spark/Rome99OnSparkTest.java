package org.spikegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Outcome;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.SharedData;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.PathReadout;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.ShortestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;

/**
 * Shortest paths on rome99 (3,353 vertices, 8,870 arcs) with the Spark engine in local[2]: the
 * answers of the shared data's README, JGraphT's distances, and every figure of the event engine's run.
 */
class Rome99OnSparkTest {

    static JavaSparkContext sc;
    static SparkEngine spark;
    static CsrGraph rome99;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("Rome99OnSparkTest")
                .set("spark.ui.enabled", "false"));
        sc.setLogLevel("WARN");
        spark = new SparkEngine(sc, 2);
        rome99 = GraphLoader.load(SharedData.path("road/rome99.gr")).graph();
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    static final Recording FIGURES = Recording.none().withFirstSpikes().withSpikeCounts();

    /** Runs the circuit on both engines, asserts the same run, and returns Spark's answer. */
    static ShortestPaths onBoth(Circuit<ShortestPaths> circuit) {
        Circuit<ShortestPaths> c = circuit.recording(FIGURES);
        Run expected = c.run(new EventEngine(), 0).run();
        Outcome<ShortestPaths> outcome = c.run(spark, 0);
        Run actual = outcome.run();
        assertThat(actual.stopReason()).isEqualTo(expected.stopReason());
        assertThat(actual.activity()).isEqualTo(expected.activity());
        assertThat(actual.finalPotentials()).isEqualTo(expected.finalPotentials());
        assertThat(actual.firstSpikes()).isEqualTo(expected.firstSpikes());
        assertThat(actual.spikeCounts()).isEqualTo(expected.spikeCounts());
        return outcome.answer();
    }

    @Test
    void ssspFromVertex1() {
        ShortestPaths sp = onBoth(new ShortestPathCompiler(rome99).singleSource(rome99.indexOf(1)));
        assertThat(sp.reachedCount()).isEqualTo(3353);
        assertThat(sp.sumDistance()).isEqualTo(116_006_476L);
        assertThat(sp.maxDistance()).isEqualTo(69_102);
        Validation v = ShortestPathValidator.validate(sp, JGraphTGraphs.of(rome99));
        assertThat(v.agrees()).as("%s", v).isTrue();
        assertThat(v.compared()).isPositive();
    }

    @Test
    void pointToPointStopsWhereTheEventEngineDoes() {
        ShortestPaths sp = onBoth(new ShortestPathCompiler(rome99).pointToPoint(rome99.indexOf(1), rome99.indexOf(3353)));
        assertThat(sp.distance(rome99.indexOf(3353))).isEqualTo(30_305);
    }

    @Test
    void bfsFromVertex1000() {
        ShortestPaths bfs = onBoth(new ShortestPathCompiler(rome99, DelayEncoding.hops(), PathReadout.HOST)
                .singleSource(rome99.indexOf(1000)));
        assertThat(bfs.reachedCount()).isEqualTo(3353);
    }

    @Test
    void ssspStraightFromTheFileBuiltByTheExecutors() {
        Circuit<ShortestPaths> c = new ShortestPathCompiler(rome99).singleSource(rome99.indexOf(1)).recording(FIGURES);
        Run expected = c.run(new EventEngine(), 0).run();
        SparkRun fromFile = spark.ssspFromDimacs(SharedData.path("road/rome99.gr").toUri().toString(), 1);
        Run actual = fromFile.run();
        assertThat(actual.stopReason()).isEqualTo(expected.stopReason());
        assertThat(actual.activity()).isEqualTo(expected.activity());
        assertThat(actual.firstSpikes()).isEqualTo(expected.firstSpikes());
        assertThat(java.util.Arrays.stream(actual.firstSpikes()).sum()).isEqualTo(116_006_476L);
        assertThat(fromFile.shuffleBytesWritten()).isPositive();
    }

    @Test
    void aBadArcLineFailsNamingIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("bad.gr");
        java.nio.file.Files.writeString(file, "p sp 3 2\na 1 2 5\na 2 3 0\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> spark.ssspFromDimacs(file.toUri().toString(), 1))
                .hasMessageContaining("'a 2 3 0': weight 0 is not a delay in 1..65534");
    }
}
