package org.spikegraph.bench.problem;

import java.util.function.UnaryOperator;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * Parameters or a graph the user can fix, found by a spec (an unknown vertex id, a value out of
 * range, more steps than a network holds): the command line prints the message as it is and exits
 * 2. A message about the graph names it through {@link #message(String)}, since a spec sees only
 * the {@link CsrGraph}, not the file it came from.
 */
public final class InputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The message for a graph's name. */
    private final transient UnaryOperator<String> aboutGraph;

    /** A message about an option, e.g. "--walkers must be >= 1, got 0". */
    public InputException(String message) {
        super(message);
        this.aboutGraph = name -> message;
    }

    private InputException(UnaryOperator<String> aboutGraph) {
        super(aboutGraph.apply("the graph"));
        this.aboutGraph = aboutGraph;
    }

    /** The message with the graph called {@code graphName} (e.g. its file name). */
    public String message(String graphName) {
        return aboutGraph.apply(graphName);
    }

    /** A message about the graph, made from its name, e.g. {@code name -> name + " is directed: ..."}. */
    public static InputException aboutGraph(UnaryOperator<String> message) {
        return new InputException(message);
    }

    /** The graph has no vertex to start from: "rome99.gr has no vertices". */
    public static InputException noVertices() {
        return new InputException(name -> name + " has no vertices");
    }

    /**
     * The vertex {@code id} given to {@code option} is not in {@code graph}; the message lists what its
     * vertices are.
     */
    public static InputException unknownVertex(CsrGraph graph, String id, String option) {
        String vertices = graph.ids().describe();
        return new InputException(name -> option + " '" + id + "' is not a vertex of " + name + " (its vertices: "
                + vertices + ")");
    }

    /** The index of the vertex written {@code id} in the graph's file, or an {@link #unknownVertex} error. */
    public static int vertex(CsrGraph graph, String id, String option) {
        int v = graph.find(id);
        if (v < 0) {
            throw unknownVertex(graph, id, option);
        }
        return v;
    }
}
