package org.spikegraph.bench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.hardware.cost.Projection;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.ActivityStats;

/**
 * What {@code spikegraph solve} reports, as a table or as one JSON object. Field names are fixed
 * (scripts read them); fields may be added.
 *
 * @param problem    the problem, e.g. "sssp"
 * @param graph      the graph solved
 * @param source     the source vertex id as in the file: a number, or a string for named vertices
 *                   ({@link #vertexId}); null when the problem has none
 * @param parameters the problem's other parameters (target, k, sources, resolution...)
 * @param summary    the problem's headline figures, e.g. reachable / sumDistance / maxDistance
 * @param validation the check against JGraphT; only with {@code --validate}
 * @param activity   what the circuit did
 * @param timing     wall time of each phase, and of JGraphT's algorithm on the same input
 * @param projections what the run would cost on each chip asked for with {@code --hardware}; else null
 * @param cpu        the conventional algorithm's time and energy on this CPU, with the projections
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String problem, GraphInfo graph, Object source, Map<String, Object> parameters,
                     Map<String, Object> summary, ValidationInfo validation, Activity activity, Timing timing,
                     List<ProjectionInfo> projections, Cpu cpu) {

    /**
     * A vertex as reports show it: its id as a {@code Long} when the file numbers its vertices (so
     * JSON keeps numbers), else its name as a {@code String}.
     */
    public static Object vertexId(CsrGraph graph, int v) {
        return graph.ids().isNamed() ? graph.name(v) : (Object) graph.originalId(v);
    }

    /** The graph: where it came from and its size. */
    public record GraphInfo(String file, String format, boolean directed, int vertices, int arcs) {}

    /** The check against the reference. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ValidationInfo(String against, boolean agrees, long mismatches, long compared, List<String> examples) {
        /** From a {@link Validation}. */
        public static ValidationInfo of(Validation v) {
            return new ValidationInfo(v.against(), v.agrees(), v.mismatches(), v.compared(), v.examples());
        }
    }

    /** The circuit's size and its run's activity (summed over runs for multi-run problems). */
    public record Activity(String engine, int runs, int neurons, long synapses, long stepsSpanned, long activeSteps,
                           long spikes, long synapticEvents, long neuronUpdates, String stopReason) {
        /** One run of one network. */
        public static Activity of(String engine, Network network, ActivityStats stats, String stopReason) {
            return new Activity(engine, 1, network.neuronCount(), network.synapseCount(), stats.stepsSpanned(),
                    stats.activeSteps(), stats.spikes(), stats.synapticEvents(), stats.neuronUpdates(), stopReason);
        }
    }

    /** Milliseconds per phase; conventionalMs is JGraphT's algorithm on the same graph and source. */
    public record Timing(double loadMs, double compileMs, double simulateMs, double decodeMs, double conventionalMs) {}

    /**
     * One chip's projection of the run. Seconds and joules come from the profile's first cost set;
     * low/high span all its sets (Loihi: pre-silicon and silicon-calibrated). {@code answerUnchanged}
     * says that the legalized network, simulated, decodes to the same headline figures. When the
     * circuit cannot be legalized exactly for the chip, only {@code hardware} and {@code error} are set
     * (and {@code strategies} under {@code project}). {@code delayStrategy} names the construction the
     * projection used for delays longer than the chip's ({@code chains}, {@code taps}, {@code counters}:
     * {@code --delays cheapest} names the one it picked); {@code strategies} lists every construction on
     * the chip, under {@code spikegraph project} only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProjectionInfo(String hardware, Double seconds, Double joules, Double secondsLow, Double secondsHigh,
                                 Double joulesLow, Double joulesHigh, Integer cores, Integer chips,
                                 Integer neuronsAfterLegalization, Long synapsesAfterLegalization, Long stepsSpanned,
                                 Long overrunSteps, Boolean answerUnchanged, Map<String, Double> breakdown,
                                 List<String> assumptions, String error, String delayStrategy,
                                 List<StrategyInfo> strategies) {
        /** A projection with delays built by {@code delayStrategy}, and whether the legal network's answer was the original's. */
        public static ProjectionInfo of(Projection p, String delayStrategy, boolean answerUnchanged) {
            return new ProjectionInfo(p.hardware(), p.seconds(), p.joules(), p.secondsLow(), p.secondsHigh(), p.joulesLow(),
                    p.joulesHigh(), p.cores(), p.chips(), p.neurons(), p.synapses(), p.stepsSpanned(), p.overrunSteps(),
                    answerUnchanged, p.breakdown(), p.assumptions(), null, delayStrategy, null);
        }

        /** A chip the circuit could not be legalized for. */
        public static ProjectionInfo failed(String hardware, String error) {
            return new ProjectionInfo(hardware, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, error, null, null);
        }

        /** This projection with every construction's figures beside it. */
        public ProjectionInfo withStrategies(List<StrategyInfo> all) {
            return new ProjectionInfo(hardware, seconds, joules, secondsLow, secondsHigh, joulesLow, joulesHigh, cores, chips,
                    neuronsAfterLegalization, synapsesAfterLegalization, stepsSpanned, overrunSteps, answerUnchanged,
                    breakdown, assumptions, error, delayStrategy, all);
        }
    }

    /**
     * One delay construction on one chip (under {@code spikegraph project}): its legal network's size, the
     * projected time and energy (the profile's first cost set), the chip's deciding cost ({@code cost}, in
     * {@code costMeasure}: neuron-steps or synaptic events), whether it is the cheapest that applies, and
     * whether its legal runs decode to the same headline figures; or only why it was refused.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StrategyInfo(String strategy, Integer neurons, Long synapses, Long stepsSpanned, Double seconds,
                               Double joules, Double cost, String costMeasure, Boolean cheapest, Boolean answerUnchanged,
                               String refusal) {}

    /** The conventional side: JGraphT's wall time on this machine and an energy estimate. */
    public record Cpu(String algorithm, double seconds, double joules, String method, List<String> assumptions) {}
}
