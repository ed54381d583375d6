package org.spikegraph.spark;

import java.nio.file.Path;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.run.Run;

/**
 * The scaling measurement of docs/spark.md (a main, not a test): SSSP wavefronts from the
 * generator's vertex 0 on road-like graphs of the given sizes (k = 3 nearest neighbours, seed 1),
 * or on a graph file from its first vertex, on the event engine and on the Spark engine, checked
 * equal (activity figures and first spikes); one line per size. With {@code hilbert} the road-like
 * graphs are renumbered along a Hilbert curve ({@link RoadOrder}) so that partitions are regions.
 *
 * <pre>java [Spark's --add-opens] -cp ... org.spikegraph.spark.SparkScaling local[2] 2 hilbert 100000 1000000
 * java ... org.spikegraph.spark.SparkScaling local[2] 2 generator file:/work/shared/data/road/rome99.gr pingpong</pre>
 *
 * <p>With {@code -Dspikegraph.spark.driverMail=0} all mail is shuffled (two stages a window).
 *
 * <p>{@code pingpong} measures Spark's fixed cost of a window (see {@link #pingPong}).
 */
public final class SparkScaling {

    private SparkScaling() {}

    /**
     * Spark's fixed cost of a window: two integrate-and-fire neurons in two partitions pass a spike
     * back and forth over delay-1 synapses for 300 steps, a window per step with almost no work.
     */
    static void pingPong(SparkEngine spark) {
        NetworkBuilder b = Network.builder();
        b.neurons(NeuronType.integrateAndFire(1), 2);
        b.synapse(0, 1, 1, 1);
        b.synapse(1, 0, 1, 1);
        Network net = b.build();
        for (int round = 0; round < 2; round++) { // the first round warms up
            long t0 = System.nanoTime();
            SparkRun r = spark.runMeasured(net, Stimulus.spikes(0, 0), StopCondition.afterSteps(300),
                    Recording.none().withSpikeCounts(), 0);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (r.run().activity().spikes() != 300) {
                throw new AssertionError("ping-pong spiked " + r.run().activity().spikes() + " times, not 300");
            }
            if (round == 1) {
                System.out.printf("| ping-pong (fixed cost: %.1f ms a window) | 2 | 2 | - | %,d | %s |%n",
                        (double) ms / r.supersteps(), ms, figures(r));
            }
        }
    }

    /** The columns from windows on. */
    static String figures(SparkRun r) {
        var a = r.run().activity();
        return String.format("%,d | %,d | %,d | %,d | %,d | %,d (%,d) | %.2f / %.2f | %.2f", r.supersteps(), a.stepsSpanned(),
                a.activeSteps(), a.spikes(), a.synapticEvents(), r.mailEvents(), r.mailViaDriver(), r.shuffleBytesWritten() / 1e6,
                r.shuffleBytesRead() / 1e6, r.resultBytes() / 1e6);
    }

    public static void main(String[] args) {
        String master = args[0];
        int parts = Integer.parseInt(args[1]);
        boolean hilbert = args[2].equals("hilbert");
        System.out.println("| graph | vertices | arcs | event ms | spark ms | windows | steps spanned | distinct input steps"
                + " | spikes | synaptic events | mail events (through the driver) | shuffle written / read MB | task results MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        try (SparkEngine spark = new SparkEngine(master, parts,
                Integer.getInteger(SparkEngine.DRIVER_MAIL_PROPERTY, SparkEngine.DRIVER_MAIL))) {
            for (int a = 3; a < args.length; a++) {
                if (args[a].equals("pingpong")) {
                    pingPong(spark);
                    continue;
                }
                String name;
                CsrGraph g;
                int source = 0;
                if (args[a].startsWith("file:")) {
                    Path file = Path.of(args[a].substring(5));
                    g = GraphLoader.load(file).graph();
                    name = file.getFileName().toString();
                } else {
                    int n = Integer.parseInt(args[a]);
                    Generators.Generated generated = Generators.roadLike(n, 3, 1);
                    if (hilbert) {
                        RoadOrder order = RoadOrder.hilbert(generated);
                        g = order.graph();
                        source = order.newId()[0];
                        name = "road-like k=3, Hilbert order";
                    } else {
                        g = generated.graph();
                        name = "road-like k=3";
                    }
                }
                Circuit<ShortestPaths> c = new ShortestPathCompiler(g).singleSource(source);
                g = null;
                long t0 = System.nanoTime();
                Run event = c.run(new EventEngine(), 0).run();
                long t1 = System.nanoTime();
                SparkRun measured = spark.runMeasured(c.network(), c.stimulus(), c.stop(), c.recording(), 0);
                long t2 = System.nanoTime();
                Run run = measured.run();
                if (!run.activity().equals(event.activity()) || !java.util.Arrays.equals(run.firstSpikes(), event.firstSpikes())) {
                    throw new AssertionError("spark and event runs differ on " + name + ": " + run + " vs " + event);
                }
                System.out.printf("| %s | %,d | %,d | %,d | %,d | %s |%n", name, c.network().neuronCount(),
                        c.network().synapseCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, figures(measured));
            }
        }
    }
}
