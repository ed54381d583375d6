package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.Recording;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.run.Run;
import org.spikegraph.substrate.run.SpikeRaster;
import org.spikegraph.substrate.run.StopReason;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.EngineAgreement;
import org.spikegraph.substrate.testing.NetSpec;
import org.spikegraph.substrate.testing.NetSpecShrinker;
import org.spikegraph.substrate.testing.RandomNetworks;
import org.spikegraph.substrate.testing.Seeded;
import org.spikegraph.substrate.testing.Seeds;

/**
 * The event engine reports exactly the reference engine's run on random networks
 * ({@link EngineAgreement#assertSameRun}). A failing seed reports its re-run command and the
 * counterexample shrunk by {@link NetSpecShrinker}, as Java source ({@link NetSpec#toString()}).
 */
class EngineEquivalenceProperties {

    private static final int CASES = 1000;

    @Seeded(CASES)
    void eventEngineEqualsReference(long seed) {
        NetSpecShrinker.check(RandomNetworks.networks(new Dice(seed)), EngineAgreement::assertSameRun);
    }

    /** Few neurons, mostly long delays and long step limits: the event engine must skip time exactly. */
    @Seeded(300)
    void eventEngineEqualsReferenceAcrossSkippedTime(long seed) {
        NetSpecShrinker.check(RandomNetworks.sparseInTime(new Dice(seed)), EngineAgreement::assertSameRun);
    }

    /** Many spikes a step with long rows: the event engine copies them without per-event checks. */
    @Seeded(500)
    void eventEngineEqualsReferenceWhenBusy(long seed) {
        NetSpecShrinker.check(RandomNetworks.busy(new Dice(seed)), EngineAgreement::assertSameRun);
    }

    /**
     * Wavefronts (the shortest-path circuits' shape): every neuron a fire-once threshold latch of one
     * type, the event engine's one-type latch loop, with input that keeps arriving at latched
     * neurons; {@link #wavefrontsAreBusyInTime} checks that these runs are busy.
     */
    @Seeded(400)
    void eventEngineEqualsReferenceOnWavefronts(long seed) {
        NetSpecShrinker.check(wavefront(new Dice(seed)), EngineAgreement::assertSameRun);
    }

    /**
     * A random wavefront: 1..300 latches of one type (threshold 1..2), 1..4 synapses per neuron of
     * weight 1..3 (-1 for a tenth) and delay 1..60 (a few beyond the event engine's ring), forced spikes and currents
     * on a few neurons in steps 0..20, stopping on quiescence, a step limit, or watched neurons.
     */
    static NetSpec wavefront(Dice dice) {
        int n = dice.between(1, 300);
        NeuronType latch = NeuronType.latch(dice.between(1, 2));
        java.util.List<NetSpec.Syn> synapses = new java.util.ArrayList<>();
        for (int k = dice.between(n, 4 * n); k > 0; k--) {
            int delay = dice.chance(0.02) ? dice.between(4096, 6000) : dice.between(1, 60);
            synapses.add(new NetSpec.Syn(dice.between(0, n - 1), dice.between(0, n - 1), dice.chance(0.1) ? -1 : dice.between(1, 3), delay));
        }
        java.util.List<NetSpec.Stim> stimulus = new java.util.ArrayList<>();
        for (int k = dice.between(1, 4); k > 0; k--) {
            boolean forced = dice.chance(0.8);
            stimulus.add(new NetSpec.Stim(dice.between(0, n - 1), dice.between(0L, 20L), forced, forced ? 0 : dice.between(1, 3)));
        }
        int[] watched = dice.chance(0.2) ? new int[] {dice.between(0, n - 1)} : new int[0];
        long maxSteps = dice.chance(0.2) ? dice.between(1L, 200L) : 1_000_000L;
        return new NetSpec(java.util.List.of(latch), new int[n], synapses, stimulus, maxSteps, true, watched,
                dice.chance(0.5), dice.between(0L, 1000L));
    }

    /** The wavefronts of {@link #eventEngineEqualsReferenceOnWavefronts} spike and keep input in consecutive steps. */
    @Test
    void wavefrontsAreBusyInTime() throws Exception {
        int busy = 0;
        EventEngine engine = new EventEngine();
        String name = getClass().getName() + "#" + getClass()
                .getDeclaredMethod("eventEngineEqualsReferenceOnWavefronts", long.class).getName();
        for (long seed : Seeds.derive(name, 400).toArray()) {
            NetSpec spec = wavefront(new Dice(seed));
            Run run = engine.run(spec.network(), spec.stim(), spec.stop(), Recording.none(), spec.seed());
            busy += run.activity().spikes() >= 20 && run.activity().activeSteps() >= 10 ? 1 : 0;
        }
        assertThat(busy).as("runs with >= 20 spikes over >= 10 active steps").isGreaterThanOrEqualTo(100);
    }

    /**
     * Wavefronts of latches of several types (a network of latches only): the event engine's
     * latch delivery on sparse steps, its general word update, and dense steps in the same runs.
     */
    @Seeded(300)
    void eventEngineEqualsReferenceOnMixedLatchWavefronts(long seed) {
        NetSpecShrinker.check(latchWavefront(new Dice(seed), false), EngineAgreement::assertSameRun);
    }

    /**
     * A random network of latches only: 1..3 latch types (threshold 1..3) assigned at random to
     * 1..1,500 neurons, 1..4 synapses per neuron of weight -1..4 (several weights: 4-byte events
     * with weight bits) and delay 1..3 (a small ring, wrapped many times) or 1..40, a few beyond the
     * ring in small networks; fan-in bursts (one hub row reaching up to a fifth of the neurons at
     * one delay: many events in one step); forced spikes and currents on a few neurons in steps
     * 0..20; stopping on quiescence, a step limit, or watched neurons. {@code firing}: every weight
     * from the largest threshold up (one weight, or several), and currents of 0 or at least the
     * neuron's threshold, but for a tenth of the networks below it (a potential left non-zero).
     */
    static NetSpec latchWavefront(Dice dice, boolean firing) {
        int n = dice.between(1, dice.chance(0.5) ? 200 : 1500);
        java.util.List<NeuronType> types = new java.util.ArrayList<>();
        int maxThreshold = 0;
        for (int k = dice.between(1, 3); k > 0; k--) {
            int threshold = dice.between(1, 3);
            types.add(NeuronType.latch(threshold));
            maxThreshold = Math.max(maxThreshold, threshold);
        }
        int[] typeOf = new int[n];
        for (int i = 0; i < n; i++) {
            typeOf[i] = dice.between(0, types.size() - 1);
        }
        int maxDelay = dice.chance(0.3) ? 3 : 40;
        int minWeight = firing ? maxThreshold : -1;
        int maxWeight = !firing ? 4 : dice.chance(0.5) ? maxThreshold : maxThreshold + 3;
        java.util.List<NetSpec.Syn> synapses = new java.util.ArrayList<>();
        for (int k = dice.between(n, 4 * n); k > 0; k--) {
            int delay = n <= 200 && dice.chance(0.02) ? dice.between(4096, 6000) : dice.between(1, maxDelay);
            synapses.add(new NetSpec.Syn(dice.between(0, n - 1), dice.between(0, n - 1),
                    dice.between(minWeight, maxWeight), delay));
        }
        if (dice.chance(0.5)) {
            int hub = dice.between(0, n - 1);
            int delay = dice.between(1, maxDelay);
            for (int k = dice.between(1, Math.max(1, n / 5)); k > 0; k--) {
                int target = dice.between(0, n - 1);
                synapses.add(new NetSpec.Syn(hub, target, firing ? maxThreshold : dice.between(1, 4), delay));
            }
        }
        java.util.List<NetSpec.Stim> stimulus = new java.util.ArrayList<>();
        boolean below = firing && dice.chance(0.1);
        for (int k = dice.between(1, 4); k > 0; k--) {
            if (!firing) {
                boolean forced = dice.chance(0.8);
                stimulus.add(new NetSpec.Stim(dice.between(0, n - 1), dice.between(0L, 20L), forced,
                        forced ? 0 : dice.between(1, 3)));
                continue;
            }
            int neuron = dice.between(0, n - 1);
            int threshold = types.get(typeOf[neuron]).threshold();
            boolean forced = dice.chance(0.6);
            int current = forced ? 0
                    : below ? dice.between(-2, threshold - 1) : dice.chance(0.2) ? 0 : dice.between(threshold, 5);
            stimulus.add(new NetSpec.Stim(neuron, dice.between(0L, 20L), forced, current));
        }
        int[] watched = dice.chance(0.2) ? new int[] {dice.between(0, n - 1)} : new int[0];
        long maxSteps = dice.chance(0.2) ? dice.between(1L, 200L) : 1_000_000L;
        return new NetSpec(types, typeOf, synapses, stimulus, maxSteps, true, watched,
                dice.chance(0.5), dice.between(0L, 1000L));
    }

    /**
     * The networks of {@link #eventEngineEqualsReferenceOnMixedLatchWavefronts} have several types,
     * and runs that take both a sparse step (events, at least one, at most the update set's words)
     * and a dense one (more events than words), wrap a small ring, and deliver far events.
     */
    @Test
    void latchWavefrontsReachSparseAndDenseSteps() throws Exception {
        int mixed = 0;
        int switching = 0;
        int wrapped = 0;
        int far = 0;
        EventEngine engine = new EventEngine();
        String name = getClass().getName() + "#" + getClass()
                .getDeclaredMethod("eventEngineEqualsReferenceOnMixedLatchWavefronts", long.class).getName();
        for (long seed : Seeds.derive(name, 300).toArray()) {
            NetSpec spec = latchWavefront(new Dice(seed), false);
            Run run = engine.run(spec.network(), spec.stim(), spec.stop(), Recording.none().withSeries(), spec.seed());
            mixed += spec.types().size() > 1 ? 1 : 0;
            int words = FixedBitSet.wordsFor(spec.typeOf().length);
            var series = run.activity().series();
            boolean sparse = false;
            boolean dense = false;
            for (int k = 0; k < series.size(); k++) {
                long events = series.synapticEvents(k);
                sparse |= events >= 1 && events <= words;
                dense |= events > words;
            }
            switching += sparse && dense ? 1 : 0;
            int maxDelay = spec.synapses().stream().mapToInt(NetSpec.Syn::delay).max().orElse(0);
            wrapped += maxDelay <= 3 && run.stepsSpanned() > 16 && run.activity().spikes() >= 10 ? 1 : 0;
            far += maxDelay >= 4096 && run.stepsSpanned() > 4096 ? 1 : 0;
        }
        assertThat(mixed).as("networks of 2 or 3 latch types").isGreaterThanOrEqualTo(100);
        assertThat(switching).as("runs with sparse and dense steps").isGreaterThanOrEqualTo(50);
        assertThat(wrapped).as("runs over a ring of 4 slots, past 16 steps").isGreaterThanOrEqualTo(20);
        assertThat(far).as("runs delivering beyond the ring").isGreaterThanOrEqualTo(3);
    }

    /**
     * Wavefronts in which every arrival fires (the shortest-path circuits: latches whose hard reset gives
     * 0, every weight at least every threshold): without a raster the event engine takes their steps
     * without a stimulus entry in arrival order ({@link EventEngine#firesOnArrival}).
     */
    @Seeded(400)
    void eventEngineEqualsReferenceOnWavefrontsThatFireOnArrival(long seed) {
        NetSpecShrinker.check(latchWavefront(new Dice(seed), true), EngineAgreement::assertSameRun);
    }

    /**
     * Most networks of {@link #eventEngineEqualsReferenceOnWavefrontsThatFireOnArrival} take steps in
     * arrival order, busy ones among them, over a small ring and beyond the ring; some do not (a
     * current below a threshold), and a weight below some threshold turns the path off.
     */
    @Test
    void wavefrontsThatFireOnArrivalReachTheirCases() throws Exception {
        int firing = 0;
        int busy = 0;
        int wrapped = 0;
        int far = 0;
        int general = 0;
        EventEngine engine = new EventEngine();
        String name = getClass().getName() + "#" + getClass()
                .getDeclaredMethod("eventEngineEqualsReferenceOnWavefrontsThatFireOnArrival", long.class).getName();
        for (long seed : Seeds.derive(name, 400).toArray()) {
            NetSpec spec = latchWavefront(new Dice(seed), true);
            if (!EventEngine.firesOnArrival(spec.network(), spec.stim())) {
                general++;
                continue;
            }
            firing++;
            Run run = engine.run(spec.network(), spec.stim(), spec.stop(), Recording.none(), spec.seed());
            busy += run.activity().spikes() >= 100 && run.activity().activeSteps() >= 10 ? 1 : 0;
            int maxDelay = spec.synapses().stream().mapToInt(NetSpec.Syn::delay).max().orElse(0);
            wrapped += maxDelay <= 3 && run.stepsSpanned() > 16 && run.activity().spikes() >= 10 ? 1 : 0;
            far += maxDelay >= 4096 && run.stepsSpanned() > 4096 ? 1 : 0;
        }
        assertThat(firing).as("networks that fire on arrival").isGreaterThanOrEqualTo(300);
        assertThat(general).as("networks with a current below a threshold").isGreaterThanOrEqualTo(10);
        assertThat(busy).as("busy runs that fire on arrival").isGreaterThanOrEqualTo(100);
        assertThat(wrapped).as("runs over a ring of 4 slots, past 16 steps").isGreaterThanOrEqualTo(20);
        assertThat(far).as("runs delivering beyond the ring").isGreaterThanOrEqualTo(3);

        var builder = Network.builder();
        builder.neurons(NeuronType.latch(2), 2);
        Network weak = builder.synapse(0, 1, 1, 1).build();
        assertThat(EventEngine.firesOnArrival(weak, org.spikegraph.substrate.stimulus.Stimulus.spikes(0, 0)))
                .as("a weight below a threshold").isFalse();
    }

    /** The same check on more networks, for -Pslow. */
    @Seeded(8000)
    @Tag("slow")
    void eventEngineEqualsReferenceMany(long seed) {
        NetSpecShrinker.check(RandomNetworks.networks(new Dice(seed)), EngineAgreement::assertSameRun);
    }

    /**
     * The 1,000 networks of {@link #eventEngineEqualsReference} reach the cases that matter: every
     * stop reason, busy runs (&ge; 1,000 spikes) and long ones (&ge; 5,000 steps), delays beyond the
     * event engine's ring, every leak and reset kind, fire-once latches, refractory periods,
     * stochastic, never-firing and always-firing types. A generator that lost one fails here.
     */
    @Test
    void generatorsCoverTheCasesThatMatter() throws Exception {
        Set<StopReason> reasons = EnumSet.noneOf(StopReason.class);
        Set<Leak.Kind> leaks = EnumSet.noneOf(Leak.Kind.class);
        Set<Reset.Kind> resets = EnumSet.noneOf(Reset.Kind.class);
        int busy = 0;
        int silent = 0;
        int long_ = 0;
        int farDelays = 0;
        int fireOnce = 0;
        int refractory = 0;
        int stochastic = 0;
        int never = 0;
        int hardNonZero = 0;
        int bigNetworks = 0;
        int oneNeuron = 0;
        EventEngine engine = new EventEngine();
        String name = getClass().getName() + "#" + getClass().getDeclaredMethod("eventEngineEqualsReference", long.class).getName();
        for (long seed : Seeds.derive(name, CASES).toArray()) {
            NetSpec spec = RandomNetworks.networks(new Dice(seed));
            Run run = engine.run(spec.network(), spec.stim(), spec.stop(), Recording.none(), spec.seed());
            reasons.add(run.stopReason());
            busy += run.activity().spikes() >= 1000 ? 1 : 0;
            silent += run.activity().spikes() == 0 ? 1 : 0;
            long_ += run.stepsSpanned() >= 5000 ? 1 : 0;
            farDelays += spec.synapses().stream().anyMatch(s -> s.delay() >= Calendar.MAX_RING) ? 1 : 0;
            bigNetworks += spec.neuronCount() == 60 ? 1 : 0;
            oneNeuron += spec.neuronCount() == 1 ? 1 : 0;
            for (int t : spec.typeOf()) {
                NeuronType type = spec.types().get(t);
                leaks.add(type.leak().kind());
                resets.add(type.reset().kind());
                fireOnce += type.firesOnce() ? 1 : 0;
                refractory += type.refractory() > 0 ? 1 : 0;
                stochastic += type.stochastic() && type.fireChance() > 0 ? 1 : 0;
                never += type.fireChance() == 0 ? 1 : 0;
                hardNonZero += !type.reset().isSoft() && type.reset().value() != 0 ? 1 : 0;
            }
        }
        assertThat(reasons).as("stop reasons").containsExactlyInAnyOrder(StopReason.values());
        assertThat(leaks).as("leak kinds").containsExactlyInAnyOrder(Leak.Kind.values());
        assertThat(resets).as("reset kinds").containsExactlyInAnyOrder(Reset.Kind.values());
        assertThat(busy).as("runs with >= 1000 spikes").isGreaterThanOrEqualTo(50);
        assertThat(silent).as("runs without a spike").isGreaterThanOrEqualTo(20);
        assertThat(long_).as("runs spanning >= 5000 steps").isGreaterThanOrEqualTo(20);
        assertThat(farDelays).as("networks with a delay beyond the ring").isGreaterThanOrEqualTo(100);
        assertThat(bigNetworks).as("networks of the largest size").isGreaterThanOrEqualTo(20);
        assertThat(oneNeuron).as("networks of one neuron").isGreaterThanOrEqualTo(40);
        assertThat(fireOnce).as("FIRE_ONCE neurons").isGreaterThanOrEqualTo(1000);
        assertThat(refractory).as("neurons with a refractory period").isGreaterThanOrEqualTo(1000);
        assertThat(stochastic).as("stochastic neurons").isGreaterThanOrEqualTo(1000);
        assertThat(never).as("neurons that never fire on their own").isGreaterThanOrEqualTo(1000);
        assertThat(hardNonZero).as("neurons with a hard reset to a non-zero value").isGreaterThanOrEqualTo(1000);
    }

    /**
     * The 500 networks of {@link #eventEngineEqualsReferenceWhenBusy} reach the event engine's
     * unchecked row copy: steps with at least 4 spiking rows holding at least 4 events per ring slot
     * they can reach (the condition in {@code EventEngine.scheduleFired}, recomputed here from the
     * spikes), in a run that also has steps below it.
     */
    @Test
    void busyGeneratorReachesTheUncheckedCopy() throws Exception {
        int unchecked = 0;
        int mixed = 0;
        int bigSteps = 0;
        EventEngine engine = new EventEngine();
        String name = getClass().getName() + "#" + getClass()
                .getDeclaredMethod("eventEngineEqualsReferenceWhenBusy", long.class).getName();
        for (long seed : Seeds.derive(name, 500).toArray()) {
            NetSpec spec = RandomNetworks.busy(new Dice(seed));
            Network net = spec.network();
            Run run = engine.run(net, spec.stim(), spec.stop(), Recording.none().withRaster(), spec.seed());
            Calendar calendar = new Calendar(net.maxDelay(), true);
            int window = calendar.window();
            assertThat(calendar.ringOnly(net.maxDelay())).isTrue();
            SpikeRaster raster = run.raster();
            int above = 0;
            int below = 0;
            for (int k = 0; k < raster.size(); ) {
                long step = raster.step(k);
                int rows = 0;
                long events = 0;
                for (; k < raster.size() && raster.step(k) == step; k++) {
                    rows++;
                    events += net.outEnd(raster.neuron(k)) - net.outStart(raster.neuron(k));
                }
                if (rows >= 4 && events >= 4L * window) {
                    above++;
                    bigSteps += events >= 64L * window ? 1 : 0;
                } else {
                    below++;
                }
            }
            unchecked += above > 0 ? 1 : 0;
            mixed += above > 0 && below > 0 ? 1 : 0;
        }
        assertThat(unchecked).as("runs with a step copied without checks").isGreaterThanOrEqualTo(150);
        assertThat(mixed).as("runs with steps both ways").isGreaterThanOrEqualTo(100);
        assertThat(bigSteps).as("steps with >= 64 events per reachable slot (slots grow)").isGreaterThanOrEqualTo(100);
    }

    /**
     * The 300 networks of {@link #eventEngineEqualsReferenceAcrossSkippedTime} are mostly empty time:
     * long runs, gaps of 20,000 steps and more between deliveries, runs ending on each stop reason.
     */
    @Test
    void sparseGeneratorMakesLongQuietRuns() throws Exception {
        Set<StopReason> reasons = EnumSet.noneOf(StopReason.class);
        int longRuns = 0;
        int longDelays = 0;
        int mostlyIdle = 0;
        EventEngine engine = new EventEngine();
        String name = getClass().getName() + "#" + getClass()
                .getDeclaredMethod("eventEngineEqualsReferenceAcrossSkippedTime", long.class).getName();
        for (long seed : Seeds.derive(name, 300).toArray()) {
            NetSpec spec = RandomNetworks.sparseInTime(new Dice(seed));
            Run run = engine.run(spec.network(), spec.stim(), spec.stop(), Recording.none(), spec.seed());
            reasons.add(run.stopReason());
            longRuns += run.stepsSpanned() >= 50_000 ? 1 : 0;
            longDelays += spec.synapses().stream().anyMatch(s -> s.delay() >= 20_000) ? 1 : 0;
            mostlyIdle += run.stepsSpanned() >= 1000 && run.activity().activeSteps() * 10 < run.stepsSpanned() ? 1 : 0;
        }
        assertThat(reasons).as("stop reasons").containsExactlyInAnyOrder(StopReason.values());
        assertThat(longRuns).as("runs spanning >= 50,000 steps").isGreaterThanOrEqualTo(60);
        assertThat(longDelays).as("networks with a delay >= 20,000").isGreaterThanOrEqualTo(40);
        assertThat(mostlyIdle).as("runs active in under a tenth of their steps").isGreaterThanOrEqualTo(60);
    }
}
