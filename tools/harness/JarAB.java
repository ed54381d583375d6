import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Same-process A/B of two builds: each jar gets its own class loader (with this harness's classes), and a "once"
 * class (LanesOnce, MsBfsOnce) is called alternately in each, round by round; thread CPU time, min / median, and the
 * ratio to the first. The once call returns {cpu ns, check value}; the check values are printed once per side.
 * Usage: JarAB harness-classes-dir jar1,jar2,... OnceClass graph rounds [sources]
 * (sources: the first k of SourceOrder.breadthFirst, or of the vertex ids for EventHopsOnce; default all).
 */
public class JarAB {
  public static void main(String[] a) throws Exception {
    Path classes = Path.of(a[0]);
    String[] jars = a[1].split(",");
    String once = a[2];
    String graph = a[3];
    int rounds = Integer.parseInt(a[4]);
    int sources = a.length > 5 ? Integer.parseInt(a[5]) : Integer.MAX_VALUE;
    Method[] m = new Method[jars.length];
    for (int j = 0; j < jars.length; j++) {
      URLClassLoader l = new URLClassLoader(new URL[] {Path.of(jars[j]).toUri().toURL(), classes.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      m[j] = l.loadClass(once).getMethod("once", String.class, int.class);
    }
    long[][] t = new long[jars.length][rounds];
    for (int r = -2; r < rounds; r++) {
      for (int j = 0; j < jars.length; j++) {
        long[] x = (long[]) m[j].invoke(null, graph, sources);
        if (r >= 0) t[j][r] = x[0];
        if (r == -2) System.out.println(jars[j] + ": check " + x[1]);
      }
    }
    double min0 = 0, med0 = 0;
    for (int j = 0; j < jars.length; j++) {
      long[] x = t[j].clone();
      Arrays.sort(x);
      double min = x[0] / 1e6, med = x[rounds / 2] / 1e6;
      if (j == 0) { min0 = min; med0 = med; }
      System.out.printf("%s: min %.1f median %.1f ms (÷ first %.2f / %.2f)%n", jars[j], min, med,
          min / min0, med / med0);
    }
  }
}
