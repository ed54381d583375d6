package org.spikegraph.substrate.testing;

import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.testing.NetSpec.Stim;
import org.spikegraph.substrate.testing.NetSpec.Syn;

/**
 * Random runs ({@link NetSpec}s) for the engines' equivalence and for any test that needs a varied
 * network: one {@link Dice} in, one spec out, so a spec is rebuilt exactly from its seed.
 *
 * <p>Each draw is a weighted choice among ranges (the weights are the relative frequencies written
 * next to each range), uniform within a range. Sizes (neurons, list lengths) are uniform over their
 * range with a share of the draws on the smallest values and on the bounds ({@link #size}).
 */
public final class RandomNetworks {

    private RandomNetworks() {}

    /**
     * A network of 1..60 neurons of up to 6 types, up to 3n synapses (delays mostly short, a few
     * beyond the event engine's ring, a few of ~100,000 steps), 1..16 stimulus entries at steps
     * 0..40, a step limit mostly short (a few of ~10^5 steps), optional quiescence and watch list.
     */
    public static NetSpec networks(Dice dice) {
        int n = size(dice, 1, 60);
        return spec(dice, n, 3 * n, RandomNetworks::delay, RandomNetworks::maxSteps, d -> d.between(0L, 40L));
    }

    /**
     * Few neurons (1..8, up to 2n synapses), mostly long delays (500..100,000) and long step limits
     * (up to 300,000), stimulus anywhere in 0..100,000: runs that are mostly empty time, which the
     * event engine must skip exactly.
     */
    public static NetSpec sparseInTime(Dice dice) {
        int n = size(dice, 1, 8);
        return spec(dice, n, 2 * n, d -> switch (d.weighted(2, 6, 2)) {
            case 0 -> d.between(1, 8);
            case 1 -> d.between(500, 20_000);
            default -> d.between(20_000, 100_000);
        }, d -> d.weighted(3, 7) == 0 ? d.between(1L, 50_000L) : d.between(50_000L, 300_000L),
                d -> d.between(0L, 100_000L));
    }

    /**
     * Busy networks: 4..60 neurons with many synapses (up to 12n, weights -100..100), short delays
     * (all within 1..1, 1..4 or 1..16, so none goes beyond the event engine's ring) and stimulus in
     * steps 0..40: many spikes per step, each with a long row, as the sustained-activity benchmark's
     * steps (where the event engine copies rows into its calendar without per-event checks).
     */
    public static NetSpec busy(Dice dice) {
        int n = size(dice, 4, 60);
        int maxDelay = dice.pick(1, 4, 16);
        NetSpec base = spec(dice, n, 12 * n, d -> d.between(1, maxDelay), RandomNetworks::maxSteps, d -> d.between(0L, 40L));
        List<Syn> synapses = new ArrayList<>();
        for (Syn y : base.synapses()) {
            synapses.add(new Syn(y.source(), y.target(), dice.weighted(3, 1) == 0 ? dice.between(-5, 10) : dice.between(-100, 100),
                    y.delay()));
        }
        return new NetSpec(base.types(), base.typeOf(), synapses, base.stimulus(), base.maxSteps(), base.quiescent(),
                base.watched(), base.all(), base.seed());
    }

    /**
     * A valid neuron type: widths 4..8, 32 or anything in 4..32; thresholds mostly small; every reset,
     * leak kind, bias sign, refractory period (none, finite, {@link NeuronType#FIRE_ONCE}) and fire
     * chance (always, never, half, any).
     */
    public static NeuronType neuronType(Dice dice) {
        int bits = switch (dice.weighted(3, 3, 2)) {
            case 0 -> dice.between(4, 8);
            case 1 -> 32;
            default -> dice.between(4, 32);
        };
        int max = (int) ((1L << (bits - 1)) - 1);
        int min = (int) -(1L << (bits - 1));
        int threshold = switch (dice.weighted(6, 3, 1)) {
            case 0 -> dice.between(1, Math.min(max, 4));
            case 1 -> dice.between(1, Math.min(max, 12));
            default -> dice.between(1, max);
        };
        Reset reset = switch (dice.weighted(4, 3, 2)) {
            case 0 -> Reset.hard();
            case 1 -> Reset.soft();
            default -> Reset.hard(dice.between(Math.max(min, -5), Math.min(max, 5)));
        };
        Leak leak = switch (dice.weighted(3, 2, 2, 1, 2, 1)) {
            case 0 -> Leak.none();
            case 1 -> Leak.full();
            case 2 -> Leak.shift(dice.between(1, 4));
            case 3 -> Leak.shift(dice.between(1, 31));
            case 4 -> Leak.linear(dice.between(1, 5));
            default -> Leak.linear(dice.between(1, 1_000_000));
        };
        int bias = switch (dice.weighted(5, 3, 2, 1)) {
            case 0 -> 0;
            case 1 -> dice.between(-3, 3);
            case 2 -> dice.between(1, 3);
            default -> dice.between(-1000, 1000);
        };
        int refractory = switch (dice.weighted(5, 3, 2)) {
            case 0 -> 0;
            case 1 -> dice.between(1, 6);
            default -> NeuronType.FIRE_ONCE;
        };
        int chance = switch (dice.weighted(6, 1, 1, 2)) {
            case 0 -> NeuronType.ALWAYS;
            case 1 -> 0;
            case 2 -> NeuronType.ALWAYS / 2;
            default -> dice.between(1, NeuronType.ALWAYS - 1);
        };
        return new NeuronType(threshold, reset, leak, bias, refractory, chance, bits);
    }

    /**
     * A size in {@code [lo, hi]}: one draw in 10 is a bound, two in 10 lie in the smallest eighth of
     * the range, the rest are uniform: every case may take any size (seeded cases have no order in
     * which sizes could grow), and the small and extreme sizes, where bugs gather, come often.
     */
    public static int size(Dice dice, int lo, int hi) {
        return switch (dice.weighted(1, 2, 7)) {
            case 0 -> dice.chance(0.5) ? lo : hi;
            case 1 -> dice.between(lo, lo + (hi - lo) / 8);
            default -> dice.between(lo, hi);
        };
    }

    /** An int of any size, a quarter of the draws from the edge values (0, +-1, MIN, MAX). */
    public static int anyIntWithEdges(Dice dice) {
        return dice.chance(0.25) ? dice.pick(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE) : dice.anyInt();
    }

    /** A draw from a {@link Dice}, for the parts of a spec that differ between generators. */
    @FunctionalInterface
    private interface Draw<T> {
        T from(Dice dice);
    }

    private static int delay(Dice dice) {
        return switch (dice.weighted(40, 40, 4, 1)) {
            case 0 -> dice.between(1, 4);
            case 1 -> dice.between(1, 64);
            case 2 -> dice.between(65, 5_000);
            default -> dice.between(90_000, 110_000);
        };
    }

    private static long maxSteps(Dice dice) {
        return switch (dice.weighted(60, 30, 8, 1)) {
            case 0 -> dice.between(1L, 300L);
            case 1 -> dice.between(1L, 3_000L);
            case 2 -> dice.between(3_000L, 12_000L);
            default -> dice.between(100_000L, 130_000L);
        };
    }

    /** At most 180 synapses of |w| <= 2^22 each: a total incoming |weight| below 2^30. */
    private static int weight(Dice dice) {
        return switch (dice.weighted(12, 3, 1)) {
            case 0 -> dice.between(-5, 10);
            case 1 -> dice.between(-100, 100);
            default -> dice.between(-(1 << 22), 1 << 22);
        };
    }

    private static NetSpec spec(Dice dice, int n, int maxSynapses, Draw<Integer> delays, Draw<Long> maxSteps,
                                Draw<Long> stimulusSteps) {
        List<NeuronType> types = new ArrayList<>();
        for (int k = size(dice, 1, 6); k > 0; k--) {
            types.add(neuronType(dice));
        }
        int[] typeOf = new int[n];
        for (int i = 0; i < n; i++) {
            typeOf[i] = dice.between(0, 5); // taken modulo the number of types by NetSpec
        }
        List<Syn> synapses = new ArrayList<>();
        for (int k = size(dice, 0, maxSynapses); k > 0; k--) {
            synapses.add(new Syn(dice.between(0, n - 1), dice.between(0, n - 1), weight(dice), delays.from(dice)));
        }
        List<Stim> stimulus = new ArrayList<>();
        for (int k = size(dice, 1, 16); k > 0; k--) {
            int neuron = dice.between(0, n - 1);
            long step = stimulusSteps.from(dice);
            boolean forced = dice.weighted(3, 2) == 0;
            int current = dice.weighted(8, 1) == 0 ? dice.between(-10, 20) : anyIntWithEdges(dice);
            stimulus.add(new Stim(neuron, step, forced, current));
        }
        long steps = maxSteps.from(dice);
        int[] watched = new int[dice.weighted(2, 1) == 0 ? 0 : size(dice, 1, 3)];
        for (int k = 0; k < watched.length; k++) {
            watched[k] = dice.between(0, n - 1);
        }
        boolean quiescent = dice.chance(0.5);
        boolean all = dice.chance(0.5);
        return new NetSpec(types, typeOf, synapses, stimulus, steps, quiescent, watched, all, dice.anyLong());
    }
}
