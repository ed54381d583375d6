package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} on email-Eu-core (vertex 648 has only a self-loop): the sources drawn do real work,
 * and the JSON, CSV and markdown record them with the file's ids.
 */
class CompareSourcesCliTest {

    @Test
    void sourcesDoRealWorkAndAreRecordedInEveryOutput(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.ok("compare", "--graph", SharedGraphs.path("snap/email-Eu-core.txt"), "--problem", "bfs",
                "--source-count", "12", "--seed", "3", "--warmup", "0", "--repetitions", "1", "--hardware", "loihi",
                "--no-pictures", "--out", out.toString());
        JsonNode json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        List<Long> ids = new ArrayList<>();
        for (JsonNode row : json.path("rows")) {
            JsonNode s = row.path("sourceIds");
            assertThat(s.isArray()).as("%s", row).isTrue();
            List<Long> these = new ArrayList<>();
            s.forEach(id -> these.add(id.asLong()));
            if (ids.isEmpty()) {
                ids.addAll(these);
            }
            assertThat(these).as("every row of the graph names the same sources").isEqualTo(ids);
            if (row.path("method").asText().equals("spiking")) {
                // BFS spikes once per vertex reached: a run from a self-loop-only vertex would spike once
                assertThat(row.path("spikes").asDouble()).isGreaterThan(100);
            }
        }
        assertThat(ids).hasSize(12).doesNotHaveDuplicates().doesNotContain(648L);

        String joined = String.join(" ", ids.stream().map(String::valueOf).toList());
        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        int column = Arrays.asList(csv.get(0).split(",")).indexOf("sourceIds");
        assertThat(column).isPositive();
        assertThat(csv.get(1)).endsWith("," + joined);
        assertThat(Files.readString(out.resolve("compare.md"))).contains("email-Eu-core.txt: " + joined,
                "largest weakly connected component");
        assertThat(r.out()).contains("sources " + joined);
    }
}
