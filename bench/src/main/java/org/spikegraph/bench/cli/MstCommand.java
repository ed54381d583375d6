package org.spikegraph.bench.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.spikegraph.algorithms.circuit.Program;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.LoadedGraph;
import org.spikegraph.algorithms.spanningtree.SpanningForest;
import org.spikegraph.algorithms.spanningtree.SpanningForestCompiler;
import org.spikegraph.algorithms.validation.SpanningForestValidator;
import org.spikegraph.algorithms.validation.Validation;
import picocli.CommandLine.Command;

/** {@code solve mst}: a minimum spanning forest by spiking Borůvka rounds. */
@Command(name = "mst", mixinStandardHelpOptions = true,
        description = {"Minimum spanning forest (undirected view; of two opposite arcs the lighter counts) by spiking "
                + "Boruvka rounds, batched spiking Prim (Kay, Date & Schuman, NICE 2020): in each run every vertex "
                + "fires at step 0, each component's fire-once neuron listens to the vertices outside it with "
                + "delay = 1 + rank of the edge by (weight, arc index), so its first spike names its lightest leaving "
                + "edge; the host merges components and runs again (at most log2 n runs).",
                "Activity is summed over the runs; --hardware does not project host-driven runs yet. --output writes the "
                        + "forest's edges."})
final class MstCommand extends SolveSubcommand<SpanningForest> {

    @Override
    String problem() {
        return "mst";
    }

    @Override
    long[] circuitSize(LoadedGraph g) {
        long n = g.graph().vertexCount();
        long m = g.graph().arcCount();
        return new long[] {2 * n, 2 * m};
    }

    @Override
    Program<SpanningForest> program(LoadedGraph g) {
        return new SpanningForestCompiler(g.graph()).program();
    }

    @Override
    Object source(LoadedGraph g) {
        return null;
    }

    @Override
    Map<String, Object> parameters(LoadedGraph g) {
        return map("construction", "Boruvka rounds, one run each");
    }

    @Override
    Map<String, Object> summary(SpanningForest f) {
        Object weight = f.graph().integralWeights() ? (Object) Math.round(f.weight()) : (Object) f.weight();
        return map("weight", weight, "edges", f.edgeCount(), "components", f.components(), "runs", f.runs());
    }

    @Override
    Validation check(SpanningForest f) {
        return SpanningForestValidator.validate(f);
    }

    @Override
    void writeAnswer(SpanningForest f, LoadedGraph g, PrintWriter out) {
        CsrGraph graph = f.graph();
        out.println("# u\tv\tweight");
        for (int a : f.arcs()) {
            double w = graph.weight(a);
            out.println(graph.name(graph.tail(a)) + "\t" + graph.name(graph.target(a)) + "\t"
                    + (w == Math.rint(w) && Math.abs(w) < 1e15 ? Long.toString((long) w) : Double.toString(w)));
        }
    }
}
