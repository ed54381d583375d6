package org.spikegraph.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.validation.Validation;
import org.spikegraph.substrate.run.Run;

/**
 * A test problem: a real distance problem plus a deliberately wrong method, "broken", which returns
 * the reference's distances with one vertex off by one from its {@code wrongFrom}-th call on
 * (0: always). Every method counts its calls.
 */
public final class WithBrokenMethod implements Problem<long[]> {

    private final Problem<long[]> real;
    private final int wrongFrom;
    private final Map<String, AtomicInteger> calls = new LinkedHashMap<>();

    /** Wraps {@code real}; "broken" is wrong from its {@code wrongFrom}-th call (counted from 0). */
    public WithBrokenMethod(Problem<long[]> real, int wrongFrom) {
        this.real = real;
        this.wrongFrom = wrongFrom;
    }

    /** Calls of each method's solve so far, by name. */
    public Map<String, AtomicInteger> calls() {
        return calls;
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public CsrGraph graph() {
        return real.graph();
    }

    @Override
    public List<Method<long[]>> methods() {
        List<Method<long[]>> ms = new ArrayList<>();
        List<Method<long[]>> realMethods = real.methods();
        for (Method<long[]> m : realMethods) {
            ms.add(counting(m.name(), m::solve));
        }
        ms.add(counting("broken", s -> {
            long[] d = realMethods.get(0).solve(s).answer().get().clone();
            if (calls.get("broken").get() >= wrongFrom) {
                d[(s + 1) % d.length] += 1;
            }
            return Method.Solved.of(() -> d);
        }));
        return ms;
    }

    private Method<long[]> counting(String name, IntFunction<Method.Solved<long[]>> body) {
        AtomicInteger n = calls.computeIfAbsent(name, k -> new AtomicInteger());
        return Method.of(name, "test: " + name, source -> {
            Method.Solved<long[]> s = body.apply(source);
            n.incrementAndGet();
            return s;
        });
    }

    @Override
    public Validation check(long[] answer, long[] expected) {
        return real.check(answer, expected);
    }

    @Override
    public String against() {
        return real.against();
    }

    @Override
    public java.util.Optional<Compiled<long[]>> compile(int source) {
        return real.compile(source);
    }

    @Override
    public long[] vertexFirstSpikes(Run run) {
        return real.vertexFirstSpikes(run);
    }
}
