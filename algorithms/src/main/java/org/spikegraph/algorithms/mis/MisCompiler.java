package org.spikegraph.algorithms.mis;

import java.util.Arrays;
import org.spikegraph.algorithms.brick.Composer;
import org.spikegraph.algorithms.brick.Latches;
import org.spikegraph.algorithms.brick.Links;
import org.spikegraph.algorithms.brick.Port;
import org.spikegraph.algorithms.brick.PortRef;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Compiles a maximal independent set into one run of a brick of OR latches with lateral inhibition,
 * and a greedy colouring into a host loop of such runs (one colour class per run, the classic
 * colouring by successive maximal independent sets).
 *
 * <p>The brick "candidate" has one fire-once latch (&theta; = 1) per vertex, wired to itself along
 * every edge with weight &minus;1 and delay 1. Each candidate vertex receives a current of +1 at the
 * step of its rank in a priority order (an independent set: smaller degree first, which keeps the set
 * large; a colouring: larger degree first; ties by smaller index): a vertex spikes at
 * its step unless a neighbour of higher priority spiked before, whose inhibition arrived by then. The
 * spiking vertices are therefore the greedy (lexicographically first) maximal independent set of that
 * order, which is also what Luby's parallel rounds of local minima compute for fixed priorities
 * (Luby, "A simple parallel algorithm for the maximal independent set problem", SIAM J. Comput. 1986;
 * Blelloch, Fineman and Shun, "Greedy sequential maximal independent set and matching are parallel on
 * average", SPAA 2012). A run spans one step per candidate plus two. The latches' type declares its
 * potential width (inhibition down to minus the largest degree), so chips narrower than 32 bits hold them.
 *
 * <p>Colour classes taken as successive greedy independent sets of one order are exactly the
 * first-fit greedy colouring of that order; with larger degrees first it is Welsh and Powell's
 * colouring (1967), at most &Delta; + 1 colours.
 */
public final class MisCompiler {

    private final CsrGraph graph;
    private final SimpleNeighbours simple;
    private final int[] byPriority;
    private final Network network;
    private final PortRef candidate;

    private MisCompiler(CsrGraph graph, boolean largestFirst) {
        this.graph = graph;
        this.simple = SimpleNeighbours.of(graph);
        int n = simple.vertexCount();
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        int[] degree = simple.degree();
        int sign = largestFirst ? -1 : 1;
        Arrays.sort(order, (a, b) -> degree[a] != degree[b] ? sign * Integer.compare(degree[a], degree[b]) : Integer.compare(a, b));
        this.byPriority = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        Composer composer = new Composer();
        this.candidate = composer.add("mis", new Latches("candidate", n, 1, Port.Direction.IN_OUT, simple.maxDegree(), 1, true))
                .port("candidate");
        composer.connect(candidate, candidate, Links.arcs(simple.from(), simple.to(), -1, 1));
        this.network = composer.build().network();
    }

    /** A maximal independent set of {@code graph}, smaller degrees first: one run. */
    public static Program<IndependentSet> independentSet(CsrGraph graph) {
        MisCompiler c = new MisCompiler(graph, false);
        boolean[] all = new boolean[c.simple.vertexCount()];
        Arrays.fill(all, true);
        Circuit<boolean[]> round = c.round(all);
        return Program.of(new Circuit<>("mis", round.network(), round.stimulus(), round.stop(), round.recording(),
                run -> new IndependentSet(graph, round.decoder().decode(run))));
    }

    /**
     * A greedy colouring of {@code graph}: one run per colour, each the greedy maximal independent set
     * of the uncoloured vertices, larger degrees first.
     */
    public static Program<Colouring> colouring(CsrGraph graph) {
        MisCompiler c = new MisCompiler(graph, true);
        int n = c.simple.vertexCount();
        return new HostLoop<Paint, Colouring>() {
            @Override
            public String problem() {
                return "coloring";
            }

            @Override
            public Paint start() {
                int[] colour = new int[n];
                Arrays.fill(colour, -1);
                return new Paint(colour, n, 0);
            }

            @Override
            public Round<Paint, ?> next(Paint state) {
                if (state.uncoloured() == 0) {
                    return null;
                }
                boolean[] open = new boolean[n];
                for (int v = 0; v < n; v++) {
                    open[v] = state.colour()[v] < 0;
                }
                return new Round<>(c.round(open), MisCompiler::paint);
            }

            @Override
            public Colouring finish(Paint state) {
                return new Colouring(graph, state.colour(), state.colours(), state.colours());
            }
        };
    }

    /** The host's state: colour per vertex (-1 for none yet), how many are uncoloured, colours used. */
    private record Paint(int[] colour, int uncoloured, int colours) {}

    private static Paint paint(Paint state, boolean[] chosen) {
        int[] colour = state.colour().clone();
        int left = state.uncoloured();
        for (int v = 0; v < colour.length; v++) {
            if (chosen[v]) {
                colour[v] = state.colours();
                left--;
            }
        }
        return new Paint(colour, left, state.colours() + 1);
    }

    /** One run over the network shared by every round: the open vertices get their currents in priority order. */
    private Circuit<boolean[]> round(boolean[] open) {
        Stimulus.Builder stimulus = Stimulus.builder();
        long step = 0;
        for (int v : byPriority) {
            if (open[v]) {
                stimulus.current(candidate.id(v), step++, 1);
            }
        }
        StopCondition stop = StopCondition.afterSteps(step + 2).orQuiescent();
        int n = simple.vertexCount();
        return new Circuit<>("mis", network, stimulus.build(), stop, Recording.firstSpikeTimes(), run -> {
            long[] first = candidate.slice(run.firstSpikes());
            boolean[] member = new boolean[n];
            for (int v = 0; v < n; v++) {
                member[v] = first[v] != Run.NEVER;
            }
            return member;
        });
    }
}
