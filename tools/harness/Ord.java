import java.nio.file.Path;
import java.lang.management.*;
import org.spikegraph.algorithms.allpairs.LaneDistances;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
public class Ord {
  public static void main(String[] a) throws Exception {
    CsrGraph g = GraphLoader.load(Path.of(a[0])).graph().unweighted();
    int[] off = g.offsets(); int n = g.vertexCount(); int count = Integer.parseInt(a[1]);
    // BFS order over out-arcs, restarting at unvisited vertices
    int[] order = new int[n]; boolean[] seen = new boolean[n]; int head = 0, tail = 0;
    for (int r = 0; r < n; r++) { if (seen[r]) continue; seen[r] = true; order[tail++] = r;
      while (head < tail) { int u = order[head++]; for (int j = off[u]; j < off[u+1]; j++) { int v = g.target(j); if (!seen[v]) { seen[v] = true; order[tail++] = v; } } } }
    int[] natural = new int[count]; int[] bfs = new int[count]; int[] rnd = new int[count];
    java.util.Random R = new java.util.Random(1);
    for (int k = 0; k < count; k++) { natural[k] = k * (n / count); bfs[k] = order[k * (n / count)]; }
    // bfs-grouped: consecutive blocks of 64 in BFS order, blocks spread over the graph
    int[] grouped = new int[count];
    for (int b = 0; b < count / 64; b++) for (int i = 0; i < 64; i++) grouped[b*64+i] = order[(b * (n / (count/64)) + i) % n];
    LaneDistances l = LaneDistances.hops(g, 1);
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    int[] idBlocks = new int[count];
    for (int b = 0; b < count / 64; b++) for (int i = 0; i < 64; i++) idBlocks[b*64+i] = (b * (n / (count/64)) + i) % n;
    int[][] sets = {idBlocks, grouped}; String[] names = {"consecutive ids", "BFS-grouped"};
    for (int r = 0; r < 3; r++) for (int s = 0; s < 2; s++) {
      long[] sum = {0}; long c0 = bean.getCurrentThreadCpuTime();
      l.forEachSource(sets[s], (src, d) -> { long x = 0; for (long v : d) x += v; synchronized (sum) { sum[0] += x; } });
      long c1 = bean.getCurrentThreadCpuTime();
      System.out.printf("%s: %.1f ms cpu, %.2f M pairs/s%n", names[s], (c1-c0)/1e6, (double) count * n / ((c1-c0)/1e9) / 1e6);
    }
  }
}
