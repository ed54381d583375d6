package org.spikegraph.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.io.LoadOptions;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;

/**
 * Peak heap of compiling (and running) the shortest-path circuit of a graph, measured from the heap
 * pools' peak usage: load the graph, collect garbage, reset the peaks, compile, read the peaks.
 * Run it with a small heap to show the figure is real:
 * {@code java -Xmx100m -cp bench/target/benchmarks.jar org.spikegraph.bench.jmh.CompileFootprint ../shared/data/road/rome-roads.gr}.
 */
public final class CompileFootprint {

    private CompileFootprint() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/road/rome-roads.gr");
        CsrGraph graph = GraphLoader.load(file, null, new LoadOptions(false, false)).graph();
        long before = settledHeap();
        resetPeaks();
        Network network = new ShortestPathCompiler(graph).network();
        long compilePeak = peakHeap();
        long networkBytes = network.bytes();
        resetPeaks();
        long sum = new ShortestPathCompiler(graph).singleSource(0).run(new EventEngine(), 0).answer().sumDistance();
        long runPeak = peakHeap();
        System.out.printf(Locale.ROOT, "%s: %,d vertices, %,d arcs (max heap %,d MiB)%n", file, graph.vertexCount(),
                graph.arcCount(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "  heap in use after loading the graph: %,.1f MiB%n", before / 1048576.0);
        System.out.printf(Locale.ROOT, "  peak heap while compiling:           %,.1f MiB (network arrays %,.1f MiB)%n",
                compilePeak / 1048576.0, networkBytes / 1048576.0);
        System.out.printf(Locale.ROOT, "  peak heap while compiling + running + decoding: %,.1f MiB (sum of distances %,d)%n",
                runPeak / 1048576.0, sum);
    }

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        settledHeap();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
