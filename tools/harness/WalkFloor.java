import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import org.spikegraph.algorithms.circuit.Circuit;
import org.spikegraph.algorithms.conventional.MonteCarloPageRank;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.io.GraphLoader;
import org.spikegraph.algorithms.randomwalk.PageRankCompiler;
import org.spikegraph.algorithms.randomwalk.PageRankEstimate;
import org.spikegraph.algorithms.validation.PageRankValidator;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronRules;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.random.CounterRng;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * How fast could any engine walk PageRank's walkers through the circuit? Three hand-written loops that do only a
 * circuit's own work, timed beside the event engine and the plain loop ({@code MonteCarloPageRank}), alternated, thread
 * CPU, min / median after a warm-up quarter:
 * <ul>
 *   <li><b>floor</b>: the {@code PageRankCompiler} network (binary routing trees of one-bit stochastic neurons), a
 *       ring of per-slot accumulators and touched lists, each neuron that received input or is not at rest updated
 *       once per step with the engine's counter generator for its draw; specialised to what this network uses (bias 0,
 *       refractory 0, leak NONE or FULL, reset to 0 or soft, currents as stimulus). It must give the engine's spike,
 *       event and update counts for the same seed, so it is the same run;</li>
 *   <li><b>compact floor</b>: the same loop with each neuron's potential, accumulators, marks and row start in one
 *       32-byte record and each synapse in one long (same counts, checked);</li>
 *   <li><b>router floor</b>: the compact loop on a circuit with a neuron type the model does not have, a router whose
 *       spike goes to one of its synapses chosen uniformly by one draw; its end counts are checked against JGraphT's
 *       PageRank (every vertex inside its Chernoff interval, &delta; = 10^-3 in all).</li>
 * </ul>
 * Usage: {@code javac -cp bench/target/benchmarks.jar -d /tmp/hz tools/harness/*.java; java -Xms2g -Xmx2g -cp
 * bench/target/benchmarks.jar:/tmp/hz WalkFloor ../shared/data/snap/email-Eu-core.txt 100 16}
 */
public class WalkFloor {

  public static void main(String[] args) throws Exception {
    CsrGraph g = GraphLoader.load(Path.of(args[0])).graph();
    int walkers = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Circuit<PageRankEstimate> c = new PageRankCompiler(g, 0.85).walks(walkers);
    Floor f = new Floor(c.network(), c.stimulus());
    Compact f2 = new Compact(c.network(), c.stimulus());
    EventEngine engine = new EventEngine();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] te = new long[rounds], tf = new long[rounds], tl = new long[rounds], tc = new long[rounds];
    long steps = 0;
    for (int r = 0; r < rounds; r++) {
      long seed = r + 1;
      long t0 = cpu.getCurrentThreadCpuTime();
      Run run = engine.run(c.network(), c.stimulus(), c.stop(), c.recording(), seed);
      long t1 = cpu.getCurrentThreadCpuTime();
      f.run(seed);
      long t2 = cpu.getCurrentThreadCpuTime();
      MonteCarloPageRank.Result loop = MonteCarloPageRank.run(g, 0.85, walkers, seed);
      long t3 = cpu.getCurrentThreadCpuTime();
      f2.run(seed);
      long t4 = cpu.getCurrentThreadCpuTime();
      te[r] = t1 - t0; tf[r] = t2 - t1; tl[r] = t3 - t2; tc[r] = t4 - t3;
      if (f2.spikes != f.spikes || f2.events != f.events || f2.updates != f.updates) {
        throw new IllegalStateException("compact floor differs: " + f2.spikes + " " + f2.events + " " + f2.updates);
      }
      var a = run.activity();
      if (a.spikes() != f.spikes || a.synapticEvents() != f.events || a.neuronUpdates() != f.updates) {
        throw new IllegalStateException("floor differs from the engine: spikes " + a.spikes() + "/" + f.spikes + ", events "
            + a.synapticEvents() + "/" + f.events + ", updates " + a.neuronUpdates() + "/" + f.updates);
      }
      steps = loop.walkerSteps();
    }
    router(g, walkers, rounds, cpu);
    int from = rounds / 4;
    Arrays.sort(tc, from, rounds);
    Arrays.sort(te, from, rounds); Arrays.sort(tf, from, rounds); Arrays.sort(tl, from, rounds);
    int mid = (from + rounds) / 2;
    System.out.printf("engine min %.1f median %.1f ms; floor min %.1f median %.1f ms; plain loop min %.1f median %.1f ms "
        + "(%d walker steps); floor / loop %.2f (min) %.2f (median); engine / floor %.2f (min) %.2f (median)%n",
        te[from] / 1e6, te[mid] / 1e6, tf[from] / 1e6, tf[mid] / 1e6, tl[from] / 1e6, tl[mid] / 1e6, steps,
        tf[from] / (double) tl[from], tf[mid] / (double) tl[mid], te[from] / (double) tf[from], te[mid] / (double) tf[mid]);
    System.out.printf("compact floor min %.1f median %.1f ms; compact / loop %.2f (min) %.2f (median)%n",
        tc[from] / 1e6, tc[mid] / 1e6, tc[from] / (double) tl[from], tc[mid] / (double) tl[mid]);
  }

  /**
   * PageRank's end-point estimator on a circuit that has a router neuron R_u per vertex, whose spike goes to one of its
   * synapses chosen uniformly (a neuron type the model does not have): E_u (queue) excites C_u (continue, chance d)
   * and X_u (end, delay 2), C_u inhibits X_u and excites R_u, R_u routes to the entry of one out-neighbour; a
   * dangling u's C_u feeds the teleport queue, whose router reaches every entry. Timed beside the plain loop.
   */
  static void router(CsrGraph g, int walkers, int rounds, ThreadMXBean cpu) {
    int n = g.vertexCount();
    NeuronType queue = NeuronType.builder().threshold(1).reset(Reset.soft()).build();
    NeuronType cont = NeuronType.builder().threshold(1).leak(Leak.full())
        .fireChance((int) Math.round(0.85 * NeuronType.ALWAYS)).build();
    NeuronType end = NeuronType.builder().threshold(1).leak(Leak.full()).build();
    NeuronType route = end.toBuilder().potentialBits(31).build();
    var b = Network.builder();
    for (int u = 0; u < n; u++) { b.neuron(queue); b.neuron(cont); b.neuron(end); b.neuron(route); }
    int te = b.neuron(queue), tr = b.neuron(route);
    for (int u = 0; u < n; u++) {
      int e = 4 * u;
      b.synapse(e, e + 1, 1, 1).synapse(e, e + 2, 1, 2).synapse(e + 1, e + 2, -1, 1);
      boolean dangling = true;
      for (int a = g.outStart(u); a < g.outEnd(u); a++) {
        if (g.weight(a) > 0) dangling = false;
      }
      b.synapse(e + 1, dangling ? te : e + 3, 1, 1);
      for (int a = g.outStart(u); a < g.outEnd(u); a++) {
        if (g.weight(a) > 0) b.synapse(e + 3, 4 * g.target(a), 1, 1);
      }
    }
    b.synapse(te, tr, 1, 1);
    for (int v = 0; v < n; v++) b.synapse(tr, 4 * v, 1, 1);
    Network net = b.build();
    var st = Stimulus.builder();
    for (int u = 0; u < n; u++) st.current(4 * u, 0, walkers);
    Compact f = new Compact(net, st.build());
    f.routerType = net.typeIndex(tr);
    long[] tf = new long[rounds], tl = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long seed = r + 1;
      long t0 = cpu.getCurrentThreadCpuTime();
      f.run(seed);
      long t1 = cpu.getCurrentThreadCpuTime();
      MonteCarloPageRank.run(g, 0.85, walkers, seed);
      long t2 = cpu.getCurrentThreadCpuTime();
      tf[r] = t1 - t0; tl[r] = t2 - t1;
    }
    long[] ends = new long[n];
    for (int u = 0; u < n; u++) ends[u] = f.count[4 * u + 2];
    Validation v = PageRankValidator.validate(PageRankEstimate.fromEnds(g, 0.85, ends), 1e-3);
    long steps = 0;
    for (int u = 0; u < n; u++) steps += f.count[4 * u];
    steps -= (long) walkers * n;
    int from = rounds / 4;
    Arrays.sort(tf, from, rounds); Arrays.sort(tl, from, rounds);
    int mid = (from + rounds) / 2;
    System.out.printf("router circuit: %d neurons; %d walker steps; per walker step %.2f spikes, %.2f events, %.2f updates; "
        + "agrees with JGraphT: %s%n", net.neuronCount(), steps, f.spikes / (double) steps, f.events / (double) steps,
        f.updates / (double) steps, v.agrees());
    System.out.printf("router floor min %.1f median %.1f ms; plain loop min %.1f median %.1f ms; router floor / loop %.2f (min) %.2f (median)%n",
        tf[from] / 1e6, tf[mid] / 1e6, tl[from] / 1e6, tl[mid] / 1e6, tf[from] / (double) tl[from], tf[mid] / (double) tl[mid]);
  }

  /** The per-type constants both floors read, for the class of types they handle (checked). */
  static final class Types {
    final int[] thr, chance;
    final boolean[] soft, full;

    Types(Network net) {
      int t = net.types().size();
      thr = new int[t]; chance = new int[t]; soft = new boolean[t]; full = new boolean[t];
      for (int k = 0; k < t; k++) {
        NeuronType ty = net.types().get(k);
        if (ty.bias() != 0 || ty.refractory() != 0 || (!ty.reset().isSoft() && ty.reset().value() != 0)
            || ty.leak().code() > 1) {
          throw new IllegalArgumentException("not a floor's class of types (bias 0, refractory 0, reset to 0 or soft, "
              + "leak NONE or FULL): " + ty);
        }
        thr[k] = ty.threshold(); chance[k] = ty.fireChance(); soft[k] = ty.reset().isSoft(); full[k] = ty.leak().code() == 1;
      }
    }

    /** Whether neuron i with fire chance ch, at or over its threshold, fires at the step: its draw, as the engines make it. */
    static boolean draws(int ch, int i, long seedTerm, long stepTerm) {
      return ch == NeuronType.ALWAYS
          || NeuronRules.drawFires((int) (CounterRng.bitsFromTerms(seedTerm, i, stepTerm) >>> 48), ch);
    }

    /** Whether a neuron of threshold th left at x is at rest (NeuronType.restsAt for this class of types). */
    static boolean rests(int x, int th, boolean full) {
      return x < th && (!full || x == 0);
    }
  }

  static final class Floor {
    final int n, ring, mask;
    final int[] thr, chance, rowStart, tgt, wt, dl;
    final boolean[] soft, full;
    final short[] type;
    final int[] v;
    final int[][] acc;
    final int[][] list;
    final int[] listCount;
    final boolean[][] mark;
    int[] live, nextLive;
    int liveCount;
    final boolean[] inLive;
    final Stimulus stim;
    long spikes, events, updates;

    Floor(Network net, Stimulus stim) {
      this.stim = stim;
      n = net.neuronCount();
      Types k = new Types(net);
      thr = k.thr; chance = k.chance; soft = k.soft; full = k.full;
      type = net.typeOfArray();
      rowStart = new int[n + 1];
      int m = net.synapseCount();
      tgt = new int[m]; wt = new int[m]; dl = new int[m];
      for (int i = 0; i < n; i++) {
        rowStart[i] = net.outStart(i);
        for (int s = net.outStart(i); s < net.outEnd(i); s++) { tgt[s] = net.target(s); wt[s] = net.weight(s); dl[s] = net.delay(s); }
      }
      rowStart[n] = m;
      ring = Integer.highestOneBit(net.maxDelay()) * 2;
      mask = ring - 1;
      acc = new int[ring][n]; list = new int[ring][n]; listCount = new int[ring]; mark = new boolean[ring][n];
      v = new int[n]; live = new int[n]; nextLive = new int[n]; inLive = new boolean[n];
    }

    void run(long seed) {
      Arrays.fill(v, 0);
      spikes = events = updates = 0;
      liveCount = 0;
      long seedTerm = CounterRng.seedTerm(seed);
      int k = 0;
      for (long t = 0; ; t++) {
        while (k < stim.size() && stim.step(k) == t) {
          if (stim.forced(k)) throw new IllegalArgumentException("forced stimulus");
          add((int) (t & mask), stim.neuron(k), (int) stim.current(k));
          k++;
        }
        int s = (int) (t & mask);
        int cnt = listCount[s];
        int[] l = list[s]; int[] a = acc[s]; boolean[] mk = mark[s];
        long stepTerm = CounterRng.stepTerm(t);
        int nl = 0;
        // neurons with input this step
        for (int j = 0; j < cnt; j++) {
          int i = l[j];
          mk[i] = false;
          int in = a[i];
          a[i] = 0;
          inLive[i] = false;
          nl = update(i, in, seedTerm, stepTerm, t, nl);
        }
        listCount[s] = 0;
        // live neurons without input
        for (int j = 0; j < liveCount; j++) {
          int i = live[j];
          if (!inLive[i]) continue; // had input, done above
          inLive[i] = false;
          nl = update(i, 0, seedTerm, stepTerm, t, nl);
        }
        int[] sw = live; live = nextLive; nextLive = sw; liveCount = nl;
        for (int j = 0; j < nl; j++) inLive[live[j]] = true;
        if (nl == 0 && pendingEvents() == 0 && k >= stim.size()) break;
      }
    }

    long pendingEvents() {
      long p = 0;
      for (int c : listCount) p += c;
      return p;
    }

    void add(int slot, int i, int w) {
      if (!mark[slot][i]) { mark[slot][i] = true; list[slot][listCount[slot]++] = i; }
      acc[slot][i] += w;
    }

    int update(int i, int in, long seedTerm, long stepTerm, long t, int nl) {
      updates++;
      int ty = type[i];
      int x = (full[ty] ? 0 : v[i]) + in;
      int th = thr[ty];
      if (x >= th && Types.draws(chance[ty], i, seedTerm, stepTerm)) {
        spikes++;
        x = soft[ty] ? x - th : 0;
        for (int s = rowStart[i], e = rowStart[i + 1]; s < e; s++) {
          add((int) ((t + dl[s]) & mask), tgt[s], wt[s]);
          events++;
        }
      }
      v[i] = x;
      if (!Types.rests(x, th, full[ty])) nextLive[nl++] = i;
      return nl;
    }
  }

  /** The same loop with each neuron's state, accumulators and row start in one 32-byte record, synapses packed in one long. */
  static final class Compact {
    static final int STRIDE = 8, V = 0, TYPE = 1, MARK = 2, ROW = 3, ACC = 4;
    final int n;
    final int[] rec;
    final long[] syn;
    final int[] thr, chance;
    final boolean[] soft, full;
    final int[][] list = new int[4][];
    final int[] listCount = new int[4];
    int[] live, nextLive;
    int liveCount;
    final Stimulus stim;
    long spikes, events, updates;
    /** Spikes per neuron. */
    final long[] count;
    /** The type whose spike goes along one of its synapses, chosen uniformly (-1: none). */
    int routerType = -1;

    Compact(Network net, Stimulus stim) {
      if (net.maxDelay() > 3) throw new IllegalArgumentException("delays up to 3 only");
      this.stim = stim;
      n = net.neuronCount();
      count = new long[n];
      Types k = new Types(net);
      thr = k.thr; chance = k.chance; soft = k.soft; full = k.full;
      rec = new int[(n + 1) * STRIDE];
      syn = new long[net.synapseCount()];
      for (int i = 0; i < n; i++) {
        rec[i * STRIDE + TYPE] = net.typeIndex(i);
        rec[i * STRIDE + ROW] = net.outStart(i);
        for (int s = net.outStart(i); s < net.outEnd(i); s++) {
          syn[s] = ((long) net.target(s) << 32) | ((net.weight(s) & 0xFFFFL) << 16) | net.delay(s);
        }
      }
      rec[n * STRIDE + ROW] = net.synapseCount();
      for (int s = 0; s < 4; s++) list[s] = new int[n];
      live = new int[n]; nextLive = new int[n];
    }

    void run(long seed) {
      for (int i = 0; i < n; i++) rec[i * STRIDE + V] = 0;
      Arrays.fill(count, 0);
      spikes = events = updates = 0;
      liveCount = 0;
      long seedTerm = CounterRng.seedTerm(seed);
      int k = 0;
      for (long t = 0; ; t++) {
        int s = (int) (t & 3);
        while (k < stim.size() && stim.step(k) == t) { add(s, stim.neuron(k), (int) stim.current(k)); k++; }
        long stepTerm = CounterRng.stepTerm(t);
        int nl = 0;
        int[] l = list[s];
        int cnt = listCount[s];
        int bit = 1 << s;
        for (int j = 0; j < cnt; j++) {
          int i = l[j];
          int b = i * STRIDE;
          rec[b + MARK] = (rec[b + MARK] & ~bit) | 16; // 16: updated this step
          int in = rec[b + ACC + s];
          rec[b + ACC + s] = 0;
          nl = update(i, b, in, seedTerm, stepTerm, t, nl);
        }
        listCount[s] = 0;
        for (int j = 0; j < liveCount; j++) {
          int i = live[j], b = i * STRIDE;
          if ((rec[b + MARK] & 16) != 0) continue;
          nl = update(i, b, 0, seedTerm, stepTerm, t, nl);
        }
        for (int j = 0; j < cnt; j++) rec[l[j] * STRIDE + MARK] &= ~16;
        int[] sw = live; live = nextLive; nextLive = sw; liveCount = nl;
        if (nl == 0 && listCount[0] + listCount[1] + listCount[2] + listCount[3] == 0 && k >= stim.size()) break;
      }
    }

    void add(int slot, int i, int w) {
      int b = i * STRIDE;
      int m = rec[b + MARK];
      if ((m & (1 << slot)) == 0) { rec[b + MARK] = m | (1 << slot); list[slot][listCount[slot]++] = i; }
      rec[b + ACC + slot] += w;
    }

    int update(int i, int b, int in, long seedTerm, long stepTerm, long t, int nl) {
      updates++;
      int ty = rec[b + TYPE];
      boolean fl = full[ty];
      int x = (fl ? 0 : rec[b + V]) + in;
      int th = thr[ty];
      if (x >= th && Types.draws(chance[ty], i, seedTerm, stepTerm)) {
        spikes++;
        count[i]++;
        x = soft[ty] ? x - th : 0;
        int from = rec[b + ROW], end = rec[b + STRIDE + ROW];
        if (ty == routerType) { // one synapse, uniform: a multi-valued draw (a router never draws to fire)
          long u = CounterRng.bitsFromTerms(seedTerm, i, stepTerm) >>> 32;
          from += (int) ((u * (end - from)) >>> 32);
          end = from + 1;
        }
        for (int s = from; s < end; s++) {
          long y = syn[s];
          add((int) ((t + (y & 0xFFFF)) & 3), (int) (y >>> 32), (short) (y >>> 16));
        }
        events += end - from;
      }
      rec[b + V] = x;
      if (!Types.rests(x, th, fl)) nextLive[nl++] = i;
      return nl;
    }

  }
}
