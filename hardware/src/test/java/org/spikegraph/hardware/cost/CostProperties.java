package org.spikegraph.hardware.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.spikegraph.hardware.placement.Placement;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import org.spikegraph.hardware.profile.Timing;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/** Monotonicity and the price of idle steps, on every profile. */
class CostProperties {

    /**
     * Threshold gates (full leak, threshold 1, positive weights) spike at t exactly when some input
     * arrives at t: their activity is monotone in the stimulus, so more forced spikes give a superset
     * of (neuron, step) updates, events, spikes and messages. The chain of neurons keeps
     * TrueNorth's one-target-core rule: each source reaches neurons of its own 64-block.
     */
    static Network gates(HardwareProfile p, int n, Dice dice) {
        NetworkBuilder b = Network.builder();
        int first = b.neurons(NeuronType.builder().threshold(1).leak(Leak.full()).potentialBits(16).build(), n);
        int maxDelay = Math.min(p.limits().maxDelay(), 12);
        for (int s = 0; s < n; s++) {
            int d = dice.between(1, maxDelay);
            int block = (s / 64) * 64;
            for (int k = 0, out = dice.between(0, 3); k < out; k++) {
                int t = Math.min(n - 1, block + dice.between(0, 63));
                b.synapse(first + s, first + t, dice.between(1, 3), d);
            }
        }
        return b.build();
    }

    @Seeded(40)
    void moreActivityNeverCostsLess(long seed) {
        Dice dice = new Dice(seed);
        HardwareProfile p = Profiles.byName(dice.pick(Profiles.NAMES));
        int n = dice.between(2, 400);
        Network net = gates(p, n, dice);
        Stimulus.Builder few = Stimulus.builder();
        Stimulus.Builder more = Stimulus.builder();
        for (int k = 0; k < 5; k++) {
            int v = dice.between(0, n - 1);
            long t = dice.between(0, 29);
            few.spike(v, t);
            more.spike(v, t);
        }
        for (int k = 0; k < 10; k++) {
            more.spike(dice.between(0, n - 1), dice.between(0, 29));
        }
        StopCondition stop = StopCondition.afterSteps(60);
        CostModel m = new CostModel(p);
        Placement pl = Placement.place(net, p);
        Projection a = m.project(net, pl, few.build(), stop, 7);
        Projection b = m.project(net, pl, more.build(), stop, 7);
        assertThat(b.stepsSpanned()).isEqualTo(a.stepsSpanned());
        assertThat(b.breakdown().get("count.spikes")).isGreaterThanOrEqualTo(a.breakdown().get("count.spikes"));
        assertThat(b.seconds()).isGreaterThanOrEqualTo(a.seconds() * (1 - 1e-12));
        assertThat(b.secondsHigh()).isGreaterThanOrEqualTo(a.secondsHigh() * (1 - 1e-12));
        assertThat(b.joules()).isGreaterThanOrEqualTo(a.joules() * (1 - 1e-12));
        assertThat(b.joulesHigh()).isGreaterThanOrEqualTo(a.joulesHigh() * (1 - 1e-12));
    }

    /**
     * Running k more steps after the activity has died costs, per extra step, exactly the barrier
     * (or the tick) plus the idle work of the fullest core in time, and idle updates of every neuron
     * plus static power in energy.
     */
    @Seeded(40)
    void idleStepsCostBarrierIdleUpdatesAndStaticPower(long seed) {
        Dice dice = new Dice(seed);
        HardwareProfile p = Profiles.byName(dice.pick(Profiles.NAMES));
        int n = dice.between(1, 300);
        int extra = dice.between(1, 5000);
        Network net = gates(p, n, dice);
        // feed-forward only (targets above the source) so the activity ends: keep synapses s -> t with t > s
        NetworkBuilder fb = Network.builder();
        int first = fb.neurons(net.types().get(0), n);
        net.forEachSynapse((s, t, w, d) -> {
            if (t > s) {
                fb.synapse(first + s, first + t, w, d);
            }
        });
        Network ff = fb.build();
        long base = (long) n * 12 + 20; // longer than any chain of delays
        Stimulus stim = Stimulus.spikes(0, 0);
        CostModel m = new CostModel(p);
        Placement pl = Placement.place(ff, p);
        Projection a = m.project(ff, pl, stim, StopCondition.afterSteps(base), 3);
        Projection b = m.project(ff, pl, stim, StopCondition.afterSteps(base + extra), 3);
        int maxOnCore = 0;
        for (int c = 0; c < pl.cores(); c++) {
            maxOnCore = Math.max(maxOnCore, pl.neuronsOn(c));
        }
        for (int k = 0; k < p.sets().size(); k++) {
            Timing t = p.sets().get(k).timing();
            var e = p.sets().get(k).energy();
            double barrier = t.barrier(pl.tilesUsed(), pl.chips(), p.mesh().tilesPerChip());
            double step = maxOnCore * t.neuronIdle().or(0) + barrier;
            if (t.tick().present()) {
                step = Math.max(step, t.tick().value());
            }
            String pre = k == 0 ? "" : "[" + p.sets().get(k).name() + "] ";
            double ta = a.breakdown().get(pre + "time.work") + a.breakdown().get(pre + "time.barrier")
                    + a.breakdown().getOrDefault(pre + "time.tickPadding", 0.0);
            double tb = b.breakdown().get(pre + "time.work") + b.breakdown().get(pre + "time.barrier")
                    + b.breakdown().getOrDefault(pre + "time.tickPadding", 0.0);
            assertThat(tb - ta).isCloseTo(extra * step, offset(1e-9 * Math.max(1e-9, tb)));
            double idleE = e.allIn() ? 0 : (double) extra * n * e.neuronIdle().or(0);
            double staticE = e.staticPowerPerChip().or(0) * (tb - ta) * pl.chips();
            final boolean primary = k == 0;
            double ea = a.breakdown().entrySet().stream().filter(x -> x.getKey().startsWith(pre + "energy.")
                    && (!primary || !x.getKey().startsWith("["))).mapToDouble(java.util.Map.Entry::getValue).sum();
            double eb = b.breakdown().entrySet().stream().filter(x -> x.getKey().startsWith(pre + "energy.")
                    && (!primary || !x.getKey().startsWith("["))).mapToDouble(java.util.Map.Entry::getValue).sum();
            assertThat(eb - ea).isCloseTo(idleE + staticE, offset(1e-9 * Math.max(1e-12, eb)));
        }
        assertThat(b.stepsSpanned() - a.stepsSpanned()).isEqualTo(extra);
        assertThat(b.breakdown().get("count.synapticEvents")).isEqualTo(a.breakdown().get("count.synapticEvents"));
    }
}
