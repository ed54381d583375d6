package org.spikegraph.algorithms.kcore;

import java.util.Arrays;
import org.spikegraph.algorithms.brick.Composer;
import org.spikegraph.algorithms.brick.Composition;
import org.spikegraph.algorithms.brick.Links;
import org.spikegraph.algorithms.brick.Port;
import org.spikegraph.algorithms.brick.PortRef;
import org.spikegraph.algorithms.brick.ThresholdGates;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.HostLoop;
import org.spikegraph.algorithms.circuit.IncompleteRunException;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.SimpleNeighbours;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Compiles k-core decomposition into a host loop of peeling runs, one per k = 1, 2, ... (the peeling
 * of Batagelj and Zaversnik, "An O(m) algorithm for cores decomposition of networks", 2003, with the
 * neighbour counting done by threshold neurons as in Hamilton, Mintz and Schuman, "Spike-based
 * primitives for graph algorithms", 2019).
 *
 * <p>Round k is one brick, {@link ThresholdGates} "removed", one fire-once gate per vertex with
 * &theta;(v) = deg(v) &minus; k + 1, wired to itself along every edge (weight 1, delay 1). The
 * vertices already peeled, and those of degree &lt; k, are forced at step 0; a gate spikes once
 * &theta;(v) of its neighbours are removed, i.e. when fewer than k remain. The cascade stops when the
 * k-core is left: the vertices it removed have coreness k &minus; 1. The loop ends when every vertex
 * is peeled: degeneracy + 1 runs of at most n + 1 steps each. The gates' types declare their
 * potential width (that of a counter up to the largest degree), so chips narrower than 32 bits hold them.
 */
public final class KCoreCompiler {

    private KCoreCompiler() {}

    /** The host's state: coreness found so far (-1 for vertices still in the k-core) and the next k. */
    private record Peel(int k, int[] coreness, int remaining, int runs) {}

    /** The decomposition program for {@code graph} (directions, self-loops and parallel edges ignored). */
    public static Program<CoreDecomposition> compile(CsrGraph graph) {
        SimpleNeighbours simple = SimpleNeighbours.of(graph);
        int n = simple.vertexCount();
        return new HostLoop<Peel, CoreDecomposition>() {
            @Override
            public String problem() {
                return "kcore";
            }

            @Override
            public Peel start() {
                int[] coreness = new int[n];
                Arrays.fill(coreness, -1);
                return new Peel(1, coreness, n, 0);
            }

            @Override
            public Round<Peel, ?> next(Peel state) {
                return state.remaining() == 0 ? null : new Round<>(round(simple, state), KCoreCompiler::update);
            }

            @Override
            public CoreDecomposition finish(Peel state) {
                return new CoreDecomposition(graph, state.coreness(), state.runs());
            }
        };
    }

    /** The peeling circuit of round {@code state.k()}: its result is, per vertex, whether it was removed. */
    private static Circuit<boolean[]> round(SimpleNeighbours simple, Peel state) {
        int n = simple.vertexCount();
        int k = state.k();
        int[] threshold = new int[n];
        int[] forced = new int[n];
        int forcedCount = 0;
        for (int v = 0; v < n; v++) {
            threshold[v] = Math.max(1, simple.degree()[v] - k + 1);
            if (state.coreness()[v] >= 0 || simple.degree()[v] < k) {
                forced[forcedCount++] = v;
            }
        }
        Composer composer = new Composer();
        PortRef removed = composer.add("peel", new ThresholdGates("removed", threshold, Port.Direction.IN_OUT,
                simple.maxDegree(), 2).withTypedPotentials()).port("removed");
        composer.connect(removed, removed, Links.arcs(simple.from(), simple.to(), 1, 1));
        Composition composition = composer.build();
        Stimulus stimulus = Stimulus.spikes(0, removed.ids(Arrays.copyOf(forced, forcedCount)));
        long bound = n + 2L;
        StopCondition stop = StopCondition.afterSteps(bound).orQuiescent();
        return new Circuit<>("kcore", composition.network(), stimulus, stop, Recording.firstSpikeTimes(), run -> {
            if (run.stopReason() == StopReason.STEP_LIMIT) {
                throw new IncompleteRunException("the peeling cascade was still running after " + run.stepsSpanned() + " steps");
            }
            long[] first = removed.slice(run.firstSpikes());
            boolean[] out = new boolean[n];
            for (int v = 0; v < n; v++) {
                out[v] = first[v] != Run.NEVER;
            }
            return out;
        });
    }

    private static Peel update(Peel state, boolean[] removed) {
        int[] coreness = state.coreness().clone();
        int remaining = state.remaining();
        for (int v = 0; v < coreness.length; v++) {
            if (removed[v] && coreness[v] < 0) {
                coreness[v] = state.k() - 1;
                remaining--;
            }
        }
        return new Peel(state.k() + 1, coreness, remaining, state.runs() + 1);
    }
}
