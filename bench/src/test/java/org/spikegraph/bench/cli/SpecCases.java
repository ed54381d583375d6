package org.spikegraph.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.spikegraph.bench.problem.ProblemSpecs;

/**
 * The one table of what every problem spec runs on in the command-line tests: its graph (road/rome99.gr
 * when not named; karate for the random walks and for the all-sources problems, whose JGraphT
 * references are all-pairs; an acyclic real graph for dag-longest) and the options it needs. A new spec
 * that needs options is added here once, and every per-spec CLI test takes it.
 */
final class SpecCases {

    private static final Map<String, String> GRAPHS = Map.of("pagerank", "social/karate.gml",
            "randomwalk", "social/karate.gml", "dag-longest", "DAG", "eccentricity", "social/karate.gml",
            "closeness", "social/karate.gml", "apsp", "social/karate.gml");
    private static final Map<String, List<String>> OPTIONS = Map.of("khop", List.of("-k", "3"),
            "hop-bounded", List.of("-k", "3"), "multi-source", List.of("--sources", "1,1000,2000"),
            "randomwalk", List.of("--targets", "34"), "components", List.of("--undirected"),
            "maxflow", List.of("--source", "1", "--sink", "3353"));

    private static Path dag;

    private SpecCases() {}

    /** Every spec's name, in the services file's order. */
    static Stream<String> names() {
        return ProblemSpecs.names().stream();
    }

    /** The graph file problem {@code name} runs on. */
    static String graph(String name) {
        String g = GRAPHS.getOrDefault(name, "road/rome99.gr");
        return g.equals("DAG") ? dag().toString() : SharedGraphs.path(g);
    }

    /** The options problem {@code name} needs beyond {@code --graph}. */
    static List<String> options(String name) {
        return OPTIONS.getOrDefault(name, List.of());
    }

    /** {@code command name --graph G options... more...}. */
    static List<String> args(List<String> command, String name, String... more) {
        List<String> a = new ArrayList<>(command);
        a.addAll(List.of(name, "--graph", graph(name)));
        a.addAll(options(name));
        a.addAll(List.of(more));
        return a;
    }

    /** An acyclic real graph: rome99's arcs oriented from the lower vertex id to the higher (written once). */
    static synchronized Path dag() {
        if (dag == null) {
            try {
                List<String> arcs = new ArrayList<>();
                int n = 0;
                for (String line : Files.readAllLines(Path.of(SharedGraphs.path("road/rome99.gr")))) {
                    String[] f = line.split("\\s+");
                    if (f[0].equals("p")) {
                        n = Integer.parseInt(f[2]);
                    } else if (f[0].equals("a") && Integer.parseInt(f[1]) < Integer.parseInt(f[2])) {
                        arcs.add(line);
                    }
                }
                Path dir = Files.createTempDirectory("spec-cases");
                Path file = dir.resolve("rome99-dag.gr");
                List<String> lines = new ArrayList<>();
                lines.add("p sp " + n + " " + arcs.size());
                lines.addAll(arcs);
                Files.write(file, lines);
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                dag = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dag;
    }
}
