package org.spikegraph.bench.problem;

import java.util.Map;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.DelayEncoding;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.bench.cli.Numbers;
import picocli.CommandLine.Option;

/** {@code khop}: the vertices within k hops. */
public final class KhopSpec extends ShortestPathSpec<KhopSpec.Parameters> {

    /** Hops {@code compare} runs with. */
    static final int COMPARE_HOPS = 3;

    /** The options of {@code solve khop}. */
    public static final class Parameters extends PathOptions {
        @Option(names = {"-k", "--hops"}, required = true, paramLabel = "K", converter = Numbers.NonNegativeInt.class,
                description = "Largest number of hops.")
        public int k;
    }

    @Override
    public String name() {
        return "khop";
    }

    @Override
    public String[] description() {
        return new String[] {"The k-hop neighbourhood: the BFS wavefront stopped after step k; a vertex farther away is "
                + "'beyond k', one no path reaches 'unreachable'."};
    }

    @Override
    public Parameters parameters() {
        return new Parameters();
    }

    @Override
    public Parameters compareParameters(CsrGraph graph) {
        Parameters p = new Parameters();
        p.k = COMPARE_HOPS;
        return p;
    }

    @Override
    public Program<ShortestPaths> compile(CsrGraph graph, Parameters p, int source, long seed) {
        if (p.k < 0) {
            throw new InputException("-k must be >= 0, got " + p.k);
        }
        return Program.of(new ShortestPathCompiler(graph, DelayEncoding.hops(), p.readout()).withinSteps(source, p.k));
    }

    @Override
    public Map<String, Object> reportParameters(CsrGraph graph, Parameters p) {
        Map<String, Object> m = super.reportParameters(graph, p);
        m.put("k", p.k);
        return m;
    }

    /** reached, sumHops, maxHops, and the vertices counted by why they have none: beyondK, unreachable. */
    @Override
    public Map<String, Object> summary(ShortestPaths sp, Parameters p) {
        return scopedSummary(sp, distanceSummary(sp, "sumHops", "maxHops"), "beyondK");
    }

    @Override
    public Baselines<ShortestPaths, long[]> baselines(CsrGraph graph, Parameters p) {
        return new Distances(graph, true, p.k,
                "compile a new wavefront circuit stopped after k steps + simulate (event engine) + decode hops");
    }
}
