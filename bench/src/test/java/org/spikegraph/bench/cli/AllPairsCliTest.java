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
 * The all-sources problems on real graphs through the command line: eccentricity (radius, diameter,
 * centre) and closeness on rome99 agree with JGraphT's GraphMeasurer and centralities, apsp writes
 * one row per reachable ordered pair, and refuses a graph whose n&sup2; is too many before any work.
 */
class AllPairsCliTest {

    @Test
    void eccentricityOnRome99AgreesWithGraphMeasurer() {
        JsonNode j = Cli.ok("solve", "eccentricity", "--graph", SharedGraphs.path("road/rome99.gr"), "--validate",
                "--json").json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        assertThat(j.path("validation").path("compared").asLong()).isEqualTo(3353 + 3);
        assertThat(j.path("activity").path("runs").asLong()).isEqualTo(3353);
        assertThat(j.path("summary").path("diameter").isNumber()).as("%s", j).isTrue();
        assertThat(j.path("summary").path("radius").asLong()).isLessThanOrEqualTo(j.path("summary").path("diameter").asLong());
    }

    @Test
    void hopClosenessOnRome99AgreesWithJGraphT() {
        JsonNode j = Cli.ok("solve", "closeness", "--graph", SharedGraphs.path("road/rome99.gr"), "--hops", "--validate",
                "--json").json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        assertThat(j.path("validation").path("compared").asLong()).isEqualTo(2 * 3353);
        assertThat(j.path("parameters").path("distances").asText()).isEqualTo("hops");
    }

    @Test
    void apspWritesEveryReachablePair(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("pairs.tsv");
        JsonNode j = Cli.ok("solve", "apsp", "--graph", SharedGraphs.path("social/lesmis.edges"), "--validate", "--json",
                "--output", out.toString()).json();
        assertThat(j.path("validation").path("agrees").asBoolean()).as("%s", j).isTrue();
        List<String> lines = Files.readAllLines(out);
        long n = j.path("graph").path("vertices").asLong();
        assertThat(lines.get(0)).isEqualTo("# source\ttarget\tdistance");
        assertThat(lines).hasSize((int) (1 + n + j.path("summary").path("reachablePairs").asLong()));
        long max = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split("\t")[2])).max().orElseThrow();
        assertThat(max).isEqualTo(j.path("summary").path("maxDistance").asLong());
    }

    @Test
    void apspRefusesRomeRoadsBeforeAnyWork(@TempDir Path dir) {
        Path out = dir.resolve("pairs.tsv");
        Cli.badInput(Cli.run("solve", "apsp", "--graph", SharedGraphs.path("road/rome-roads.gr"), "--output",
                out.toString()), "rome-roads.gr", "more than 134,217,728", "use closeness or eccentricity");
        assertThat(out).doesNotExist();
    }
}
