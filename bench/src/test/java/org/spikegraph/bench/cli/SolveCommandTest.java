package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code spikegraph solve PROBLEM} on real graphs: the answers the issue fixes (reference values from
 * shared/data/README.md, computed outside the project), the JSON field names scripts rely on, the
 * table, and every problem subcommand.
 */
class SolveCommandTest {

    private static final String ROME99 = "road/rome99.gr";

    @Test
    void ssspOnRome99FromVertex1AgreesWithJGraphTAndHasEveryFixedJsonField() {
        JsonNode j = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path(ROME99), "--source", "1", "--validate", "--json").json();

        assertThat(j.path("problem").asText()).isEqualTo("sssp");
        assertThat(j.path("graph").path("file").asText()).endsWith("rome99.gr");
        assertThat(j.path("graph").path("vertices").asInt()).isEqualTo(3353);
        assertThat(j.path("graph").path("arcs").asInt()).isEqualTo(8870);
        assertThat(j.path("source").asLong()).isEqualTo(1);

        JsonNode s = j.path("summary");
        assertThat(s.path("sumDistance").isIntegralNumber()).as("sumDistance is an integer").isTrue();
        assertThat(s.path("sumDistance").asLong()).isEqualTo(116_006_476L);
        assertThat(s.path("reachable").asInt()).isEqualTo(3353);
        assertThat(s.path("maxDistance").asLong()).isEqualTo(69_102L);

        JsonNode v = j.path("validation");
        assertThat(v.path("against").asText()).contains("JGraphT");
        assertThat(v.path("agrees").isBoolean()).isTrue();
        assertThat(v.path("agrees").asBoolean()).isTrue();
        assertThat(v.path("mismatches").isIntegralNumber()).isTrue();
        assertThat(v.path("mismatches").asLong()).isZero();

        JsonNode a = j.path("activity");
        for (String f : new String[] {"neurons", "synapses", "stepsSpanned", "activeSteps", "spikes", "synapticEvents"}) {
            assertThat(a.has(f)).as("activity.%s", f).isTrue();
            assertThat(a.path(f).isIntegralNumber()).as("activity.%s is an integer", f).isTrue();
        }
        // one fire-once neuron per vertex, one synapse per arc, every vertex spikes once, every arc carries one event
        assertThat(a.path("neurons").asLong()).isEqualTo(3353);
        assertThat(a.path("synapses").asLong()).isEqualTo(8870);
        assertThat(a.path("spikes").asLong()).isEqualTo(3353);
        assertThat(a.path("synapticEvents").asLong()).isEqualTo(8870);
        assertThat(a.path("stepsSpanned").asLong()).isGreaterThan(69_102L);
        assertThat(a.path("activeSteps").asLong()).isBetween(1L, a.path("stepsSpanned").asLong());

        JsonNode t = j.path("timing");
        for (String f : new String[] {"loadMs", "compileMs", "simulateMs", "decodeMs", "referenceMs"}) {
            assertThat(t.has(f)).as("timing.%s", f).isTrue();
            assertThat(t.path(f).isNumber()).as("timing.%s is a number", f).isTrue();
            assertThat(t.path(f).asDouble()).as("timing.%s", f).isGreaterThanOrEqualTo(0);
        }
    }

    /** Without --validate the exact reference is not run: no validation, no reference time, in JSON and table. */
    @Test
    void withoutValidateTheReferenceIsNotRun() {
        JsonNode j = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path(ROME99), "--source", "1", "--json").json();
        assertThat(j.path("validation").isMissingNode() || j.path("validation").isNull()).isTrue();
        assertThat(j.path("timing").path("referenceMs").isNull()).isTrue();
        assertThat(j.path("summary").path("sumDistance").asLong()).isEqualTo(116_006_476L);
        String table = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path(ROME99), "--source", "1").out();
        assertThat(table).doesNotContain("reference").doesNotContain("validation");
        assertThat(Cli.ok("solve", "sssp", "--graph", SharedGraphs.path(ROME99), "--source", "1", "--validate").out())
                .contains("|  reference ").contains("validation: agrees with");
    }

    @Test
    void bfsOnWikiVoteFromVertex3() {
        JsonNode j = Cli.ok("solve", "bfs", "--graph", SharedGraphs.path("snap/Wiki-Vote.txt"), "--source", "3", "--validate", "--json").json();
        assertThat(j.path("problem").asText()).isEqualTo("bfs");
        assertThat(j.path("graph").path("vertices").asInt()).isEqualTo(7115);
        assertThat(j.path("graph").path("arcs").asInt()).isEqualTo(103_689);
        assertThat(j.path("summary").path("reachable").asInt()).isEqualTo(2316);
        assertThat(j.path("summary").path("sumHops").asLong()).isEqualTo(6975);
        assertThat(j.path("summary").path("maxHops").asLong()).isEqualTo(5);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
        assertThat(j.path("validation").path("mismatches").asLong()).isZero();
    }

    @Test
    void withoutGraphSsspUsesTheBundledRome99() {
        JsonNode j = Cli.ok("solve", "sssp", "--json").json();
        assertThat(j.path("graph").path("file").asText()).contains("rome99.gr").contains("bundled");
        assertThat(j.path("graph").path("vertices").asInt()).isEqualTo(3353);
        assertThat(j.path("source").asLong()).as("default source: the first vertex").isEqualTo(1);
        assertThat(j.path("summary").path("sumDistance").asLong()).isEqualTo(116_006_476L);
        assertThat(j.has("validation")).as("validation only with --validate").isFalse();
    }

    @Test
    void tableOutputNamesTheGraphTheAnswerTheActivityAndTheValidation() {
        Cli.Result r = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path(ROME99), "--source", "1000", "--validate");
        assertThat(r.out())
                .contains("sssp on ").contains("rome99.gr").contains("3,353 vertices").contains("8,870 arcs").contains("from 1000")
                .contains("sumDistance        37,393,514")
                .contains("maxDistance        41,778")
                .contains("spiking activity (event engine")
                .contains("timing (ms)")
                .contains("validation: agrees with JGraphT DijkstraShortestPath")
                .contains(" 0 mismatches");
    }

    @Test
    void bfsOnRome99WithTheReferenceEngine() {
        JsonNode j = Cli.ok("solve", "bfs", "--graph", SharedGraphs.path(ROME99), "--source", "1", "--engine", "reference",
                "--validate", "--json").json();
        assertThat(j.path("activity").path("engine").asText()).isEqualTo("reference");
        assertThat(j.path("summary").path("reachable").asInt()).isEqualTo(3353);
        assertThat(j.path("summary").path("sumHops").asLong()).isEqualTo(92_781);
        assertThat(j.path("summary").path("maxHops").asLong()).isEqualTo(47);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void bothEnginesReportTheSameActivity() {
        String g = SharedGraphs.path(ROME99);
        JsonNode event = Cli.ok("solve", "bfs", "--graph", g, "--source", "1000", "--json").json();
        JsonNode reference = Cli.ok("solve", "bfs", "--graph", g, "--source", "1000", "--engine", "reference", "--json").json();
        assertThat(reference.path("summary")).isEqualTo(event.path("summary"));
        for (String f : new String[] {"neurons", "synapses", "stepsSpanned", "activeSteps", "spikes", "synapticEvents"}) {
            assertThat(reference.path("activity").path(f)).as(f).isEqualTo(event.path("activity").path(f));
        }
        assertThat(event.path("summary").path("sumHops").asLong()).isEqualTo(79_595);
        assertThat(event.path("summary").path("maxHops").asLong()).isEqualTo(42);
    }

    @Test
    void pointToPointWithTarget() {
        JsonNode j = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path(ROME99), "--source", "1", "--target", "3353",
                "--validate", "--json").json();
        assertThat(j.path("problem").asText()).isEqualTo("point-to-point");
        assertThat(j.path("parameters").path("target").asLong()).isEqualTo(3353);
        assertThat(j.path("summary").path("targetDistance").asDouble()).isEqualTo(30_305.0);
        assertThat(j.path("summary").path("pathArcs").asInt()).isPositive();
        assertThat(j.path("activity").path("stopReason").asText()).isEqualTo("SPIKED");
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void pointToPointTargetDistanceIsAnIntegerOnIntegerWeights() {
        JsonNode j = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path(ROME99), "--source", "1", "--target", "3353", "--json").json();
        assertThat(j.path("summary").path("targetDistance").isIntegralNumber()).as("%s", j.path("summary")).isTrue();
        assertThat(j.path("summary").path("targetDistance").asLong()).isEqualTo(30_305L);
    }

    @Test
    void khopOnRome99() {
        JsonNode j = Cli.ok("solve", "khop", "--graph", SharedGraphs.path(ROME99), "--source", "1", "-k", "3", "--validate", "--json").json();
        assertThat(j.path("problem").asText()).isEqualTo("khop");
        assertThat(j.path("parameters").path("k").asInt()).isEqualTo(3);
        JsonNode s = j.path("summary");
        assertThat(s.path("maxHops").asLong()).isLessThanOrEqualTo(3);
        assertThat(s.path("reached").asInt()).isEqualTo(14);
        assertThat(s.path("sumHops").asLong()).isEqualTo(30);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void khopZeroReachesOnlyTheSource() {
        JsonNode j = Cli.ok("solve", "khop", "--graph", SharedGraphs.path(ROME99), "--source", "7", "--hops", "0", "--json").json();
        assertThat(j.path("summary").path("reached").asInt()).isEqualTo(1);
        assertThat(j.path("summary").path("sumHops").asLong()).isZero();
    }

    @Test
    void multiSourceOnRome99() {
        JsonNode j = Cli.ok("solve", "multi-source", "--graph", SharedGraphs.path(ROME99), "--sources", "1,1000,3353",
                "--validate", "--json").json();
        assertThat(j.path("problem").asText()).isEqualTo("multi-source");
        assertThat(j.has("source")).as("no single source").isFalse();
        JsonNode s = j.path("summary");
        assertThat(s.path("reachable").asInt()).isEqualTo(3353);
        // nearest of three sources: no more than from any one of them (README: from 1000 the sum is 37,393,514)
        assertThat(s.path("sumDistance").asLong()).isPositive().isLessThan(33_624_198L);
        assertThat(s.path("maxDistance").asLong()).isLessThan(41_778L);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void multiSourceWithOneSourceIsSssp() {
        JsonNode j = Cli.ok("solve", "multi-source", "--graph", SharedGraphs.path(ROME99), "--sources", "1", "--json").json();
        assertThat(j.path("summary").path("sumDistance").asLong()).isEqualTo(116_006_476L);
    }

    @Test
    void hopBoundedOnRome99() {
        JsonNode j = Cli.ok("solve", "hop-bounded", "--graph", SharedGraphs.path(ROME99), "--source", "1", "-k", "4",
                "--validate", "--json").json();
        assertThat(j.path("problem").asText()).isEqualTo("hop-bounded");
        assertThat(j.path("parameters").path("k").asInt()).isEqualTo(4);
        assertThat(j.path("activity").path("neurons").asLong()).as("k+1 layers").isEqualTo(5L * 3353);
        assertThat(j.path("summary").path("reachable").asInt()).isEqualTo(25);
        assertThat(j.path("summary").path("sumDistance").asLong()).isEqualTo(100_089L);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void hopBoundedWithEnoughHopsIsSssp() {
        // karate: 34 vertices, diameter 5; with 5 hops every shortest path fits
        String karate = SharedGraphs.path("social/karate.gml");
        JsonNode bounded = Cli.ok("solve", "hop-bounded", "--graph", karate, "--source", "1", "-k", "5", "--validate", "--json").json();
        JsonNode sssp = Cli.ok("solve", "sssp", "--graph", karate, "--source", "1", "--json").json();
        assertThat(bounded.path("summary").path("reachable")).isEqualTo(sssp.path("summary").path("reachable"));
        assertThat(bounded.path("summary").path("sumDistance")).isEqualTo(sssp.path("summary").path("sumDistance"));
        assertThat(bounded.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void inCircuitPathReadoutAgrees() {
        JsonNode j = Cli.ok("solve", "sssp", "--graph", SharedGraphs.path("social/lesmis.edges"), "--undirected", "--source", "0",
                "--paths", "circuit", "--validate", "--json").json();
        assertThat(j.path("parameters").path("paths").asText()).isEqualTo("in-circuit witnesses");
        assertThat(j.path("activity").path("neurons").asLong()).as("one witness per arc").isEqualTo(77 + 508);
        assertThat(j.path("summary").path("reachable").asInt()).isEqualTo(77);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }
}
