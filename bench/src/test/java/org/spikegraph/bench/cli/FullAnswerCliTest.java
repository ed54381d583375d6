package org.spikegraph.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.validation.JGraphTGraphs;
import org.spikegraph.algorithms.validation.MaxFlowValidator;

/**
 * {@code --json --full}: the whole answer read back with Jackson equals what {@code --output} writes
 * in the same run, cell by cell, for every spec; and, for the problems with an exact JGraphT
 * algorithm, equals JGraphT's answer on the same graph. {@code --full} is refused without
 * {@code --json}, and for all-pairs distances above the stated limit before any work.
 */
class FullAnswerCliTest {

    /** The cells {@code --output} writes where the JSON has null. */
    private static final Set<String> NO_VALUE = Set.of("-", "unreachable", "cycle", "Infinity", "NaN");

    @TempDir
    Path dir;

    static Stream<String> names() {
        return SpecCases.names();
    }

    /** One run with both: the JSON (with --full) and the --output file's lines. */
    private record Both(JsonNode json, List<String> lines) {}

    private Both run(String name, String... more) throws IOException {
        Path out = dir.resolve(name + ".tsv");
        List<String> args = SpecCases.args(List.of("solve"), name, more);
        args.addAll(List.of("--json", "--full", "--output", out.toString()));
        JsonNode json = Cli.ok(args.toArray(String[]::new)).json();
        return new Both(json, Files.readAllLines(out));
    }

    @ParameterizedTest(name = "solve {0} --json --full equals its --output")
    @MethodSource("names")
    void theWholeAnswerEqualsTheOutputFile(String name) throws IOException {
        Both both = run(name);
        JsonNode answer = both.json().path("answer");
        String[] header = both.lines().get(0).substring(2).split("\t");
        List<String[]> rows = both.lines().stream().skip(1).map(l -> l.split("\t", -1)).toList();
        if (header[0].equals("source")) { // apsp: one row per reachable ordered pair
            checkPairs(answer, rows);
            return;
        }
        String table = header[0].equals("u") ? "edges" : header[0].equals("tail") ? "arcs" : "vertices";
        JsonNode columns = answer.path(table);
        assertThat(columns.size()).as("%s columns against %s", table, List.of(header)).isEqualTo(header.length);
        Iterator<JsonNode> it = columns.elements();
        for (int c = 0; c < header.length; c++) {
            JsonNode column = it.next();
            assertThat(column.size()).as("rows of %s", header[c]).isEqualTo(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                sameCell(rows.get(r)[c], column.get(r), header[c] + " of row " + r);
            }
        }
    }

    /** A cell of the file and the JSON value of the same place: a number within the file's printed digits. */
    private static void sameCell(String cell, JsonNode value, String where) {
        if (value.isNull()) {
            assertThat(NO_VALUE.contains(cell) || cell.startsWith("beyond") || cell.startsWith("not reached"))
                    .as("%s: null in JSON, '%s' in the file", where, cell).isTrue();
        } else if (value.isBoolean()) {
            assertThat(cell).as(where).isEqualTo(value.asBoolean() ? (cell.equals("cut") ? "cut" : "1")
                    : (cell.equals("-") ? "-" : "0"));
        } else if (value.isIntegralNumber()) {
            assertThat(cell).as(where).isEqualTo(value.asText());
        } else if (value.isNumber()) {
            assertThat(Double.parseDouble(cell)).as(where).isCloseTo(value.asDouble(),
                    org.assertj.core.data.Offset.offset(5e-9 + 1e-12 * Math.abs(value.asDouble())));
        } else {
            assertThat(cell).as(where).isEqualTo(value.asText());
        }
    }

    private static void checkPairs(JsonNode answer, List<String[]> rows) {
        JsonNode ids = answer.path("vertices").path("id");
        JsonNode matrix = answer.path("distances");
        assertThat(matrix.size()).isEqualTo(ids.size());
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i).asText(), i);
            assertThat(matrix.get(i).size()).isEqualTo(ids.size());
        }
        long nonNull = 0;
        for (JsonNode row : matrix) {
            for (JsonNode d : row) {
                nonNull += d.isNull() ? 0 : 1;
            }
        }
        assertThat(nonNull).as("reachable pairs").isEqualTo(rows.size());
        for (String[] r : rows) {
            assertThat(matrix.get(index.get(r[0])).get(index.get(r[1])).asText()).as("%s -> %s", r[0], r[1]).isEqualTo(r[2]);
        }
    }

    private static CsrGraph graph(String name) {
        return GraphLoader.load(Path.of(SpecCases.graph(name))).graph();
    }

    /** The column as long values by vertex index (the rows follow the graph's vertices), -1 for null. */
    private static long[] longs(JsonNode column) {
        long[] out = new long[column.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = column.get(i).isNull() ? -1 : column.get(i).asLong();
        }
        return out;
    }

    @Test
    void ssspDistancesAndPredecessorsAreJGraphTs() throws IOException {
        JsonNode v = run("sssp", "--source", "1").json().path("answer").path("vertices");
        CsrGraph g = graph("sssp");
        var paths = new DijkstraShortestPath<>(JGraphTGraphs.of(g)).getPaths(g.find("1"));
        long[] distance = longs(v.path("distance"));
        for (int i = 0; i < g.vertexCount(); i++) {
            assertThat(v.path("id").get(i).asText()).isEqualTo(g.name(i));
            double w = paths.getWeight(i);
            assertThat(distance[i]).as("vertex %s", g.name(i)).isEqualTo(Double.isInfinite(w) ? -1 : Math.round(w));
            JsonNode pred = v.path("predecessor").get(i);
            if (pred.isNull()) {
                assertThat(distance[i]).as("no predecessor: the source or unreached").isIn(0L, -1L);
            } else { // the predecessor lies on a shortest path: d(pred) + w(pred, v) = d(v)
                int p = g.find(pred.asText());
                double arc = Double.POSITIVE_INFINITY;
                for (int a = g.outStart(p); a < g.outEnd(p); a++) {
                    if (g.target(a) == i) {
                        arc = Math.min(arc, g.weight(a));
                    }
                }
                assertThat(distance[p] + arc).as("vertex %s via %s", g.name(i), pred).isEqualTo((double) distance[i]);
            }
        }
    }

    @Test
    void khopLeavesTheVerticesBeyondKNull() throws IOException {
        JsonNode v = run("khop").json().path("answer").path("vertices");
        long[] hops = longs(v.path("distance"));
        long beyond = java.util.Arrays.stream(hops).filter(h -> h == -1).count();
        assertThat(beyond).as("rome99 has vertices more than 3 hops from vertex 1").isPositive();
        assertThat(java.util.Arrays.stream(hops).max().orElseThrow()).isEqualTo(3);
    }

    @Test
    void theForestIsAMinimumOneAsJGraphTs() throws IOException {
        JsonNode e = run("mst").json().path("answer").path("edges");
        CsrGraph g = graph("mst");
        Graph<Integer, DefaultWeightedEdge> j = JGraphTGraphs.of(g.directed() ? g.undirectedView() : g);
        var kruskal = new KruskalMinimumSpanningTree<>(j).getSpanningTree();
        double weight = 0;
        for (JsonNode w : e.path("weight")) {
            weight += w.asDouble();
        }
        assertThat(weight).isEqualTo(kruskal.getWeight());
        assertThat(e.path("u").size()).isEqualTo(kruskal.getEdges().size());
        for (int i = 0; i < e.path("u").size(); i++) { // every edge is the graph's, with its weight
            int u = g.find(e.path("u").get(i).asText());
            int t = g.find(e.path("v").get(i).asText());
            assertThat(j.getEdge(u, t)).as("edge %d", i).isNotNull();
        }
    }

    @Test
    void theFlowIsMaximumAndTheCutIsMinimum() throws IOException {
        JsonNode answer = run("maxflow").json().path("answer");
        JsonNode arcs = answer.path("arcs");
        CsrGraph g = graph("maxflow");
        int source = g.find("1");
        int sink = g.find("3353");
        double value = new EdmondsKarpMFImpl<>(MaxFlowValidator.reference(g)).getMaximumFlowValue(source, sink);
        double[] net = new double[g.vertexCount()];
        double cut = 0;
        for (int a = 0; a < arcs.path("tail").size(); a++) {
            int u = g.find(arcs.path("tail").get(a).asText());
            int v = g.find(arcs.path("head").get(a).asText());
            double f = arcs.path("flow").get(a).asDouble();
            assertThat(f).isBetween(0.0, arcs.path("capacity").get(a).asDouble());
            net[u] -= f;
            net[v] += f;
            if (arcs.path("cut").get(a).asBoolean()) {
                cut += arcs.path("capacity").get(a).asDouble();
                assertThat(answer.path("vertices").path("sourceSide").get(u).asBoolean()).isTrue();
                assertThat(answer.path("vertices").path("sourceSide").get(v).asBoolean()).isFalse();
            }
        }
        assertThat(-net[source]).as("flow out of the source").isEqualTo(value);
        assertThat(cut).as("the cut's capacity").isEqualTo(value);
        for (int v = 0; v < net.length; v++) {
            if (v != source && v != sink) {
                assertThat(net[v]).as("conservation at %s", g.name(v)).isZero();
            }
        }
    }

    @Test
    void componentsAndCorenessAreJGraphTs() throws IOException {
        JsonNode c = run("components").json().path("answer").path("vertices").path("component");
        CsrGraph g = graph("components").undirectedView();
        List<Set<Integer>> sets = new ConnectivityInspector<>(JGraphTGraphs.of(g)).connectedSets();
        for (Set<Integer> set : sets) {
            assertThat(set.stream().map(v -> c.get(v).asInt()).distinct().count()).as("one label per component").isEqualTo(1);
        }
        assertThat(longs(c)).doesNotContain(-1);
        assertThat(java.util.Arrays.stream(longs(c)).distinct().count()).isEqualTo(sets.size());

        JsonNode k = run("kcore").json().path("answer").path("vertices").path("coreness");
        Graph<Integer, DefaultEdge> simple = JGraphTGraphs.simpleUndirected(graph("kcore"));
        new Coreness<>(simple).getScores().forEach((v, core) -> assertThat(k.get(v).asInt()).as("vertex %d", v).isEqualTo(core));
    }

    @Test
    void allPairsDistancesAreJGraphTs() throws IOException {
        JsonNode answer = run("apsp").json().path("answer");
        CsrGraph g = graph("apsp");
        var dijkstra = new DijkstraShortestPath<>(JGraphTGraphs.of(g));
        JsonNode ids = answer.path("vertices").path("id");
        for (int s = 0; s < g.vertexCount(); s++) {
            assertThat(ids.get(s).asText()).isEqualTo(g.name(s));
            var paths = dijkstra.getPaths(s);
            long[] row = longs(answer.path("distances").get(s));
            for (int t = 0; t < g.vertexCount(); t++) {
                double w = paths.getWeight(t);
                assertThat(row[t]).as("%s -> %s", g.name(s), g.name(t)).isEqualTo(Double.isInfinite(w) ? -1 : Math.round(w));
            }
        }
    }

    @Test
    void scoresCarryIntervalsHoldingTheExactValue() throws IOException {
        JsonNode v = run("pagerank").json().path("answer").path("vertices");
        CsrGraph g = graph("pagerank");
        Map<Integer, Double> exact = new org.jgrapht.alg.scoring.PageRank<>(JGraphTGraphs.withoutZeroWeights(g), 0.85,
                org.spikegraph.algorithms.validation.PageRankValidator.iterations(0.85), 1e-12).getScores();
        for (int i = 0; i < g.vertexCount(); i++) {
            double low = v.path("low").get(i).asDouble();
            double high = v.path("high").get(i).asDouble();
            assertThat(v.path("pagerank").get(i).asDouble()).isBetween(low, high);
            assertThat(exact.get(i)).as("vertex %s", g.name(i)).isBetween(low - 1e-12, high + 1e-12);
        }
    }

    @Test
    void fullNeedsJson() {
        Cli.badInput(Cli.run(SpecCases.args(List.of("solve"), "kcore", "--full").toArray(String[]::new)),
                "--full", "--json", "--output");
    }

    @Test
    void allPairsAboveTheLimitIsRefusedBeforeAnyWork() {
        Cli.Result r = Cli.run("solve", "apsp", "--graph", SharedGraphs.path("road/rome99.gr"), "--json", "--full");
        Cli.badInput(r, "rome99.gr", "11,242,609", "1,000,000", "--output");
    }

    @Test
    void eccentricityIsNullWhereInfinite() throws IOException {
        // karate is connected: every eccentricity is finite, and the least is the radius the summary reports
        JsonNode karate = run("eccentricity").json().path("answer").path("vertices").path("eccentricity");
        List<Long> values = new ArrayList<>();
        karate.forEach(e -> values.add(e.isNull() ? -1 : e.asLong()));
        assertThat(values).hasSize(34).allSatisfy(e -> assertThat(e).isPositive());
        assertThat(values.stream().mapToLong(Long::longValue).min().orElseThrow())
                .isEqualTo(Cli.ok(SpecCases.args(List.of("solve"), "eccentricity", "--json").toArray(String[]::new)).json()
                        .path("summary").path("radius").asLong());
    }
}
