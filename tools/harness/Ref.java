import java.nio.file.Path;
import org.spikegraph.algorithms.allpairs.DistanceSummary;
import org.spikegraph.algorithms.conventional.PrimitiveMsBfs;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
public class Ref {
  public static void main(String[] a) throws Exception {
    CsrGraph g = GraphLoader.load(Path.of(a[0])).graph().unweighted();
    long t0 = System.nanoTime();
    DistanceSummary d = PrimitiveMsBfs.summary(g, Integer.parseInt(a[1]));
    long t1 = System.nanoTime();
    long reached = 0, sum = 0, max = 0; int n = g.vertexCount();
    for (int v = 0; v < n; v++) { reached += d.reached()[v]; sum += d.farness()[v]; if (d.eccentricity()[v] != DistanceSummary.INFINITE) max = Math.max(max, d.eccentricity()[v]); }
    System.out.printf("primitive MS-BFS: pairs %d, reachable pairs (incl. self) %d, sum of distances %d, max finite eccentricity %d, %.1f s wall%n", (long) n * n, reached, sum, max, (t1 - t0) / 1e9);
  }
}
