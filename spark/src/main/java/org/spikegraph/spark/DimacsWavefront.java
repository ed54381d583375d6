package org.spikegraph.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The SSSP wavefront of {@code ShortestPathCompiler} (one fire-once neuron of threshold 1 per
 * vertex, one synapse of weight 1 and delay w per arc of integer weight w &ge; 1, none for
 * self-loops) built straight from a DIMACS {@code .gr} file by the executors, partition by partition,
 * so the driver never holds the graph: any path Spark reads ({@code hdfs://}, {@code s3a://},
 * {@code file:}). Vertex id k is neuron k - 1.
 */
final class DimacsWavefront {

    private DimacsWavefront() {}

    /** The vertex count of the file's {@code p sp n m} line. */
    static int vertexCount(JavaRDD<String> lines, String path) {
        List<String> problem = lines.filter(l -> l.startsWith("p ")).take(1);
        if (problem.isEmpty()) {
            throw new IllegalArgumentException(path + ": no 'p sp n m' line: not a DIMACS shortest-path file");
        }
        String[] f = problem.get(0).trim().split("\\s+");
        long n = f.length >= 4 ? Long.parseLong(f[2]) : -1;
        if (n < 1 || n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(path + ": '" + problem.get(0) + "': the vertex count must be in 1.."
                    + (Integer.MAX_VALUE - 8));
        }
        return (int) n;
    }

    /** The slices of the wavefront network, one per partition, built where the lines are. */
    static JavaRDD<Slice> slices(JavaSparkContext sc, String path, int n, int parts) {
        int chunk = Slice.chunk(n, parts);
        JavaRDD<int[]> arcs = sc.textFile(path, parts).filter(l -> l.startsWith("a ")).map(l -> {
            String[] f = l.trim().split("\\s+");
            long u = f.length == 4 ? Long.parseLong(f[1]) : 0;
            long v = f.length == 4 ? Long.parseLong(f[2]) : 0;
            long w = f.length == 4 ? Long.parseLong(f[3]) : 0;
            if (u < 1 || u > n || v < 1 || v > n) {
                throw new IllegalArgumentException(path + ": '" + l + "': expected 'a u v w' with ids in 1.." + n);
            }
            if (w < 1 || w > 0xFFFE) {
                throw new IllegalArgumentException(path + ": '" + l + "': weight " + w + " is not a delay in 1..65534;"
                        + " load the graph on the driver (spikegraph solve sssp --graph) for other weights");
            }
            return new int[] {(int) u - 1, (int) v - 1, (int) w};
        }).filter(a -> a[0] != a[1]);
        HashPartitioner byPartition = new HashPartitioner(parts);
        JavaPairRDD<Integer, int[]> out = arcs.mapToPair(a -> new Tuple2<>(a[0] / chunk, a)).partitionBy(byPartition);
        JavaPairRDD<Integer, int[]> in = arcs.mapToPair(a -> new Tuple2<>(a[1] / chunk, a)).partitionBy(byPartition);
        return out.zipPartitions(in, (outgoing, incoming) -> List.of(slice(TaskContext.getPartitionId(), n, chunk,
                outgoing, incoming)).iterator());
    }

    private static Slice slice(int p, int n, int chunk, Iterator<Tuple2<Integer, int[]>> outgoing,
                               Iterator<Tuple2<Integer, int[]>> incoming) {
        int lo = (int) Math.min(n, (long) p * chunk);
        int count = (int) Math.min(n, (long) lo + chunk) - lo;
        List<int[]> arcs = new ArrayList<>();
        outgoing.forEachRemaining(t -> arcs.add(t._2()));
        int[] rowStart = new int[count + 1];
        for (int[] a : arcs) {
            rowStart[a[0] - lo + 1]++;
        }
        for (int i = 0; i < count; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] fill = Arrays.copyOf(rowStart, count);
        int[] target = new int[arcs.size()];
        int[] delay = new int[arcs.size()];
        int[] weight = new int[arcs.size()];
        Arrays.fill(weight, 1);
        for (int[] a : arcs) {
            int j = fill[a[0] - lo]++;
            target[j] = a[1];
            delay[j] = a[2];
        }
        int[] minCrossIn = new int[count];
        Arrays.fill(minCrossIn, Slice.NO_INPUT);
        incoming.forEachRemaining(t -> {
            int[] a = t._2();
            if (a[0] / chunk != p) {
                minCrossIn[a[1] - lo] = Math.min(minCrossIn[a[1] - lo], a[2]);
            }
        });
        return new Slice(lo, count, new short[count], rowStart, target, delay, weight, minCrossIn);
    }
}
