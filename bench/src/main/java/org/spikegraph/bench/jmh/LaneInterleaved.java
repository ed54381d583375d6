package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link LaneBenchmark}'s closeness methods (five, and two before/after variants) alternated round by round in one process, so that
 * all see the same load on a shared machine. With 1 thread every method runs on the calling thread
 * and is timed in thread CPU time; the wall time and the process CPU time (all threads, GC and JIT
 * included) of each are reported too: with more threads the wall time is the figure, and the
 * process CPU time shows whether the threads do more work than one (the machine's load makes wall
 * times noisy). Every round checks that the sums of closeness are equal, and that the
 * methods other than JGraphT give the same sums of farness and harmonic centrality (within a relative
 * 1e-12: harmonic sums are added per vertex or per distance).
 * Reports the minimum and median per method after a warm-up round, and each method's ratio to the
 * lanes. An optional fourth argument names the methods to run, comma-separated (default all).
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/benchmarks.jar org.spikegraph.bench.jmh.LaneInterleaved
 * ../shared/data/snap/CA-GrQc.txt 1 5}.
 */
public final class LaneInterleaved {

    private LaneInterleaved() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/snap/CA-GrQc.txt");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String only = args.length > 3 ? args[3] : "lanes,event,jgrapht,msBfs,dijkstra,lanesRows,msBfsRows";
        String[] names = ClosenessMethods.NAMES;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        try (ClosenessMethods m = new ClosenessMethods(file, threads)) {
            int k = names.length;
            long[][] cpu = new long[k][rounds];
            long[][] wall = new long[k][rounds];
            long[][] process = new long[k][rounds];
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            boolean[] on = new boolean[k];
            for (int i = 0; i < k; i++) {
                on[i] = Arrays.asList(only.split(",")).contains(names[i]);
            }
            for (int r = 0; r <= rounds; r++) { // round 0 warms up
                double expected = Double.NaN;
                double expectedCheck = Double.NaN;
                for (int i = 0; i < k; i++) {
                    if (!on[i]) {
                        continue;
                    }
                    long p0 = os.getProcessCpuTime();
                    long c0 = bean.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    double sum = m.run(i);
                    long w1 = System.nanoTime();
                    long c1 = bean.getCurrentThreadCpuTime();
                    long p1 = os.getProcessCpuTime();
                    if (!Double.isNaN(expected) && sum != expected) {
                        throw new AssertionError("sums of closeness differ: " + names[i] + " " + sum + ", first " + expected);
                    }
                    expected = sum;
                    if (!names[i].equals("jgrapht")) {
                        // harmonic sums added per vertex or per distance differ in the last bits
                        if (!Double.isNaN(expectedCheck)
                                && Math.abs(m.check - expectedCheck) > 1e-12 * Math.abs(expectedCheck)) {
                            throw new AssertionError("sums of farness and harmonic centrality differ: " + names[i] + " "
                                    + m.check + ", first " + expectedCheck);
                        }
                        expectedCheck = m.check;
                    }
                    if (r > 0) {
                        cpu[i][r - 1] = c1 - c0;
                        wall[i][r - 1] = w1 - w0;
                        process[i][r - 1] = p1 - p0;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: %,d vertices, %,d arcs, %d thread(s), %d rounds after 1 warm-up;"
                    + " ms min / median%n", file, m.csr.vertexCount(), m.csr.arcCount(), threads, rounds);
            double[] lanesMin = {min(cpu[0]), min(wall[0])};
            double[] lanesMed = {median(cpu[0]), median(wall[0])};
            for (int i = 0; i < k; i++) {
                if (!on[i]) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "  %-9s %s %9.1f / %9.1f   wall %9.1f / %9.1f   process cpu %9.1f / %9.1f"
                                + "   / lanes: %s %.2fx (min) %.2fx (median), wall %.2fx / %.2fx%n", names[i],
                        threads == 1 ? "cpu " : "main-thread cpu", min(cpu[i]) / 1e6, median(cpu[i]) / 1e6,
                        min(wall[i]) / 1e6, median(wall[i]) / 1e6, min(process[i]) / 1e6, median(process[i]) / 1e6,
                        threads == 1 ? "cpu" : "(cpu n/a)", min(cpu[i]) / lanesMin[0], median(cpu[i]) / lanesMed[0],
                        min(wall[i]) / lanesMin[1], median(wall[i]) / lanesMed[1]);
            }
        }
    }

    private static double min(long[] x) {
        return Arrays.stream(x).min().orElse(0);
    }

    private static double median(long[] x) {
        long[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
