package org.spikegraph.spark;

import java.util.ArrayList;
import java.util.List;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.generate.Generators;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.algorithms.shortestpath.ShortestPaths;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.run.Run;

/**
 * The window schedule of {@link SparkEngine} without Spark (a main for docs/spark.md): the same
 * {@link Superstep} function over the same slices in one JVM, for partition counts local mode does not
 * run. Prints the windows and the mail events between partitions (the shuffled records' contents),
 * and checks spikes and synaptic events against the event engine; times the event engine and the
 * replay (slices cut, lookahead included) in the same JVM. {@code hilbert} renumbers the
 * road-like graphs along a Hilbert curve ({@link RoadOrder}), {@code generator} keeps their ids.
 *
 * <pre>java -cp ... org.spikegraph.spark.SuperstepCount 64 hilbert 100000 1000000</pre>
 */
public final class SuperstepCount {

    private SuperstepCount() {}

    public static void main(String[] args) {
        int parts = Integer.parseInt(args[0]);
        boolean hilbert = args[1].equals("hilbert");
        System.out.println("| vertices | arcs | partitions | windows | distinct input steps | mail events | events per window | event engine ms | windows replayed ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int a = 2; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            Generators.Generated generated = Generators.roadLike(n, 3, 1);
            CsrGraph g = generated.graph();
            int source = 0;
            if (hilbert) {
                RoadOrder order = RoadOrder.hilbert(generated);
                g = order.graph();
                source = order.newId()[0];
            }
            generated = null;
            Circuit<ShortestPaths> c = new ShortestPathCompiler(g).singleSource(source);
            long t0 = System.nanoTime();
            Run event = c.run(new EventEngine(), 0).run();
            long eventMs = (System.nanoTime() - t0) / 1_000_000;
            long r0 = System.nanoTime();
            InputDrivenTypes types = InputDrivenTypes.of(c.network().types());
            int chunk = Slice.chunk(n, parts);
            Slice[] slices = Slice.cut(c.network(), parts);
            PartState[] state = new PartState[parts];
            for (int p = 0; p < parts; p++) {
                Events inbox = new Events(1);
                for (int k = 0; k < c.stimulus().size(); k++) {
                    int i = c.stimulus().neuron(k);
                    if (i / chunk == p) {
                        inbox.add(i - p * chunk, c.stimulus().step(k), c.stimulus().current(k),
                                c.stimulus().forced(k) ? Events.FORCED : Events.CURRENT);
                    }
                }
                state[p] = PartState.initial(slices[p].count, inbox);
            }
            List<List<Events>> mail = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                mail.add(new ArrayList<>());
            }
            long now = c.stimulus().step(0);
            long queued = now;
            long cap = c.stop().maxSteps();
            long supersteps = 0;
            long mailEvents = 0;
            long crossing = 0;
            long spikes = 0;
            long events = 0;
            while (now < cap || queued < cap) {
                long from = now < cap ? now : Long.MAX_VALUE;
                List<List<Events>> next = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    next.add(new ArrayList<>());
                }
                long earliest = Long.MAX_VALUE;
                long anyEarliest = Long.MAX_VALUE;
                for (int p = 0; p < parts; p++) {
                    StepOut out = Superstep.run(slices[p], state[p], mail.get(p).iterator(), from, cap, types,
                            chunk, parts, new int[0], 0);
                    state[p] = out.state();
                    spikes += out.summary().spikes();
                    events += out.summary().events();
                    earliest = Math.min(earliest, Math.min(out.summary().minLive(), out.summary().minSent()));
                    anyEarliest = Math.min(anyEarliest, Math.min(out.summary().minQueued(), out.summary().minSent()));
                    if (out.mail() != null) {
                        for (int q = 0; q < parts; q++) {
                            if (out.mail()[q] != null) {
                                next.get(q).add(out.mail()[q]);
                                mailEvents += out.mail()[q].size;
                                if (q != p) {
                                    crossing += out.mail()[q].size;
                                }
                            }
                        }
                    }
                }
                mail = next;
                supersteps++;
                now = earliest;
                queued = anyEarliest;
            }
            long replayMs = (System.nanoTime() - r0) / 1_000_000;
            if (spikes != event.activity().spikes() || events != event.activity().synapticEvents()) {
                throw new AssertionError("superstep replay differs from the event engine at n = " + n);
            }
            System.out.printf("| %,d | %,d | %d | %,d | %,d | %,d | %,d | %,d | %,d |%n", n, g.arcCount(), parts, supersteps,
                    event.activity().activeSteps(), crossing, crossing / Math.max(1, supersteps), eventMs, replayMs);
        }
    }
}
