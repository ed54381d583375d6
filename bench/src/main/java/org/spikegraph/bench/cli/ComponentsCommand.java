package org.spikegraph.bench.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.components.Components;
import org.spikegraph.algorithms.components.ComponentsCompiler;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.validation.ComponentsValidator;
import org.spikegraph.algorithms.validation.Validation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solve components}: connected components, or weakly / strongly connected ones of a directed graph. */
@Command(name = "components", mixinStandardHelpOptions = true,
        description = {"Connected components by spike waves of fire-once neurons, one host-driven run per component "
                + "(seeded at the lowest vertex no earlier wave reached).",
                "A directed graph needs --weak (waves on its undirected view) or --strong (forward and backward waves "
                        + "from a pivot in one run; the component is their intersection)."})
final class ComponentsCommand extends SolveSubcommand<Components> {

    static final class Mode {
        @Option(names = "--weak", description = "Weakly connected components of a directed graph.")
        boolean weak;

        @Option(names = "--strong", description = "Strongly connected components of a directed graph.")
        boolean strong;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    private boolean strong() {
        return mode != null && mode.strong;
    }

    private Components.Kind kind() {
        return strong() ? Components.Kind.STRONG : Components.Kind.CONNECTED;
    }

    @Override
    String problem() {
        return strong() ? "scc" : mode != null && mode.weak ? "wcc" : "components";
    }

    @Override
    long[] circuitSize(LoadedGraph g) {
        CsrGraph graph = g.graph();
        long m = graph.arcCount();
        long synapses = strong() ? 2 * m : graph.directed() ? 2 * m : m;
        return new long[] {ComponentsCompiler.neurons(graph, kind()), synapses};
    }

    @Override
    Program<Components> program(LoadedGraph g) {
        if (g.graph().directed() && mode == null) {
            throw new UserInputException(g.file().getFileName() + " is directed: give --weak or --strong "
                    + "(or --undirected to read it as undirected)");
        }
        ComponentsCompiler c = strong() ? ComponentsCompiler.strong(g.graph()) : ComponentsCompiler.connected(g.graph());
        return c.program();
    }

    @Override
    Object source(LoadedGraph g) {
        return null;
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        return map("kind", strong() ? "strong" : g.graph().directed() ? "weak" : "connected");
    }

    @Override
    Map<String, Object> summary(Components c) {
        return map("components", c.count(), "largest", c.largest(), "runs", c.runs());
    }

    @Override
    Validation check(Components answer) {
        return ComponentsValidator.validate(answer);
    }

    @Override
    void writeAnswer(Components c, LoadedGraph g, PrintWriter out) {
        CsrGraph graph = c.graph();
        out.println("# vertex\tcomponent");
        for (int v = 0; v < graph.vertexCount(); v++) {
            out.println(graph.name(v) + "\t" + c.label(v));
        }
    }
}
