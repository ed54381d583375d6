import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.spikegraph.algorithms.conventional.PrimitiveDijkstra;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.shortestpath.ShortestPathCompiler;
import org.spikegraph.substrate.network.Network;

/**
 * The floor for a shortest-path wavefront: Dial's bucket queue written as a raw loop over the compiled network's
 * packed rows (a ring of int buckets, first spike times, updates counted once per target and step, as the engine
 * counts them), alternated with primitive Dijkstra from vertex 1 in one thread, thread CPU: 10 warm-up runs, then
 * min / median of 30. Usage: DialLoop graph.gr
 */
public class DialLoop {
  public static void main(String[] a) throws Exception {
    CsrGraph g = GraphLoader.load(Path.of(a[0])).graph();
    int s = g.indexOf(1);
    Network net = new ShortestPathCompiler(g).network();
    int[] rowStart = net.rowStartArray();
    long[] syn = net.synapseArray();
    int n = net.neuronCount();
    int ring = Integer.highestOneBit(net.maxDelay()) * 2;
    System.out.println("n " + n + " maxDelay " + net.maxDelay() + " ring " + ring);
    var bean = ManagementFactory.getThreadMXBean();
    long[] td = new long[30], tp = new long[30];
    for (int r = -10; r < 30; r++) {
      long t0 = bean.getCurrentThreadCpuTime();
      long[] first = new long[n];
      Arrays.fill(first, -1);
      long[] spiked = new long[(n + 63) >>> 6];
      int[][] slot = new int[ring][];
      int[] size = new int[ring];
      for (int q = 0; q < ring; q++) slot[q] = new int[8];
      slot[0][size[0]++] = s; // stimulus as a delivery at step 0
      long pending = 1, updates = 0, events = 0, spikes = 0;
      long[] touched = new long[(n + 63) >>> 6];
      for (long t = 0; pending > 0; t++) {
        int q = (int) (t & (ring - 1));
        int sz = size[q];
        if (sz == 0) continue;
        int[] sl = slot[q];
        pending -= sz;
        events += sz;
        for (int k = 0; k < sz; k++) {
          int i = sl[k];
          long bit = 1L << i;
          if ((touched[i >>> 6] & bit) == 0) { touched[i >>> 6] |= bit; updates++; }
          if ((spiked[i >>> 6] & bit) != 0) continue;
          spiked[i >>> 6] |= bit;
          first[i] = t;
          spikes++;
          for (int j = rowStart[i], e = rowStart[i + 1]; j < e; j++) {
            long y = syn[j];
            int target = Network.packedTarget(y);
            int qq = (int) ((t + Network.packedDelay(y)) & (ring - 1));
            int[] b = slot[qq];
            if (size[qq] == b.length) slot[qq] = b = Arrays.copyOf(b, b.length * 2);
            b[size[qq]++] = target;
            pending++;
          }
        }
        for (int k = 0; k < sz; k++) { int i = sl[k]; touched[i >>> 6] = 0; }
        size[q] = 0;
      }
      long t1 = bean.getCurrentThreadCpuTime();
      long[] d = PrimitiveDijkstra.distances(g, s);
      long t2 = bean.getCurrentThreadCpuTime();
      if (r >= 0) { td[r] = t1 - t0; tp[r] = t2 - t1; }
      if (r == -10) System.out.println("spikes " + spikes + " events " + events + " updates " + updates);
    }
    Arrays.sort(td); Arrays.sort(tp);
    System.out.printf("min / median: bucket queue %.1f / %.1f ms, Dijkstra %.1f / %.1f ms%n", td[0]/1e6, td[15]/1e6, tp[0]/1e6, tp[15]/1e6);
  }
}
