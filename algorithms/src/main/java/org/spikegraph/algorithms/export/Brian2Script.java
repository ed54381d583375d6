package org.spikegraph.algorithms.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * Writes a circuit as a standalone Brian2 script (Python 3, numpy and Brian2 only) that runs it with
 * this project's step semantics and prints the readout's sum; {@code --first-spikes FILE} also writes
 * every neuron's first-spike step. The mapping, exact for every deterministic type:
 * <ul>
 *   <li>{@code dt} is one step (1 ms); time t is step t/dt.</li>
 *   <li>A synapse of delay d is a Brian2 synapse of delay (d &minus; 1)&middot;dt that adds its weight to
 *       an input buffer: Brian2 delivers after the threshold test of the step it arrives in, so the
 *       buffer is consumed by the next step's update, which is step t + d as here.</li>
 *   <li>The update (a {@code run_regularly} in the {@code groups} slot) is the model's steps 1 to 3:
 *       refractory neurons drop their input and count down; the others leak (none, full, arithmetic
 *       shift as {@code v - floor(v / 2^k)}, linear towards 0), add bias, input and stimulus current,
 *       and saturate at the declared width with {@code clip}. All values are integers held exactly in
 *       float64 (every sum is below 2^33).</li>
 *   <li>Threshold {@code v >= theta} or a forced spike, only for a non-refractory neuron; reset hard
 *       or soft (saturating); the refractory count restarts (&minus;1 latches a fire-once neuron).</li>
 *   <li>The stimulus is applied between runs of the network, each run ending at a stimulus step.</li>
 *   <li>Stop: the step limit exactly; watched neurons by cutting the first spikes after the step the
 *       condition first held; quiescence by running in chunks longer than the largest delay until a
 *       chunk ends with no spike in its last maxDelay steps, no stimulus left and every neuron at rest
 *       or latched (first spikes are then final; the run may go a little past the quiescent step).</li>
 * </ul>
 * Refused, naming the feature: stochastic firing ({@code fireChance < 2^16}), whose counter-based
 * draws Brian2's generator cannot reproduce.
 */
public final class Brian2Script {

    private Brian2Script() {}

    /** Refuses what Brian2 cannot run exactly, naming the feature and the neuron type. */
    public static void check(ExportedCircuit circuit) {
        for (int t = 0; t < circuit.network().types().size(); t++) {
            NeuronType type = circuit.network().types().get(t);
            if (type.stochastic()) {
                throw new IllegalArgumentException("brian2 export: neuron type " + t + " fires with probability "
                        + type.fireChance() + "/65536 from spikegraph's counter-based random draws (CounterRng),"
                        + " which Brian2's generator cannot reproduce: only deterministic circuits export to Brian2");
            }
        }
    }

    /** Writes the script to {@code out} (not closed). */
    public static void write(ExportedCircuit circuit, Writer out) throws IOException {
        check(circuit);
        Network net = circuit.network();
        int n = net.neuronCount();
        int m = net.synapseCount();
        StringBuilder s = new StringBuilder(1 << 16);
        s.append("#!/usr/bin/env python3\n");
        s.append("\"\"\"").append(circuit.problem()).append(" exported by spikegraph: ").append(n).append(" neurons, ")
                .append(m).append(" synapses, run with Brian2.\n\n");
        s.append("Usage: python3 THIS.py [--first-spikes FILE]  (prints the readout's sum; FILE gets 'neuron<TAB>step' lines)\n");
        s.append("Needs numpy and Brian2 (Debian: apt-get install python3-brian). Step semantics: docs/export.md.\n\"\"\"\n");
        s.append(PRELUDE);
        s.append("PROBLEM = '").append(circuit.problem().replaceAll("[^A-Za-z0-9 _-]", "_")).append("'\n");
        s.append("N = ").append(n).append('\n');
        s.append("# one row per neuron type: theta, soft reset, reset value, leak kind (0 none, 1 full, 2 shift, 3 linear),\n");
        s.append("# leak amount, bias, refractory (-1: fire once), smallest and largest potential\n");
        s.append("TYPES = np.array([\n");
        for (NeuronType t : net.types()) {
            s.append("    [").append(t.threshold()).append(", ").append(t.reset().isSoft() ? 1 : 0).append(", ")
                    .append(t.reset().value()).append(", ").append(t.leak().code()).append(", ").append(t.leak().amount())
                    .append(", ").append(t.bias()).append(", ").append(t.refractory()).append(", ").append(t.minPotential())
                    .append(", ").append(t.maxPotential()).append("],\n");
        }
        s.append("], dtype=np.float64).reshape(-1, 9)\n");
        long[] typeOf = new long[n];
        for (int i = 0; i < n; i++) {
            typeOf[i] = net.typeIndex(i);
        }
        s.append("TYPE_OF = ints('").append(pack(typeOf)).append("')\n");
        long[] src = new long[m];
        long[] tgt = new long[m];
        long[] w = new long[m];
        long[] d = new long[m];
        for (int a = 0; a < n; a++) {
            for (int j = net.outStart(a); j < net.outEnd(a); j++) {
                src[j] = a;
                tgt[j] = net.target(j);
                w[j] = net.weight(j);
                d[j] = net.delay(j);
            }
        }
        s.append("SRC = ints('").append(pack(src)).append("')\n");
        s.append("TGT = ints('").append(pack(tgt)).append("')\n");
        s.append("WEIGHT = ints('").append(pack(w)).append("')\n");
        s.append("DELAY = ints('").append(pack(d)).append("')\n");
        s.append("MAX_DELAY = ").append(net.maxDelay()).append('\n');
        Stimulus st = circuit.stimulus();
        long[] step = new long[st.size()];
        long[] neuron = new long[st.size()];
        long[] current = new long[st.size()];
        long[] forced = new long[st.size()];
        for (int e = 0; e < st.size(); e++) {
            step[e] = st.step(e);
            neuron[e] = st.neuron(e);
            current[e] = st.current(e);
            forced[e] = st.forced(e) ? 1 : 0;
        }
        s.append("STIM_STEP = ints('").append(pack(step)).append("')\n");
        s.append("STIM_NEURON = ints('").append(pack(neuron)).append("')\n");
        s.append("STIM_CURRENT = ints('").append(pack(current)).append("')\n");
        s.append("STIM_FORCED = ints('").append(pack(forced)).append("')\n");
        StopCondition stop = circuit.stop();
        s.append("MAX_STEPS = ").append(stop.maxSteps()).append('\n');
        s.append("QUIESCENCE = ").append(stop.quiescence() ? "True" : "False").append('\n');
        long[] watched = new long[stop.watched().length];
        int[] wa = stop.watched();
        for (int i = 0; i < wa.length; i++) {
            watched[i] = wa[i];
        }
        s.append("WATCHED = ints('").append(pack(watched)).append("')\n");
        s.append("ALL_WATCHED = ").append(stop.allWatched() ? "True" : "False").append('\n');
        Readout r = circuit.readout();
        long[] rn = new long[r.size()];
        for (int i = 0; i < rn.length; i++) {
            rn[i] = r.neuron(i);
        }
        s.append("QUANTITY = '").append(r.quantity()).append("'\n");
        s.append("READ_NEURONS = ints('").append(pack(rn)).append("')\n");
        s.append("READ_OFFSET = ").append(r.offset()).append('\n');
        s.append("READ_DIVISOR = ").append(r.divisor()).append('\n');
        s.append(MAIN);
        out.write(s.toString());
    }

    /** Writes the script to the file {@code out}. */
    public static void write(ExportedCircuit circuit, Path out) throws IOException {
        check(circuit);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(circuit, w);
        }
    }

    /** Little-endian int64s, zlib-compressed, base64: what the script's {@code ints()} reads. */
    static String pack(long[] values) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            buf.putLong(v);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_COMPRESSION))) {
            z.write(buf.array());
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static final String PRELUDE = """
            import base64
            import sys
            import time
            import zlib

            import numpy as np
            from brian2 import NeuronGroup, Synapses, SpikeMonitor, Network, defaultclock, prefs, ms

            prefs.codegen.target = 'numpy'  # no C++ compiler needed
            defaultclock.dt = 1 * ms        # one step


            def ints(packed):
                return np.frombuffer(zlib.decompress(base64.b64decode(packed)), dtype='<i8').astype(np.int64)


            """;

    private static final String MAIN = """


            def main(argv):
                started = time.perf_counter()
                per = TYPES[TYPE_OF] if N > 0 else np.zeros((0, 9))
                group = NeuronGroup(N, '''
                    v : 1
                    inp : 1
                    ext : 1
                    forced_at : 1
                    act : 1
                    rc : 1
                    theta : 1 (constant)
                    soft : 1 (constant)
                    vreset : 1 (constant)
                    lk : 1 (constant)
                    la : 1 (constant)
                    bias : 1 (constant)
                    refr : 1 (constant)
                    vmin : 1 (constant)
                    vmax : 1 (constant)
                    ''', threshold='act > 0.5 and (v >= theta or abs(t / dt - forced_at) < 0.5)',
                    reset='''
                    v = soft * clip(v - theta, vmin, vmax) + (1 - soft) * vreset
                    rc = refr
                    ''', name='neurons')
                for k, name in enumerate(['theta', 'soft', 'vreset', 'lk', 'la', 'bias', 'refr', 'vmin', 'vmax']):
                    setattr(group, name, per[:, k])
                group.forced_at = -1
                # steps 1-3 of the model: refractory neurons drop input and count down; others leak, integrate, saturate
                group.run_regularly('''
                    act = int(rc == 0)
                    vl = v * int(lk == 0) + (v - floor(v / 2.0 ** la)) * int(lk == 2) + (int(v > 0) * clip(v - la, 0, abs(v)) + int(v < 0) * clip(v + la, -abs(v), 0)) * int(lk == 3)
                    v = act * clip(vl + bias + inp + ext, vmin, vmax) + (1 - act) * v
                    rc = rc - int(rc > 0)
                    inp = 0
                    ext = 0
                    ''', when='groups')
                objects = [group]
                if len(SRC) > 0:
                    syn = Synapses(group, group, 'w : 1', on_pre='inp_post += w', name='synapses')
                    syn.connect(i=SRC, j=TGT)
                    syn.w = WEIGHT
                    syn.delay = (DELAY - 1) * ms  # delivered after this step's threshold test: used at step t + d
                    objects.append(syn)
                monitor = SpikeMonitor(group, name='spikes')
                objects.append(monitor)
                net = Network(*objects)
                built = time.perf_counter()

                first = np.full(N, -1, dtype=np.int64)
                seen = 0

                def collect():
                    nonlocal seen
                    idx = np.asarray(monitor.i[seen:], dtype=np.int64)
                    steps = np.rint(np.asarray(monitor.t[seen:] / ms)).astype(np.int64)
                    seen += len(idx)
                    new = first[idx] < 0
                    for i, s in zip(idx[new], steps[new]):
                        if first[i] < 0:
                            first[i] = s
                    return steps

                def at_rest():
                    v = np.asarray(group.v[:])
                    rc = np.asarray(group.rc[:])
                    lk = per[:, 3]
                    la = per[:, 4]
                    vl = np.where(lk == 0, v, 0.0)
                    vl = np.where(lk == 2, v - np.floor(v / 2.0 ** la), vl)
                    vl = np.where(lk == 3, np.where(v > 0, np.maximum(v - la, 0), np.minimum(v + la, 0)), vl)
                    drift = np.clip(vl + per[:, 5], per[:, 7], per[:, 8])
                    return bool(np.all((rc == -1) | ((rc == 0) & (v < per[:, 0]) & (drift == v))))

                chunk = max(MAX_DELAY + 1, 4096)
                stim_steps = np.unique(STIM_STEP)
                now = 0            # the next step to run
                stop_step = None   # the step a watch condition first held
                reason = 'step limit'
                simulated = 0.0
                while now < MAX_STEPS:
                    here = STIM_STEP == now
                    if here.any():
                        group.ext[STIM_NEURON[here]] = STIM_CURRENT[here]  # stimulus current at this step (one entry per neuron)
                        forced = STIM_NEURON[here][STIM_FORCED[here] == 1]
                        if len(forced):
                            group.forced_at[forced] = now
                    later = stim_steps[stim_steps > now]
                    end = min(MAX_STEPS, now + chunk, int(later[0]) if len(later) else MAX_STEPS)
                    t0 = time.perf_counter()
                    net.run((end - now) * defaultclock.dt)
                    simulated += time.perf_counter() - t0
                    now = end
                    steps = collect()
                    if len(WATCHED):
                        w = first[WATCHED]
                        if (ALL_WATCHED and (w >= 0).all()) or (not ALL_WATCHED and (w >= 0).any()):
                            stop_step = int(w.max() if ALL_WATCHED else w[w >= 0].min())
                            reason = 'watched neurons spiked'
                            break
                    if QUIESCENCE and not len(later) and not (steps >= now - MAX_DELAY).any() and at_rest():
                        reason = 'quiescent'
                        break
                if stop_step is not None:
                    first[first > stop_step] = -1

                values = first[READ_NEURONS]
                reached = values >= 0
                total = int(((values[reached] - READ_OFFSET) // READ_DIVISOR).sum())
                print(f'{PROBLEM}: {N} neurons, {len(SRC)} synapses; stopped: {reason} after {now} steps run')
                print(f'spiked: {int((first >= 0).sum())} of {N} neurons; readout: {int(reached.sum())} of {len(READ_NEURONS)} reached')
                print(f'sum of {QUANTITY}s: {total} ({total:,})')
                print(f'brian2 time: build {built - started:.3f} s, simulate {simulated:.3f} s, total {time.perf_counter() - started:.3f} s')
                if '--first-spikes' in argv:
                    with open(argv[argv.index('--first-spikes') + 1], 'w') as out:
                        for i in np.nonzero(first >= 0)[0]:
                            out.write(f'{i}\\t{first[i]}\\n')
                return 0


            if __name__ == '__main__':
                sys.exit(main(sys.argv[1:]))
            """;
}
