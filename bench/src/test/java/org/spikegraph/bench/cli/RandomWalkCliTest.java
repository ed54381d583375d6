package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code solve randomwalk} and {@code solve pagerank}: answers checked in the run, JSON fields,
 * reproducibility by seed, outputs, bad options, and the hardware projection of a stochastic circuit.
 */
class RandomWalkCliTest {

    private static final String EMAIL = "snap/email-Eu-core.txt";
    private static final String KARATE = "social/karate.gml";

    @Test
    void pagerankOnEmailEuCoreAgreesWithJGraphTAndFindsTheReferenceTop(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("pr.tsv");
        JsonNode j = Cli.ok("solve", "pagerank", "--graph", SharedGraphs.path(EMAIL), "--validate", "--json",
                "--output", out.toString()).json();
        assertThat(j.path("problem").asText()).isEqualTo("pagerank");
        JsonNode s = j.path("summary");
        assertThat(s.path("walkers").asLong()).isEqualTo(1_005_000);
        assertThat(s.path("top").get(0).path("vertex").asLong()).isEqualTo(1);
        assertThat(s.path("top").get(1).path("vertex").asLong()).isEqualTo(130);
        assertThat(s.path("top").get(2).path("vertex").asLong()).isEqualTo(160);
        JsonNode top = s.path("top").get(0);
        assertThat(0.009981).as("the README's NetworkX figure in the spiking interval")
                .isBetween(top.path("low").asDouble(), top.path("high").asDouble());
        JsonNode v = j.path("validation");
        assertThat(v.path("against").asText()).contains("JGraphT PageRank");
        assertThat(v.path("agrees").asBoolean()).isTrue();
        assertThat(v.path("compared").asLong()).isEqualTo(1005);
        assertThat(j.path("activity").path("spikes").asLong()).isGreaterThan(1_005_000L);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1 + 1005);
        double sum = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split("\t")[1])).sum();
        assertThat(sum).isBetween(1 - 1e-6, 1 + 1e-6);
    }

    @Test
    void randomwalkAgreesWithTheExactDistributionsAndReportsHitting(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("walk.tsv");
        JsonNode j = Cli.ok("solve", "randomwalk", "--graph", SharedGraphs.path(KARATE), "--source", "1", "--walkers", "20000",
                "--steps", "8", "--targets", "34,33", "--validate", "--json", "--output", out.toString()).json();
        assertThat(j.path("source").asLong()).isEqualTo(1);
        JsonNode s = j.path("summary");
        assertThat(s.path("walkers").asInt()).isEqualTo(20_000);
        assertThat(s.path("steps").asInt()).isEqualTo(8);
        JsonNode hit = s.path("hitting");
        // The targets absorb: the walkers that hit them are the ones at 34 and 33 after 8 steps.
        double at = Files.readAllLines(out).stream().skip(1).map(l -> l.split("\t"))
                .filter(f -> f[0].equals("34") || f[0].equals("33")).mapToDouble(f -> Double.parseDouble(f[1])).sum();
        assertThat(hit.path("value").asDouble()).isPositive().isCloseTo(at, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(Files.readAllLines(out)).hasSize(1 + 34);
        JsonNode v = j.path("validation");
        assertThat(v.path("against").asText()).contains("exact");
        assertThat(v.path("agrees").asBoolean()).isTrue();
        assertThat(v.path("compared").asLong()).isEqualTo(34L * 9);
    }

    @Test
    void theSameSeedGivesTheSameWalksOnBothEnginesAndAnotherSeedOthers() {
        String[] base = {"solve", "randomwalk", "--graph", SharedGraphs.path(KARATE), "--walkers", "3000", "--steps", "5", "--json"};
        JsonNode a = Cli.ok(concat(base, "--seed", "7")).json().path("summary");
        JsonNode b = Cli.ok(concat(base, "--seed", "7", "--engine", "reference")).json().path("summary");
        JsonNode c = Cli.ok(concat(base, "--seed", "8")).json().path("summary");
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void pagerankProjectsOntoLoihiWithTheSameAnswerAndSaysWhatItAssumes() {
        JsonNode j = Cli.ok("solve", "pagerank", "--graph", SharedGraphs.path(KARATE), "--walkers", "34000", "--hardware", "loihi",
                "--json").json();
        JsonNode p = j.path("projections").get(0);
        assertThat(p.path("hardware").asText()).isEqualTo("loihi");
        assertThat(p.path("answerUnchanged").asBoolean()).isTrue();
        assertThat(p.path("joules").asDouble()).isPositive();
        assertThat(p.path("assumptions").toString()).contains("stochastic neurons");
    }

    @Test
    void badOptionsAreRefusedBeforeWork() {
        String g = SharedGraphs.path(KARATE);
        Cli.badInput(Cli.run("solve", "pagerank", "--graph", g, "--damping", "1"), "--damping 1: must be in [0, 1)");
        Cli.badInput(Cli.run("solve", "pagerank", "--graph", g, "--walkers", "0"), "--walkers 0: must be >= 1");
        Cli.badInput(Cli.run("solve", "pagerank", "--graph", g, "--damping", "0.99999"), "too close to 1 to check");
        Cli.badInput(Cli.run("solve", "pagerank", "--graph", g, "--damping", "0.999999"), "no walk would end");
        Cli.badInput(Cli.run("solve", "randomwalk", "--graph", g, "--steps", "-1"), "--steps -1: must be >= 0");
        Cli.badInput(Cli.run("solve", "randomwalk", "--graph", g, "--delta", "0"), "--delta 0: must be in (0, 1)");
        Cli.badInput(Cli.run("solve", "randomwalk", "--graph", g, "--targets", "99"), "--targets '99' is not a vertex");
        Cli.badInput(Cli.run("solve", "randomwalk", "--graph", g, "--steps", "100000000"), "walk fewer --steps");
        Cli.badInput(Cli.run("solve", "pagerank", "--graph", g, "--max-steps", "10"), "raise the step limit", "--max-steps");
        assertThat(Cli.ok("solve", "--help").out()).contains("randomwalk").contains("pagerank");
        assertThat(Cli.ok("project", "--help").out()).contains("randomwalk").contains("pagerank");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
