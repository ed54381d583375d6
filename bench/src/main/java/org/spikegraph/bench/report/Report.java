package org.spikegraph.bench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
 * @param answer     the whole answer ({@link org.spikegraph.bench.problem.ProblemSpec#fullAnswer}), only with
 *                   {@code --full}; else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema"})
public record Report(String problem, GraphInfo graph, Object source, Map<String, Object> parameters,
                     Map<String, Object> summary, ValidationInfo validation, Activity activity, Timing timing,
                     List<ProjectionInfo> projections, Cpu cpu, Object answer) {

    /**
     * The version of the JSON contract, published as the JSON Schema {@code docs/schema/report-v2.json}:
     * the first field of every {@code --json} report. A reader checks it; fields may be added within
     * a version, none renamed or removed. Version 2 renamed timing's conventionalMs to referenceMs
     * (the table's "reference") and added the whole answer under {@code --full}; version 1's schema
     * stays in docs/schema/report-v1.json.
     */
    public static final String SCHEMA = "spikegraph-report/2";

    /** {@link #SCHEMA}, written first in the JSON. */
    @JsonProperty("schema")
    public String schema() {
        return SCHEMA;
    }

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

    /**
     * The circuit's size and its run's activity (summed over runs for multi-run problems). {@code lanes}
     * and {@code threads} are set when the runs went as lanes of the lane engine (64 per word, on that
     * many threads; the figures are still the sum of the separate runs), null otherwise.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Activity(String engine, int runs, int neurons, long synapses, long stepsSpanned, long activeSteps,
                           long spikes, long synapticEvents, long neuronUpdates, String stopReason, Integer lanes,
                           Integer threads) {
        /** One run of one network. */
        public static Activity of(String engine, Network network, ActivityStats stats, String stopReason) {
            return new Activity(engine, 1, network.neuronCount(), network.synapseCount(), stats.stepsSpanned(),
                    stats.activeSteps(), stats.spikes(), stats.synapticEvents(), stats.neuronUpdates(), stopReason, null, null);
        }
    }

    /**
     * Milliseconds per phase; referenceMs is the exact reference's one run inside the check
     * ({@code --validate}), null when the answer was not checked. The warmed, repeated conventional
     * figures are the report's cpu side.
     */
    public record Timing(double loadMs, double compileMs, double simulateMs, double decodeMs, Double referenceMs) {}

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

    /**
     * The conventional side of the projections: the problem's baselines (the reference, then the
     * primitive), each warmed and repeated on this machine as {@code compare} does; the headline is the
     * fastest baseline's median, and its energy that median &times; the stated power per core.
     *
     * @param algorithm   what the headline baseline runs
     * @param seconds     the headline baseline's median wall time
     * @param joules      its energy: seconds &times; stated watts per core &times; 1 core
     * @param method      how the energy was obtained ("stated power")
     * @param assumptions what the energy rests on
     * @param baseline    the headline baseline's name, e.g. "jgrapht" or "primitive"
     * @param energyBasis the energy's basis in words
     * @param warmup      untimed warm-up runs per baseline
     * @param repetitions timed runs per baseline
     * @param medianMs    the headline's median, milliseconds
     * @param q1Ms        its first quartile
     * @param q3Ms        its third quartile
     * @param minMs       its fastest run
     * @param maxMs       its slowest run
     * @param baselines   every baseline timed, in the problem's order
     */
    public record Cpu(String algorithm, double seconds, double joules, String method, List<String> assumptions,
                      String baseline, String energyBasis, int warmup, int repetitions, double medianMs, double q1Ms,
                      double q3Ms, double minMs, double maxMs, List<Baseline> baselines) {}

    /**
     * One conventional baseline's warm, repeated wall times on this machine, and its energy at the
     * stated power per core.
     *
     * @param name        e.g. "jgrapht", "primitive"
     * @param measures    what one timed run covers
     * @param warmup      untimed runs first
     * @param repetitions timed runs
     * @param medianMs    median, milliseconds
     * @param q1Ms        first quartile
     * @param q3Ms        third quartile
     * @param minMs       fastest
     * @param maxMs       slowest
     * @param joules      median &times; stated watts per core
     */
    public record Baseline(String name, String measures, int warmup, int repetitions, double medianMs, double q1Ms,
                           double q3Ms, double minMs, double maxMs, double joules) {}
}
