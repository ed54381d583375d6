package org.spikegraph.substrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronRules;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * {@link NeuronRules}, as {@link TypeConstants} (the event engine) and {@link NeuronType} (the
 * reference engine) apply them, against the model's steps restated here in plain long arithmetic:
 * random types of every leak, reset, bias, refractory period, fire chance and width, at random and
 * extreme potentials and inputs.
 */
class TypeConstantsTest {

    @Seeded(500)
    void rulesAgreeWithTheModelRestated(long seed) {
        Dice dice = new Dice(seed);
        NeuronType type = randomType(dice);
        TypeConstants k = TypeConstants.of(type);
        long min = -(1L << (type.potentialBits() - 1));
        long max = (1L << (type.potentialBits() - 1)) - 1;
        assertThat(k.min()).isEqualTo(min);
        assertThat(k.max()).isEqualTo(max);
        assertThat(k.fullLeakRest()).isEqualTo(clamp(type.bias(), min, max));
        for (int draw = 0; draw < 200; draw++) {
            int v = (int) (dice.chance(0.3) ? dice.pick(min, max, 0L, (long) type.threshold(), type.threshold() - 1L,
                    min + 1, max - 1) : dice.between(min, max));
            long input = dice.chance(0.2) ? dice.between(-(1L << 40), 1L << 40) : dice.between(-40, 40);

            long leaked = leak(type.leak(), v);
            assertThat(k.leak(v)).as("leak %s of %d", type.leak(), v).isEqualTo(leaked);
            assertThat(type.leak().apply(v)).isEqualTo(leaked);

            int integrated = (int) clamp(leaked + type.bias() + input, min, max);
            assertThat(k.integrate(v, input)).as("integrate %d + %d in %s", v, input, type).isEqualTo(integrated);
            assertThat(type.integrate(v, input)).isEqualTo(integrated);

            int reset = type.reset().isSoft() ? (int) clamp((long) v - type.threshold(), min, max) : type.reset().value();
            assertThat(k.afterSpike(v)).as("reset of %d in %s", v, type).isEqualTo(reset);
            assertThat(type.afterSpike(v)).isEqualTo(reset);

            boolean fixed = clamp(leaked + type.bias(), min, max) == v;
            boolean rests = v < type.threshold() && fixed;
            assertThat(k.fixedPoint(v)).as("fixed point %d of %s", v, type).isEqualTo(fixed);
            assertThat(k.restsAt(v)).as("rest at %d of %s", v, type).isEqualTo(rests);
            assertThat(type.restsAt(v)).isEqualTo(rests);

            assertThat(NeuronRules.atThreshold(v, type.threshold())).isEqualTo(v >= type.threshold() ? 1L : 0L);
            int draw16 = dice.between(0, NeuronType.ALWAYS - 1);
            assertThat(NeuronRules.drawFires(draw16, type.fireChance()))
                    .isEqualTo(draw16 / (double) NeuronType.ALWAYS < type.fireProbability());
        }
    }

    @Seeded(300)
    void theUpdatePathFollowsTheParameters(long seed) {
        NeuronType type = randomType(new Dice(seed));
        TypeConstants k = TypeConstants.of(type);
        boolean still = type.leak().kind() == Leak.Kind.NONE && type.bias() == 0;
        boolean simple = still && !type.stochastic() && !type.reset().isSoft();
        int expected = simple && type.refractory() == 0 ? TypeConstants.PLAIN
                : simple && type.firesOnce() ? TypeConstants.LATCH
                : type.refractory() == 0 ? TypeConstants.GATE
                : TypeConstants.GENERAL;
        assertThat(k.path()).as("path of %s", type).isEqualTo(expected);
        assertThat(k.still()).isEqualTo(still);
        assertThat(k.threshold()).isEqualTo(type.threshold());
        assertThat(k.refractory()).isEqualTo(type.refractory());
        assertThat(k.fireChance()).isEqualTo(type.fireChance());
        assertThat(k.leakAmount()).isEqualTo(type.leak().amount());
        assertThat(k.leakCode()).isEqualTo(type.leak().code());
    }

    @Test
    void leakCodesNameTheKinds() {
        assertThat(Leak.none().code()).isEqualTo(NeuronRules.LEAK_NONE);
        assertThat(Leak.full().code()).isEqualTo(NeuronRules.LEAK_FULL);
        assertThat(Leak.shift(3).code()).isEqualTo(NeuronRules.LEAK_SHIFT);
        assertThat(Leak.linear(3).code()).isEqualTo(NeuronRules.LEAK_LINEAR);
        assertThat(List.of(NeuronRules.LEAK_NONE, NeuronRules.LEAK_FULL, NeuronRules.LEAK_SHIFT, NeuronRules.LEAK_LINEAR))
                .doesNotHaveDuplicates();
    }

    @Test
    void theTableCountsDownOnlyForAFiniteRefractoryPeriod() {
        NeuronType plain = NeuronType.integrateAndFire(3);
        NeuronType latch = NeuronType.latch(2);
        NeuronType refractory = NeuronType.builder().threshold(2).refractory(4).build();
        assertThat(new TypeTable(List.of(plain, latch)).countsDown).isFalse();
        TypeTable table = new TypeTable(List.of(plain, latch, refractory));
        assertThat(table.countsDown).isTrue();
        assertThat(table.size()).isEqualTo(3);
        assertThat(table.byType[2]).isEqualTo(TypeConstants.of(refractory));
    }

    /** A type with every parameter drawn, extremes included. */
    static NeuronType randomType(Dice dice) {
        int bits = dice.pick(2, 3, dice.between(4, 8), dice.between(4, 32), 31, 32);
        long max = (1L << (bits - 1)) - 1;
        long min = -(1L << (bits - 1));
        int threshold = (int) (dice.chance(0.7) ? dice.between(1, Math.min(max, 12)) : dice.between(1, max));
        Reset reset = switch (dice.between(0, 2)) {
            case 0 -> Reset.hard();
            case 1 -> Reset.soft();
            default -> Reset.hard((int) dice.between(min, max));
        };
        Leak leak = switch (dice.between(0, 3)) {
            case 0 -> Leak.none();
            case 1 -> Leak.full();
            case 2 -> Leak.shift(dice.between(1, 31));
            default -> Leak.linear(dice.chance(0.7) ? dice.between(1, 5) : dice.between(1, Integer.MAX_VALUE));
        };
        int bias = dice.chance(0.4) ? 0 : dice.chance(0.7) ? dice.between(-3, 3) : dice.anyInt();
        int refractory = dice.pick(0, 0, dice.between(1, 6), NeuronType.FIRE_ONCE);
        int chance = dice.pick(NeuronType.ALWAYS, NeuronType.ALWAYS, 0, dice.between(1, NeuronType.ALWAYS - 1));
        return NeuronType.builder().threshold(threshold).reset(reset).leak(leak).bias(bias).refractory(refractory)
                .fireChance(chance).potentialBits(bits).build();
    }

    /** The leak of the model, step 2, in its own words. */
    private static long leak(Leak leak, int v) {
        return switch (leak.kind()) {
            case NONE -> v;
            case FULL -> 0;
            case SHIFT -> v - Math.floorDiv((long) v, 1L << leak.amount());
            case LINEAR -> v > 0 ? Math.max(0L, (long) v - leak.amount()) : Math.min(0L, (long) v + leak.amount());
        };
    }

    private static long clamp(long x, long min, long max) {
        return Math.max(min, Math.min(max, x));
    }
}
