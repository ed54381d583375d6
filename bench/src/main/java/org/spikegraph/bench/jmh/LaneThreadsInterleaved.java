package org.spikegraph.bench.jmh;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;

/**
 * The lane engine's hop closeness of every vertex ({@link LaneDistances#summary()}) on 1 thread and on
 * {@code threads} threads, alternated round by round in one process so that both see the same load:
 * the speed-up is the ratio of wall times (min and median over the rounds, after five warm-up rounds),
 * and the process CPU time per run shows whether the threads add work. Every round checks both give
 * the same summary.
 *
 * <p>Run on a quiet machine: {@code java -Xms4g -Xmx4g -cp bench/target/benchmarks.jar
 * org.spikegraph.bench.jmh.LaneThreadsInterleaved ../shared/data/snap/CA-GrQc.txt 2 60}.
 */
public final class LaneThreadsInterleaved {

    private LaneThreadsInterleaved() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/snap/CA-GrQc.txt");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        CsrGraph graph = GraphLoader.load(file).graph().unweighted();
        LaneDistances[] sides = {LaneDistances.hops(graph, 1), LaneDistances.hops(graph, threads)};
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[][] wall = new long[2][rounds];
        long[] cpu = new long[2];
        for (int r = -5; r < rounds; r++) {
            DistanceSummary first = null;
            for (int side = 0; side < 2; side++) {
                long c0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                DistanceSummary summary = sides[side].summary();
                long w1 = System.nanoTime();
                long c1 = os.getProcessCpuTime();
                if (first == null) {
                    first = summary;
                } else if (!Arrays.equals(first.farness(), summary.farness())) {
                    throw new AssertionError("1 thread and " + threads + " threads give different farness");
                }
                if (r >= 0) {
                    wall[side][r] = w1 - w0;
                    cpu[side] += c1 - c0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d vertices, %,d arcs, %d rounds after 5 warm-up, %d cores%n", file,
                graph.vertexCount(), graph.arcCount(), rounds, Runtime.getRuntime().availableProcessors());
        int[] counts = {1, threads};
        for (int side = 0; side < 2; side++) {
            Arrays.sort(wall[side]);
            System.out.printf(Locale.ROOT, "  %d thread(s): wall min %.1f / median %.1f ms, process CPU per run %.1f ms%n",
                    counts[side], wall[side][0] / 1e6, wall[side][rounds / 2] / 1e6, cpu[side] / 1e6 / rounds);
        }
        System.out.printf(Locale.ROOT, "  speed-up: %.2fx (min) / %.2fx (median)%n",
                (double) wall[0][0] / wall[1][0], (double) wall[0][rounds / 2] / wall[1][rounds / 2]);
    }
}
