package org.spikegraph.bench.problem;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.export.Readout;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;

/**
 * One graph problem as every command sees it: {@code solve NAME}, {@code project NAME},
 * {@code compare --problem NAME}, {@code export NAME} (and later lane batches) iterate the specs found by
 * {@link ProblemSpecs} ({@link java.util.ServiceLoader}, {@code META-INF/services}), so a new
 * problem appears in all of them by adding its spec. A spec holds no state: everything a run needs
 * comes in through its parameters object.
 *
 * <p>The pipeline a spec describes: graph &rarr; {@link #size} (checked before any work) &rarr;
 * {@link #compile} ({@link Program}: one circuit or a host loop) &rarr; run &rarr; answer &rarr;
 * {@link #validate} (an exact reference, JGraphT where it has the algorithm) &rarr; {@link #summary},
 * {@link #writeAnswer} and {@link #fullAnswer}; {@link #baselines} are the conventional methods {@code compare} times
 * beside the spiking one.
 *
 * @param <P> the parameters: a fresh object per use whose fields carry picocli {@code @Option}
 *            annotations (the command line adds it as a mixin; Java callers and tests set the
 *            fields directly)
 * @param <A> the spiking program's answer
 */
public interface ProblemSpec<P, A> {

    /** The name as in {@code solve NAME}, e.g. "sssp". */
    String name();

    /**
     * Other names of the same problem, accepted wherever {@link #name()} is ({@code solve}, {@code project},
     * {@code export}, {@code compare --problem}), e.g. "diameter" for eccentricity; none by default.
     */
    default List<String> aliases() {
        return List.of();
    }

    /** The help text, one paragraph per element; the first says what the circuit is and cites its paper. */
    String[] description();

    /** A new parameters object holding the defaults. */
    P parameters();

    /**
     * The parameters {@code compare} runs with on {@code graph}: {@link #parameters()} by default; a
     * spec whose defaults are too costly to repeat (e.g. PageRank's walkers) or that has a required
     * option (e.g. {@code -k}) sets them here.
     */
    default P compareParameters(CsrGraph graph) {
        return parameters();
    }

    /**
     * Lets programs compiled with {@code parameters} use {@code threads} threads on the CPU (the lane
     * engine's pool; {@code --threads}); ignored by a spec that runs on one thread (the default). The
     * answer never depends on it.
     */
    default void useThreads(P parameters, int threads) {}

    /**
     * Whether {@link #compileLanes} gives circuits for these parameters (a sourced spec whose circuit is one
     * network for every source, only the stimulus changing: the wavefront); false by default.
     */
    default boolean runsInLanes(P parameters) {
        return false;
    }

    /**
     * The circuits of {@code sources} (indices) compiled once, sharing one network object, its stop
     * condition and recording, each with its own stimulus and decoder: they run as lanes of one
     * lane-engine batch ({@code compare}'s "spiking, lanes" method).
     *
     * @throws UnsupportedOperationException unless {@link #runsInLanes} says so
     */
    default List<Circuit<A>> compileLanes(CsrGraph graph, P parameters, int[] sources, long seed) {
        throw new UnsupportedOperationException(name() + " has no lane form");
    }

    /**
     * The problem's name in reports for these parameters (e.g. "point-to-point" for {@code sssp
     * --target}); {@link #name()} by default.
     */
    default String reportName(CsrGraph graph, P parameters) {
        return name();
    }

    /**
     * Whether a run starts from one source vertex. {@code compare} draws its sources for such a
     * problem; for the others it runs the whole graph once per drawn "source".
     */
    default boolean sourced() {
        return false;
    }

    /**
     * The source vertex the parameters name (their {@code --source}, or the default), as an index;
     * -1 for a problem that is not {@link #sourced()}.
     *
     * @throws InputException naming the option and the vertex when it is not in the graph
     */
    default int source(CsrGraph graph, P parameters) {
        return -1;
    }

    /**
     * Neurons and synapses of the largest network the program will run: checked against the heap
     * before compiling. Never re-derived elsewhere.
     *
     * @throws InputException when the parameters ask for more than a network holds
     */
    Size size(CsrGraph graph, P parameters);

    /**
     * Compiles the program for {@code source} (an index, or -1 when not sourced).
     *
     * @param seed the seed of the random draws a stochastic circuit makes at compile time (most ignore it)
     * @throws InputException for parameters the user can fix (the message names the option, or the
     *                        graph through {@link InputException#message(String)})
     * @throws IllegalArgumentException for a graph the compiler cannot take (e.g. a negative weight):
     *                                  the command line prefixes the graph's file name
     */
    Program<A> compile(CsrGraph graph, P parameters, int source, long seed);

    /**
     * How an export of {@code circuit} (one this spec compiled for {@code parameters}) is read by a peer
     * simulator, in place of the Java decoder ({@code spikegraph export}, docs/export.md): every
     * neuron's first-spike step by default; a spec whose answer is a plain function of first spikes
     * (e.g. distances) says so here.
     */
    default Readout readout(CsrGraph graph, P parameters, Circuit<?> circuit) {
        return Readout.firstSpikes(circuit.network().neuronCount());
    }

    /**
     * What the progress of {@code program}'s run counts, when the spec knows a measure closer to the
     * real work than the step against the step bound (walkers ended, vertices reached); null (the
     * default) for that step measure. Called once, before the run.
     */
    default WorkMeasure work(CsrGraph graph, P parameters, int source, Program<A> program) {
        return null;
    }

    /** The problem's parameters worth reporting (target, k, ...), in order, with the file's vertex ids. */
    Map<String, Object> reportParameters(CsrGraph graph, P parameters);

    /** The headline figures of the answer, in order, under fixed names (e.g. reachable, sumDistance, maxDistance). */
    Map<String, Object> summary(A answer, P parameters);

    /** Checks the answer against an exact reference on the same graph, timing the reference alone. */
    Validation validate(A answer, P parameters);

    /**
     * For a spec whose answer is too large to keep (apsp's n&sup2; distances), the most bytes its
     * {@code --output} may take, checked against the disk before any work; -1 (the default) for a spec
     * whose answer is kept and written after the run by {@link #writeAnswer}.
     */
    default long streamedOutputBound(CsrGraph graph, P parameters) {
        return -1;
    }

    /**
     * For a spec with a {@link #streamedOutputBound}: the programs compiled with {@code parameters} write
     * their output into {@code out} while they run (tab-separated, a {@code #} header line first), in an
     * order that does not depend on threads; {@link #writeAnswer} is then not called.
     */
    default void streamTo(P parameters, PrintWriter out) {
        throw new UnsupportedOperationException(name() + " writes its answer after the run");
    }

    /** Writes the whole per-vertex answer, tab-separated, with a {@code #} header line and the file's vertex ids. */
    void writeAnswer(CsrGraph graph, A answer, P parameters, PrintWriter out);

    /**
     * The whole answer for {@code --json --full}: the data {@link #writeAnswer} writes, as values Jackson
     * prints (maps, lists, numbers, strings, booleans, null), with the file's vertex ids and null where
     * there is no value (unreached, infinite, no predecessor). Its shape is {@code $defs/answer} of
     * docs/schema/report-v2.json: tables of columns ({@link AnswerColumns}) under "vertices", "edges"
     * or "arcs", and for a pair problem a "distances" matrix.
     */
    Object fullAnswer(CsrGraph graph, A answer, P parameters);

    /**
     * Refuses {@code --full} before any work when the whole answer is too large to print as JSON (e.g.
     * all-pairs distances of a large graph); nothing by default.
     *
     * @throws InputException saying the limit and what to use instead
     */
    default void checkFullAnswer(CsrGraph graph, P parameters) {}

    /** The conventional methods {@code compare} times beside the spiking one, prepared on {@code graph}. */
    Baselines<A, ?> baselines(CsrGraph graph, P parameters);

    /**
     * An ordered map of the pairs {@code key, value, key, value...}, leaving out the null values: for
     * {@link #reportParameters} and {@link #summary}.
     */
    static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    /**
     * Neurons and synapses of a network, before it is built.
     *
     * @param neurons  neurons
     * @param synapses synapses
     */
    record Size(long neurons, long synapses) {}
}
