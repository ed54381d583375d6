package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.conventional.PrimitiveAllSourcesDijkstra;
import org.spikegraph.algorithms.conventional.PrimitiveMsBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.bench.compare.Method;
import picocli.CommandLine.Option;

/**
 * {@code apsp}: the distance of every ordered pair of vertices from the wavefront run from every
 * vertex ({@link AllSourcesProgram}), never kept as a matrix: each source's row is folded into its
 * fingerprint (reached pairs, sum, largest distance, a hash of the whole row) as it is decoded, and,
 * with {@code --output}, streamed into the file in source order ({@link #streamTo}), so memory grows
 * with n, not n&sup2;. {@code --sources-limit K} runs K sources spread over the vertices (a timed
 * sample of the n&sup2; pairs). Checked source by source against JGraphT's Dijkstra (its row's
 * fingerprint: 2 longs per source).
 */
public final class ApspSpec extends AllPairsSpec<ApspSpec.Pairs> {

    /** apsp's options: the family's and the sample of sources. */
    public static final class Parameters extends AllPairsSpec.Parameters {

        @Option(names = "--sources-limit", paramLabel = "K", description = "Run only K sources, evenly spread over the "
                + "vertices (vertex index floor(i n / K)): a timed sample of K x n of the n^2 pairs. Default: every vertex.")
        public Integer sourcesLimit;

        /** Where the rows go while the program runs (set through {@link ApspSpec#streamTo}); null: no rows written. */
        PrintWriter stream;

        /** Whether the answer keeps the n rows for {@code --full} (set by {@link ApspSpec#checkFullAnswer}). */
        boolean keepRows;

        int sourceCount(CsrGraph graph) {
            int n = graph.vertexCount();
            if (sourcesLimit == null) {
                return n;
            }
            if (sourcesLimit < 1 || sourcesLimit > n) {
                throw new InputException("--sources-limit must be 1.." + n + " (the vertices), got " + sourcesLimit);
            }
            return sourcesLimit;
        }
    }

    /**
     * The fingerprint of every source's row: for source s (a vertex index; slots of sources not run
     * stay 0), {@code sums[s]} the sum of its reachable distances, {@code hashes[s]} a polynomial hash of
     * the whole row (unreached included), {@code reached[s]} the vertices other than s it reaches and
     * {@code max[s]} its largest distance.
     *
     * @param sources the sources run, ascending
     * @param n       the vertices (the row length)
     * @param rows    with {@code --full}, every source's whole row (unreached {@link AllSourcesProgram#UNREACHED}); else null
     */
    public record Pairs(int[] sources, int n, long[] sums, long[] hashes, long[] reached, long[] max, long[][] rows) {

        /** Ordered pairs (s, t) with s a source run, t any vertex: sources x n. */
        public long pairs() {
            return (long) sources.length * n;
        }

        /** Fingerprint of source i (in {@link #sources} order) in the form {@code compare} checks: sum, then hash. */
        long[] fingerprint() {
            long[] out = new long[2 * sources.length];
            for (int i = 0; i < sources.length; i++) {
                out[i] = sums[sources[i]];
                out[sources.length + i] = hashes[sources[i]];
            }
            return out;
        }
    }

    /** The most distances {@code --json --full} prints: n&sup2; &le; 1,000,000 (n &le; 1,000); {@code --output} has no limit. */
    public static final long FULL_MAX_ENTRIES = 1_000_000;

    @Override
    public String name() {
        return "apsp";
    }

    @Override
    public String[] description() {
        return new String[] {"All-pairs distances (the graph's integer weights, or hops with --hops) from the delay-coded "
                + "wavefront run from every vertex (multi-source BFS in the bits of a word, Then et al. 2015). The n^2 "
                + "distances are never kept: each source's row is folded as it is decoded (reachable pairs, sum, largest "
                + "distance) and, with --output, written to the file in source order; --sources-limit K runs a sample of K "
                + "sources. The report gives the rate in vertex pairs per second, on the CPU and projected on chips.", RUNS,
                "--output writes one 'source target distance' row per reachable ordered pair, source by source (refused "
                        + "before any work when the rows may not fit on the disk: lower --sources-limit)."};
    }

    @Override
    public AllPairsSpec.Parameters parameters() {
        return new Parameters();
    }

    private static Parameters own(AllPairsSpec.Parameters p) {
        return (Parameters) p;
    }

    @Override
    public Program<Answer<Pairs>> compile(CsrGraph graph, AllPairsSpec.Parameters p, int source, long seed) {
        int count = own(p).sourceCount(graph);
        AllSourcesProgram<Answer<Pairs>> all = (AllSourcesProgram<Answer<Pairs>>) super.compile(graph, p, source, seed);
        return count == graph.vertexCount() ? all : all.sampleSources(count);
    }

    @Override
    public Size size(CsrGraph graph, AllPairsSpec.Parameters p) {
        own(p).sourceCount(graph);
        return super.size(graph, p);
    }

    @Override
    AllSourcesProgram.Rows<Pairs> rows(CsrGraph graph, AllPairsSpec.Parameters p) {
        int n = graph.vertexCount();
        int[] sources = AllSourcesProgram.sample(n, own(p).sourceCount(graph));
        PrintWriter stream = own(p).stream;
        String[] names = stream == null ? null : names(graph);
        if (stream != null) {
            stream.println("# source\ttarget\tdistance");
        }
        Pairs pairs = new Pairs(sources, n, new long[n], new long[n], new long[n], new long[n], own(p).keepRows ? new long[n][] : null);
        return new AllSourcesProgram.Rows<>() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void add(int s, long[] d) {
                long sum = 0;
                long reached = 0;
                long max = 0;
                for (int t = 0; t < d.length; t++) {
                    long x = d[t];
                    if (x != AllSourcesProgram.UNREACHED) {
                        sum += x;
                        max = Math.max(max, x);
                        reached += t == s ? 0 : 1;
                    }
                }
                pairs.sums[s] = sum;
                pairs.hashes[s] = hash(d);
                pairs.reached[s] = reached;
                pairs.max[s] = max;
                if (pairs.rows != null) {
                    pairs.rows[s] = d.clone();
                }
                if (stream != null) {
                    write(names, s, d);
                }
            }

            /** One source's rows, a buffer at a time. */
            private void write(String[] names, int s, long[] d) {
                line.setLength(0);
                for (int t = 0; t < d.length; t++) {
                    if (d[t] != AllSourcesProgram.UNREACHED) {
                        line.append(names[s]).append('\t').append(names[t]).append('\t').append(d[t]).append('\n');
                        if (line.length() > 1 << 16) {
                            stream.append(line);
                            line.setLength(0);
                        }
                    }
                }
                stream.append(line);
            }

            @Override
            public Pairs finish() {
                if (stream != null) {
                    stream.flush();
                }
                return pairs;
            }

            @Override
            public boolean inOrder() {
                return stream != null;
            }
        };
    }

    private static String[] names(CsrGraph graph) {
        String[] names = new String[graph.vertexCount()];
        for (int v = 0; v < names.length; v++) {
            names[v] = graph.name(v);
        }
        return names;
    }

    /** A polynomial hash of a whole row (unreached entries included). */
    static long hash(long[] row) {
        long hash = 17;
        for (long d : row) {
            hash = hash * 0x9E3779B97F4A7C15L + d;
        }
        return hash;
    }

    /**
     * The most bytes the rows may take in the file: per pair, the two longest vertex names, the digits of
     * the largest possible distance ((n - 1) x the largest weight, or n - 1 hops) and three separators.
     */
    @Override
    public long streamedOutputBound(CsrGraph graph, AllPairsSpec.Parameters p) {
        int n = graph.vertexCount();
        int longest = 1;
        for (int v = 0; v < n; v++) {
            longest = Math.max(longest, graph.name(v).length());
        }
        long maxWeight = 1;
        if (!p.hops && graph.weights() != null) {
            for (double w : graph.weights()) {
                maxWeight = Math.max(maxWeight, (long) Math.ceil(w));
            }
        }
        long maxDistance = Math.max(1, (n - 1) * maxWeight);
        long perPair = 2L * longest + Long.toString(maxDistance).length() + 3;
        return 32 + (long) own(p).sourceCount(graph) * n * perPair;
    }

    @Override
    public void streamTo(AllPairsSpec.Parameters p, PrintWriter out) {
        own(p).stream = out;
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, AllPairsSpec.Parameters p) {
        Map<String, Object> m = super.reportParameters(graph, p);
        int count = own(p).sourceCount(graph);
        if (count < graph.vertexCount()) {
            m.put("sourcesLimit", count);
        }
        return m;
    }

    @Override
    public Map<String, Object> summary(Answer<Pairs> a, AllPairsSpec.Parameters p) {
        Pairs x = a.value();
        long reached = 0;
        long sum = 0;
        long max = 0;
        for (int s : x.sources()) {
            reached += x.reached()[s];
            sum += x.sums()[s];
            max = Math.max(max, x.max()[s]);
        }
        return ProblemSpec.fields("sources", x.sources().length, "pairs", x.pairs(), "reachablePairs", reached,
                "sumDistance", sum, "maxDistance", max);
    }

    @Override
    public Validation validate(Answer<Pairs> a, AllPairsSpec.Parameters p) {
        CsrGraph graph = a.graph();
        Graph<Integer, DefaultWeightedEdge> g = jgrapht(graph, a.hops());
        int n = graph.vertexCount();
        Pairs x = a.value();
        long t0 = System.nanoTime();
        DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(g);
        long compared = 0;
        long mismatches = 0;
        List<String> examples = new ArrayList<>();
        for (int s : x.sources()) {
            long[] row = row(dijkstra, n, s);
            long sum = 0;
            for (long d : row) {
                sum += d == AllSourcesProgram.UNREACHED ? 0 : d;
            }
            compared++;
            if (sum != x.sums()[s] || hash(row) != x.hashes()[s]) {
                mismatches++;
                if (examples.size() < Validation.MAX_EXAMPLES) {
                    examples.add("source " + graph.name(s) + ": the distances from it differ from " + against() + "'s (sum "
                            + sum + " vs " + x.sums()[s] + ", row hash " + hash(row) + " vs " + x.hashes()[s] + ")");
                }
            }
        }
        return new Validation(against(), compared, mismatches, List.copyOf(examples), System.nanoTime() - t0);
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

    private static String against() {
        return "JGraphT DijkstraShortestPath";
    }

    /** The rows were streamed while the program ran ({@link #streamTo}): there is nothing left to write. */
    @Override
    public void writeAnswer(CsrGraph graph, Answer<Pairs> a, AllPairsSpec.Parameters p, PrintWriter out) {
        throw new UnsupportedOperationException("apsp streams its rows while it runs (streamTo), never after");
    }

    /** Puts the fingerprint of {@code row} at slot i of {@code print}: its sum at i, its hash at k + i (k = print.length / 2). */
    static void print(long[] print, int i, long[] row) {
        long sum = 0;
        for (long d : row) {
            sum += d == AllSourcesProgram.UNREACHED ? 0 : d;
        }
        print[i] = sum;
        print[print.length / 2 + i] = hash(row);
    }

    /**
     * The vertices' ids and the n &times; n distance matrix: row i holds the distances from vertex i to
     * every vertex in the same order, null where unreachable. The rows are kept only when {@code --full}
     * asked for them ({@link #checkFullAnswer}, before any work), and only up to {@link #FULL_MAX_ENTRIES}.
     */
    @Override
    public Object fullAnswer(CsrGraph graph, Answer<Pairs> a, AllPairsSpec.Parameters p) {
        long[][] rows = a.value().rows();
        if (rows == null) {
            throw new IllegalStateException("apsp keeps its rows only after checkFullAnswer");
        }
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

    /**
     * Refuses {@code --full} when n&sup2; is over {@link #FULL_MAX_ENTRIES} or only a sample of sources
     * runs ({@code --output} writes any size); otherwise asks the run to keep its rows.
     */
    @Override
    public void checkFullAnswer(CsrGraph graph, AllPairsSpec.Parameters p) {
        long n = graph.vertexCount();
        if (n * n > FULL_MAX_ENTRIES) {
            throw InputException.aboutGraph(name -> String.format("--full prints all n^2 = %,d distances of %s in the "
                    + "JSON report, more than %,d (n <= 1,000): write them with --output FILE instead (one "
                    + "'source target distance' row per reachable pair), or leave out --full", n * n, name,
                    FULL_MAX_ENTRIES));
        }
        if (own(p).sourceCount(graph) < n) {
            throw new InputException("--full prints the whole n x n matrix: leave out --sources-limit, or use --output");
        }
        own(p).keepRows = true;
    }

    @Override
    public Baselines<Answer<Pairs>, long[]> baselines(CsrGraph graph, AllPairsSpec.Parameters p) {
        Graph<Integer, DefaultWeightedEdge> g = jgrapht(graph, p.hops);
        int n = graph.vertexCount();
        int threads = p.threadCount();
        int[] sources = AllSourcesProgram.sample(n, own(p).sourceCount(graph));
        return new Baselines<>() {
            @Override
            public String against() {
                return ApspSpec.against() + " from every source";
            }

            @Override
            public List<Method<long[]>> methods() {
                return List.of(
                        Method.of("jgrapht", "JGraphT DijkstraShortestPath.getPaths from every source (of --sources-limit), "
                                + "each row fingerprinted as it comes (JGraphT graph built once, not timed)", s -> {
                                    DijkstraShortestPath<Integer, DefaultWeightedEdge> d = new DijkstraShortestPath<>(g);
                                    long[] print = new long[2 * sources.length];
                                    for (int i = 0; i < sources.length; i++) {
                                        print(print, i, row(d, n, sources[i]));
                                    }
                                    return Method.Solved.of(() -> print);
                                }),
                        Method.of("primitive", (hopDistances(graph, p) ? "PrimitiveMsBfs (64 sources per word, Then et al. 2015)"
                                : "PrimitiveAllSourcesDijkstra") + " on " + threads + " thread(s), each row fingerprinted "
                                + "as it comes", s -> {
                                    long[] print = new long[2 * sources.length];
                                    // their unreached -1 is AllSourcesProgram.UNREACHED; sources ascend, so a binary search finds the slot
                                    org.spikegraph.algorithms.allpairs.LaneDistances.SourceConsumer fold =
                                            (v, d) -> print(print, java.util.Arrays.binarySearch(sources, v), d);
                                    if (hopDistances(graph, p)) {
                                        PrimitiveMsBfs.forEachSource(graph, sources, threads, fold);
                                    } else {
                                        PrimitiveAllSourcesDijkstra.forEachSource(graph, sources, threads, fold);
                                    }
                                    return Method.Solved.of(() -> print);
                                }));
            }

            @Override
            public String spikingMeasures() {
                return AllPairsSpec.spikingMeasures(threads, "fingerprint each row as it comes");
            }

            @Override
            public long[] form(Answer<Pairs> answer) {
                return answer.value().fingerprint();
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
                            int k = sources.length;
                            examples.add("source " + graph.name(sources[i % k]) + ": the distances from it differ ("
                                    + (i < k ? "sum " : "hash ") + expected[i] + " vs " + answer[i] + ")");
                        }
                    }
                }
                return new Validation(against(), compared, mismatches, List.copyOf(examples), 0);
            }
        };
    }
}
