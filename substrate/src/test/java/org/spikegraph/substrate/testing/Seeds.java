package org.spikegraph.substrate.testing;

import java.lang.reflect.Method;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The seeds of a {@link Seeded} test: {@code count} values of a SplitMix64 sequence that starts from
 * the hash of the test's class and method names plus {@code spikegraph.seedBase} (0 unless set), or
 * the single seed {@code spikegraph.seed} when that property is set.
 */
public final class Seeds implements ArgumentsProvider, AnnotationConsumer<Seeded> {

    /** System property: run only this seed. */
    public static final String SEED = "spikegraph.seed";
    /** System property: shift every derived seed (a fresh exploration). */
    public static final String SEED_BASE = "spikegraph.seedBase";
    /** System property: override the number of cases of every seeded test. */
    public static final String CASES = "spikegraph.cases";

    private int count;

    @Override
    public void accept(Seeded seeded) {
        this.count = seeded.value();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        String single = System.getProperty(SEED);
        if (single != null && !single.isBlank()) {
            return Stream.of(Arguments.of(Long.parseLong(single.trim())));
        }
        Method method = context.getRequiredTestMethod();
        int cases = Integer.getInteger(CASES, count);
        return derive(method.getDeclaringClass().getName() + "#" + method.getName(), cases).mapToObj(Arguments::of);
    }

    /**
     * @param name  the test's name (class and method)
     * @param count how many seeds
     * @return the seeds of that test, the same on every run with the same {@code spikegraph.seedBase}
     */
    public static LongStream derive(String name, int count) {
        long base = name.hashCode() * 0x9E3779B97F4A7C15L + Long.getLong(SEED_BASE, 0L);
        return LongStream.range(0, count).map(i -> mix(base + i * 0x9E3779B97F4A7C15L));
    }

    /** SplitMix64's finalizer: a bijection of {@code long}s that spreads nearby inputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
