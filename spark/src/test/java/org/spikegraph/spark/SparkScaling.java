package org.spikegraph.spark;

import java.nio.file.Path;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;

/**
 * The scaling measurement of docs/spark.md (a main, not a test): SSSP wavefronts from vertex 0 on
 * road-like graphs of the given sizes (k = 3 nearest neighbours, seed 1), or on a graph file, on the
 * event engine and on the Spark engine, checked equal; one line per size.
 *
 * <pre>java [Spark's --add-opens] -cp ... org.spikegraph.spark.SparkScaling local[2] 2 100000 1000000
 * java ... org.spikegraph.spark.SparkScaling local[2] 2 file:/work/shared/data/road/rome99.gr</pre>
 */
public final class SparkScaling {

    private SparkScaling() {}

    public static void main(String[] args) {
        String master = args[0];
        int parts = Integer.parseInt(args[1]);
        System.out.println("| graph | vertices | arcs | event ms | spark ms | supersteps | distinct input steps | shuffle written MB | shuffle read MB | spikes | synaptic events |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        try (SparkEngine spark = new SparkEngine(master, parts)) {
            for (int a = 2; a < args.length; a++) {
                String name;
                CsrGraph g;
                if (args[a].startsWith("file:")) {
                    Path file = Path.of(args[a].substring(5));
                    g = GraphLoader.load(file).graph();
                    name = file.getFileName().toString();
                } else {
                    int n = Integer.parseInt(args[a]);
                    g = Generators.roadLike(n, 3, 1).graph();
                    name = "road-like k=3";
                }
                Circuit<ShortestPaths> c = new ShortestPathCompiler(g).singleSource(0);
                long t0 = System.nanoTime();
                Run event = c.run(new EventEngine(), 0).run();
                long t1 = System.nanoTime();
                SparkRun measured = spark.runMeasured(c.network(), c.stimulus(), c.stop(), c.recording(), 0);
                long t2 = System.nanoTime();
                Run run = measured.run();
                if (!run.activity().equals(event.activity()) || !java.util.Arrays.equals(run.firstSpikes(), event.firstSpikes())) {
                    throw new AssertionError("spark and event runs differ on " + name + ": " + run + " vs " + event);
                }
                System.out.printf("| %s | %,d | %,d | %,d | %,d | %,d | %,d | %.1f | %.1f | %,d | %,d |%n", name, g.vertexCount(),
                        g.arcCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, measured.supersteps(),
                        run.activity().activeSteps(), measured.shuffleBytesWritten() / 1e6, measured.shuffleBytesRead() / 1e6,
                        run.activity().spikes(), run.activity().synapticEvents());
            }
        }
    }
}
