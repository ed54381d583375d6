package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.PrintWriter;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.ShortestPathValidator;
import org.spikegraph.algorithms.validation.Validation;
import picocli.CommandLine;
import org.spikegraph.bench.problem.Baselines;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.problem.SsspSpec;

/**
 * {@code --validate} exits 3 on a mismatch. The spiking answer cannot be made wrong from outside, so a
 * test-only problem solves sssp exactly as {@code solve sssp} does but validates against a skewed
 * reference: a JGraphT copy of the graph with every weight doubled. The real validator then finds real
 * disagreements, and the test checks how the command line maps them: exit 3, the table says DISAGREES,
 * the JSON says agrees false with the mismatch count, and without {@code --validate} the exit is 0.
 */
class ValidateMismatchTest {

    @TempDir
    Path dir;

    /** sssp validated against a JGraphT copy whose weights are all doubled. */
    static final class SkewedReferenceSssp implements ProblemSpec<SsspSpec.Parameters, ShortestPaths> {

        private final SsspSpec sssp = new SsspSpec();

        @Override
        public String name() {
            return "skewed-sssp";
        }

        @Override
        public String[] description() {
            return new String[] {"sssp checked against a reference with every weight doubled."};
        }

        @Override
        public SsspSpec.Parameters parameters() {
            return sssp.parameters();
        }

        @Override
        public boolean sourced() {
            return true;
        }

        @Override
        public int source(CsrGraph graph, SsspSpec.Parameters p) {
            return sssp.source(graph, p);
        }

        @Override
        public Size size(CsrGraph graph, SsspSpec.Parameters p) {
            return sssp.size(graph, p);
        }

        @Override
        public Program<ShortestPaths> compile(CsrGraph graph, SsspSpec.Parameters p, int source, long seed) {
            return sssp.compile(graph, p, source, seed);
        }

        @Override
        public Map<String, Object> reportParameters(CsrGraph graph, SsspSpec.Parameters p) {
            return sssp.reportParameters(graph, p);
        }

        @Override
        public Map<String, Object> summary(ShortestPaths sp, SsspSpec.Parameters p) {
            return sssp.summary(sp, p);
        }

        @Override
        public Validation validate(ShortestPaths answer, SsspSpec.Parameters p) {
            Graph<Integer, DefaultWeightedEdge> skewed = JGraphTGraphs.of(answer.graph());
            for (DefaultWeightedEdge e : skewed.edgeSet()) {
                skewed.setEdgeWeight(e, 2 * skewed.getEdgeWeight(e));
            }
            return ShortestPathValidator.validate(answer, skewed);
        }

        @Override
        public void writeAnswer(CsrGraph graph, ShortestPaths answer, SsspSpec.Parameters p, PrintWriter out) {
            sssp.writeAnswer(graph, answer, p, out);
        }

        @Override
        public Object fullAnswer(CsrGraph graph, ShortestPaths answer, SsspSpec.Parameters p) {
            return sssp.fullAnswer(graph, answer, p);
        }

        @Override
        public Baselines<ShortestPaths, ?> baselines(CsrGraph graph, SsspSpec.Parameters p) {
            return sssp.baselines(graph, p);
        }
    }

    private static CommandLine withSkewedProblem() {
        CommandLine cl = SpikegraphCommand.commandLine();
        cl.getSubcommands().get("solve").addSubcommand("skewed-sssp", new CommandLine(ProblemCommand.of(new SkewedReferenceSssp())));
        return cl;
    }

    private String chain() throws IOException {
        // 1 -> 2 -> 3 -> 4, weights 3, 4, 5: distances 0, 3, 7, 12; doubled: 0, 6, 14, 24
        return Files.writeString(dir.resolve("chain.gr"), "p sp 4 3\na 1 2 3\na 2 3 4\na 3 4 5\n").toString();
    }

    @Test
    void theTestOnlyProblemAgreesWhereTheReferenceIsNotSkewed() throws IOException {
        // control: the same graph through the real solve sssp agrees
        JsonNode j = Cli.ok("solve", "sssp", "--graph", chain(), "--validate", "--json").json();
        assertThat(j.path("summary").path("sumDistance").asLong()).isEqualTo(0 + 3 + 7 + 12);
        assertThat(j.path("validation").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void mismatchExits3WithTheTable() throws IOException {
        Cli.Result r = Cli.run(withSkewedProblem(), "solve", "skewed-sssp", "--graph", chain(), "--validate");
        assertThat(r.code()).as("%s", r).isEqualTo(ExitCodes.MISMATCH);
        assertThat(r.out()).contains("validation: DISAGREES with JGraphT DijkstraShortestPath").contains("3 mismatches");
        assertThat(r.out()).contains("vertex 2: JGraphT distance 6");
        Cli.noStackTrace(r);
    }

    @Test
    void mismatchExits3WithJson() throws IOException {
        Cli.Result r = Cli.run(withSkewedProblem(), "solve", "skewed-sssp", "--graph", chain(), "--validate", "--json");
        assertThat(r.code()).as("%s", r).isEqualTo(ExitCodes.MISMATCH);
        JsonNode v = r.json().path("validation");
        assertThat(v.path("agrees").asBoolean()).isFalse();
        assertThat(v.path("mismatches").asLong()).isEqualTo(3);
        assertThat(v.path("examples").size()).isEqualTo(3);
        assertThat(r.json().path("summary").path("sumDistance").asLong()).as("the answer itself is unchanged").isEqualTo(22);
    }

    @Test
    void withoutValidateAMismatchIsNotReported() throws IOException {
        Cli.Result r = Cli.run(withSkewedProblem(), "solve", "skewed-sssp", "--graph", chain(), "--json");
        assertThat(r.code()).as("%s", r).isZero();
        assertThat(r.json().has("validation")).isFalse();
    }

    @Test
    void mismatchStillWritesTheRequestedOutput() throws IOException {
        Path out = dir.resolve("a.tsv");
        Cli.Result r = Cli.run(withSkewedProblem(), "solve", "skewed-sssp", "--graph", chain(), "--validate", "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.MISMATCH);
        assertThat(Files.readAllLines(out)).containsExactly("# vertex\tdistance\tpredecessor", "1\t0\t-", "2\t3\t1", "3\t7\t2", "4\t12\t3");
    }
}
