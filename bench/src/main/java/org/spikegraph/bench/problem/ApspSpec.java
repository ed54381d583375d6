package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;

/**
 * {@code apsp}: the distance of every ordered pair of vertices from the wavefront run from every
 * vertex ({@link AllSourcesProgram}), kept as an n &times; n matrix (refused before any work above
 * {@link #MAX_ENTRIES} entries); checked entry by entry against JGraphT's Dijkstra from every source.
 */
public final class ApspSpec extends AllPairsSpec<long[][]> {

    /** The most distances the answer keeps: n&sup2; &le; 2^27 (1 GiB of longs), n &le; 11,585. */
    public static final long MAX_ENTRIES = LaneDistances.MAX_MATRIX_ENTRIES;

    /** The most distances {@code --json --full} prints: n&sup2; &le; 1,000,000 (n &le; 1,000); {@code --output} has no limit. */
    public static final long FULL_MAX_ENTRIES = 1_000_000;

    @Override
    public String name() {
        return "apsp";
    }

    @Override
    public String[] description() {
        return new String[] {"All-pairs distances (the graph's integer weights, or hops with --hops) from the delay-coded "
                + "wavefront run from every vertex (multi-source BFS in the bits of a word, Then et al. 2015); at most "
                + "2^27 pairs (n <= 11,585) are kept: for larger graphs use closeness or eccentricity, which fold "
                + "each source's distances as they come.", RUNS,
                "--output writes one 'source target distance' row per reachable ordered pair, source by source."};
    }

    /** One latch per vertex, one synapse per arc; refuses a matrix of more than {@link #MAX_ENTRIES} entries. */
    @Override
    public Size size(CsrGraph graph, Parameters p) {
        long n = graph.vertexCount();
        if (n * n > MAX_ENTRIES) {
            throw InputException.aboutGraph(name -> "apsp keeps all n^2 = " + String.format("%,d", n * n)
                    + " distances of " + name + ", more than " + String.format("%,d", MAX_ENTRIES)
                    + " (n <= 11,585): use closeness or eccentricity (they fold each source's distances without "
                    + "keeping them), or a smaller graph");
        }
        return super.size(graph, p);
    }

    @Override
    AllSourcesProgram.Rows<long[][]> rows(CsrGraph graph) {
        long[][] rows = new long[graph.vertexCount()][];
        return new AllSourcesProgram.Rows<>() {
            @Override
            public void add(int source, long[] distances) {
                rows[source] = distances;
            }

            @Override
            public long[][] finish() {
                return rows;
            }
        };
    }

    @Override
    public Map<String, Object> summary(Answer<long[][]> a, Parameters p) {
        long pairs = 0;
        long sum = 0;
        long max = 0;
        long[][] rows = a.value();
        for (int s = 0; s < rows.length; s++) {
            for (int t = 0; t < rows.length; t++) {
                long d = rows[s][t];
                if (t != s && d != AllSourcesProgram.UNREACHED) {
                    pairs++;
                    sum += d;
                    max = Math.max(max, d);
                }
            }
        }
        return ProblemSpec.fields("reachablePairs", pairs, "sumDistance", sum, "maxDistance", max);
    }

    @Override
    public Validation validate(Answer<long[][]> a, Parameters p) {
        CsrGraph graph = a.graph();
        Graph<Integer, DefaultWeightedEdge> g = jgrapht(graph, a.hops());
        int n = graph.vertexCount();
        long t0 = System.nanoTime();
        long[][] expected = new long[n][];
        DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(g);
        for (int s = 0; s < n; s++) {
            expected[s] = row(dijkstra, n, s);
        }
        long nanos = System.nanoTime() - t0;
        long compared = 0;
        long mismatches = 0;
        List<String> examples = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                compared++;
                if (a.value()[s][t] != expected[s][t]) {
                    mismatches++;
                    if (examples.size() < Validation.MAX_EXAMPLES) {
                        examples.add("pair " + graph.name(s) + " -> " + graph.name(t) + ": " + against() + " distance "
                                + format(expected[s][t]) + ", this method " + format(a.value()[s][t]));
                    }
                }
            }
        }
        return new Validation(against(), compared, mismatches, List.copyOf(examples), nanos);
    }

    private static long[] row(DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra, int n, int source) {
        var paths = dijkstra.getPaths(source);
        long[] d = new long[n];
        for (int v = 0; v < n; v++) {
            double w = paths.getWeight(v);
            d[v] = Double.isInfinite(w) ? AllSourcesProgram.UNREACHED : (long) w;
        }
        return d;
    }

    private static String format(long d) {
        return d == AllSourcesProgram.UNREACHED ? "unreachable" : Long.toString(d);
    }

    private static String against() {
        return "JGraphT DijkstraShortestPath from every source";
    }

    @Override
    public void writeAnswer(CsrGraph graph, Answer<long[][]> a, Parameters p, PrintWriter out) {
        out.println("# source\ttarget\tdistance");
        long[][] rows = a.value();
        for (int s = 0; s < rows.length; s++) {
            for (int t = 0; t < rows.length; t++) {
                if (rows[s][t] != AllSourcesProgram.UNREACHED) {
                    out.println(graph.name(s) + "\t" + graph.name(t) + "\t" + rows[s][t]);
                }
            }
        }
    }

    /**
     * The vertices' ids and the n &times; n distance matrix: row i holds the distances from vertex i to
     * every vertex in the same order, null where unreachable. Refused before any work above
     * {@link #FULL_MAX_ENTRIES} entries ({@link #checkFullAnswer}).
     */
    @Override
    public Object fullAnswer(CsrGraph graph, Answer<long[][]> a, Parameters p) {
        long[][] rows = a.value();
        List<List<Long>> matrix = new ArrayList<>(rows.length);
        for (long[] row : rows) {
            List<Long> r = new ArrayList<>(row.length);
            for (long d : row) {
                r.add(d == AllSourcesProgram.UNREACHED ? null : d);
            }
            matrix.add(r);
        }
        Map<String, Object> m = AnswerColumns.answer("vertices", AnswerColumns.vertices(graph));
        m.put("distances", matrix);
        return m;
    }

    /** Refuses {@code --full} when n&sup2; is over {@link #FULL_MAX_ENTRIES}: {@code --output} writes any size. */
    @Override
    public void checkFullAnswer(CsrGraph graph, Parameters p) {
        long n = graph.vertexCount();
        if (n * n > FULL_MAX_ENTRIES) {
            throw InputException.aboutGraph(name -> String.format("--full prints all n^2 = %,d distances of %s in the "
                    + "JSON report, more than %,d (n <= 1,000): write them with --output FILE instead (one "
                    + "'source target distance' row per reachable pair), or leave out --full", n * n, name,
                    FULL_MAX_ENTRIES));
        }
    }

    /**
     * The common form {@code compare} checks: per source, the sum of its reachable distances and a
     * polynomial hash of its whole row (unreached included), 2n longs instead of n&sup2;; two methods
     * whose rows differ disagree here unless a 64-bit hash collides.
     */
    static long[] fingerprint(long[][] rows) {
        int n = rows.length;
        long[] out = new long[2 * n];
        for (int s = 0; s < n; s++) {
            long sum = 0;
            long hash = 17;
            for (long d : rows[s]) {
                sum += d == AllSourcesProgram.UNREACHED ? 0 : d;
                hash = hash * 0x9E3779B97F4A7C15L + d;
            }
            out[s] = sum;
            out[n + s] = hash;
        }
        return out;
    }

    @Override
    public Baselines<Answer<long[][]>, long[]> baselines(CsrGraph graph, Parameters p) {
        Graph<Integer, DefaultWeightedEdge> g = jgrapht(graph, p.hops);
        int n = graph.vertexCount();
        return new Baselines<>() {
            @Override
            public String against() {
                return ApspSpec.against();
            }

            @Override
            public List<Method<long[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT DijkstraShortestPath.getPaths from every source, n^2 distances "
                                + "(JGraphT graph built once, not timed)", s -> {
                                    DijkstraShortestPath<Integer, DefaultWeightedEdge> d = new DijkstraShortestPath<>(g);
                                    long[][] rows = new long[n][];
                                    for (int v = 0; v < n; v++) {
                                        rows[v] = row(d, n, v);
                                    }
                                    return Method.Solved.of(() -> fingerprint(rows));
                                }),
                        Method.of("primitive", (p.hops ? "n PrimitiveBfs" : "n PrimitiveDijkstra")
                                + " runs on the CSR, n^2 distances", s -> {
                                    long[][] rows = new long[n][];
                                    for (int v = 0; v < n; v++) {
                                        rows[v] = primitiveRow(graph, p.hops, v);
                                    }
                                    return Method.Solved.of(() -> fingerprint(rows));
                                }));
            }

            @Override
            public String spikingMeasures() {
                return "compile the wavefront + n runs as lanes of the lane engine (64 sources per word, bit-exact with "
                        + "the event engine) + keep the rows";
            }

            @Override
            public long[] form(Answer<long[][]> answer) {
                return fingerprint(answer.value());
            }

            @Override
            public Validation check(long[] answer, long[] expected) {
                long compared = 0;
                long mismatches = 0;
                List<String> examples = new ArrayList<>();
                for (int i = 0; i < answer.length; i++) {
                    compared++;
                    if (answer[i] != expected[i]) {
                        mismatches++;
                        if (examples.size() < Validation.MAX_EXAMPLES) {
                            examples.add("source " + graph.name(i % n) + ": the distances from it differ ("
                                    + (i < n ? "sum " : "hash ") + expected[i] + " vs " + answer[i] + ")");
                        }
                    }
                }
                return new Validation(against(), compared, mismatches, List.copyOf(examples), 0);
            }
        };
    }
}
