package org.spikegraph.hardware.placement;

import java.util.Arrays;
import org.spikegraph.hardware.profile.CoreLimits;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.substrate.network.Network;

/** The greedy packer behind {@link Placement#place}. */
final class Placer {

    private final Network net;
    private final HardwareProfile profile;
    private final int n;
    private final int[] inStart;
    private final int[] inSource;
    private final int[] indeg;
    private final int[] target;

    Placer(Network net, HardwareProfile profile) {
        this.net = net;
        this.profile = profile;
        this.n = net.neuronCount();
        int[] rowStart = net.rowStartArray();
        target = net.targets();
        indeg = new int[n];
        for (int t : target) {
            indeg[t]++;
        }
        inStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            inStart[i + 1] = inStart[i] + indeg[i];
        }
        inSource = new int[target.length];
        int[] fill = Arrays.copyOf(inStart, n);
        for (int s = 0; s < n; s++) {
            for (int j = rowStart[s]; j < rowStart[s + 1]; j++) {
                inSource[fill[target[j]]++] = s;
            }
        }
    }

    Placement run(Placement.Order order, Placement.Layout layout) {
        int[] seq = order == Placement.Order.BFS ? bfsOrder() : identity();
        // units: single neurons, or groups that must share a core (one target core per neuron)
        int[] unitStart;
        int[] unitMember;
        if (profile.core().oneTargetCore()) {
            int[][] g = groups(seq);
            unitStart = g[0];
            unitMember = g[1];
        } else {
            unitStart = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                unitStart[i] = i;
            }
            unitMember = seq;
        }
        CoreLimits lim = profile.core();
        int maxN = lim.maxNeurons();
        long maxSyn = lim.maxSynapses();
        int maxAx = lim.maxInputAxons();
        long maxOut = lim.maxOutputCoreEdges();
        int[] coreOf = new int[n];
        int[] srcStamp = new int[n];   // core + 1 that already has source s as an axon
        int[] tentStamp = new int[n];  // unit + 1 that counted source s tentatively
        int cap = 16;
        int[] neuronsOn = new int[cap];
        long[] synOn = new long[cap];
        int[] axOn = new int[cap];
        long[] outBound = new long[cap];
        int core = 0;
        int units = unitStart.length - 1;
        for (int u = 0; u < units; u++) {
            int a = unitStart[u];
            int b = unitStart[u + 1];
            for (int attempt = 0; ; attempt++) {
                int newAx = 0;
                long syn = 0;
                long out = 0;
                for (int k = a; k < b; k++) {
                    int v = unitMember[k];
                    syn += indeg[v];
                    out += net.outDegree(v);
                    for (int j = inStart[v]; j < inStart[v + 1]; j++) {
                        int s = inSource[j];
                        if (srcStamp[s] != core + 1 && tentStamp[s] != u + 1 + attempt * units) {
                            tentStamp[s] = u + 1 + attempt * units;
                            newAx++;
                        }
                    }
                }
                // reset the tentative stamps' meaning by using a fresh key per attempt (above)
                int cnt = b - a;
                boolean fits = neuronsOn[core] + cnt <= maxN && synOn[core] + syn <= maxSyn
                        && axOn[core] + newAx <= maxAx && outBound[core] + Math.min(out, (long) cnt * Integer.MAX_VALUE) <= maxOut;
                if (fits) {
                    neuronsOn[core] += cnt;
                    synOn[core] += syn;
                    axOn[core] += newAx;
                    outBound[core] += out;
                    for (int k = a; k < b; k++) {
                        int v = unitMember[k];
                        coreOf[v] = core;
                        for (int j = inStart[v]; j < inStart[v + 1]; j++) {
                            srcStamp[inSource[j]] = core + 1;
                        }
                    }
                    break;
                }
                if (neuronsOn[core] == 0) {
                    throw new IllegalArgumentException(describeUnit(unitMember, a, b) + " needs " + cnt + " neurons, " + syn
                            + " synapses, " + newAx + " input axons and up to " + out + " output core-edges on one core; a "
                            + profile.name() + " core allows " + maxN + " neurons, " + fmt(maxSyn) + " synapses, " + fmt(maxAx)
                            + " input axons, " + fmt(maxOut) + " output core-edges: legalize it first (fan-in/fan-out trees)");
                }
                core++;
                if (core == cap) {
                    cap *= 2;
                    neuronsOn = Arrays.copyOf(neuronsOn, cap);
                    synOn = Arrays.copyOf(synOn, cap);
                    axOn = Arrays.copyOf(axOn, cap);
                    outBound = Arrays.copyOf(outBound, cap);
                }
            }
        }
        int cores = n == 0 ? 0 : core + 1;
        // exact output core-edges: distinct target cores per neuron
        int[] outEdges = new int[Math.max(cores, 1)];
        int[] seen = new int[Math.max(cores, 1)];
        Arrays.fill(seen, -1);
        int[] rowStart = net.rowStartArray();
        for (int s = 0; s < n; s++) {
            for (int j = rowStart[s]; j < rowStart[s + 1]; j++) {
                int c = coreOf[target[j]];
                if (seen[c] != s) {
                    seen[c] = s;
                    outEdges[coreOf[s]]++;
                }
            }
        }
        return Placement.of(profile, layout, coreOf, cores, Arrays.copyOf(neuronsOn, Math.max(cores, 1)),
                Arrays.copyOf(synOn, Math.max(cores, 1)), Arrays.copyOf(axOn, Math.max(cores, 1)), outEdges);
    }

    private static String fmt(long v) {
        return v >= Integer.MAX_VALUE ? "unlimited" : Long.toString(v);
    }

    private static String describeUnit(int[] member, int a, int b) {
        return b - a == 1 ? "neuron " + member[a]
                : "the " + (b - a) + " neurons that share a source with neuron " + member[a] + " (one target core per neuron)";
    }

    private int[] identity() {
        int[] seq = new int[n];
        for (int i = 0; i < n; i++) {
            seq[i] = i;
        }
        return seq;
    }

    /** Breadth-first over synapses in both directions, restarting at the lowest unvisited id. */
    private int[] bfsOrder() {
        int[] seq = new int[n];
        boolean[] seen = new boolean[n];
        int[] rowStart = net.rowStartArray();
        int head = 0;
        int tail = 0;
        for (int r = 0; r < n; r++) {
            if (seen[r]) {
                continue;
            }
            seen[r] = true;
            seq[tail++] = r;
            while (head < tail) {
                int v = seq[head++];
                for (int j = rowStart[v]; j < rowStart[v + 1]; j++) {
                    int t = target[j];
                    if (!seen[t]) {
                        seen[t] = true;
                        seq[tail++] = t;
                    }
                }
                for (int j = inStart[v]; j < inStart[v + 1]; j++) {
                    int s = inSource[j];
                    if (!seen[s]) {
                        seen[s] = true;
                        seq[tail++] = s;
                    }
                }
            }
        }
        return seq;
    }

    /** Groups of neurons that must share a core: the targets of each neuron, joined transitively. */
    private int[][] groups(int[] seq) {
        int[] parent = identity();
        int[] rowStart = net.rowStartArray();
        for (int s = 0; s < n; s++) {
            for (int j = rowStart[s] + 1; j < rowStart[s + 1]; j++) {
                union(parent, target[rowStart[s]], target[j]);
            }
        }
        int[] size = new int[n];
        int[] firstPos = new int[n];
        Arrays.fill(firstPos, -1);
        for (int p = 0; p < n; p++) {
            int r = find(parent, seq[p]);
            size[r]++;
            if (firstPos[r] < 0) {
                firstPos[r] = p;
            }
        }
        // units in the order their first member appears in seq
        int units = 0;
        int[] unitOfRoot = new int[n];
        int[] unitStart = new int[n + 1];
        for (int p = 0; p < n; p++) {
            int r = find(parent, seq[p]);
            if (firstPos[r] == p) {
                unitOfRoot[r] = units;
                unitStart[units + 1] = unitStart[units] + size[r];
                units++;
            }
        }
        int[] fill = Arrays.copyOf(unitStart, units);
        int[] member = new int[n];
        for (int p = 0; p < n; p++) {
            int v = seq[p];
            member[fill[unitOfRoot[find(parent, v)]]++] = v;
        }
        return new int[][] {Arrays.copyOf(unitStart, units + 1), member};
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
