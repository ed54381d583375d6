package org.spikegraph.substrate.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.testing.NetSpec.Stim;
import org.spikegraph.substrate.testing.NetSpec.Syn;

/**
 * Shrinks a failing {@link NetSpec} to a small one that still fails: lowers the step limit, drops
 * neurons (renumbering the rest), synapses, stimulus entries, watched neurons and unused types,
 * lowers delays and stimulus steps, and clears the flags and the seed, keeping each change only
 * while the failure persists. It repeats the passes until none changes anything (or a budget of
 * {@value #MAX_TRIES} predicate calls is spent), so the result is one-minimal for these changes: no
 * single one of them keeps the failure.
 *
 * <pre>{@code
 * NetSpecShrinker.check(spec, s -> assertSameRun(s)); // a failure reports the shrunk spec as Java source
 * }</pre>
 */
public final class NetSpecShrinker {

    /** The most predicate calls one shrink makes; the spec reached by then is returned. */
    public static final int MAX_TRIES = 5_000;

    private final Predicate<NetSpec> fails;
    private NetSpec best;
    private int tries;

    private NetSpecShrinker(NetSpec failing, Predicate<NetSpec> fails) {
        this.best = failing;
        this.fails = fails;
    }

    /**
     * Runs {@code property} on {@code spec}; when it throws, shrinks the spec to one that throws the
     * same kind of failure and throws an {@link AssertionError} that holds the original failure (as
     * its cause and message) and the shrunk spec as Java source.
     */
    public static void check(NetSpec spec, Consumer<NetSpec> property) {
        Throwable failure = failure(spec, property);
        if (failure == null) {
            return;
        }
        Class<?> kind = failure.getClass();
        NetSpec shrunk = shrink(spec, s -> {
            Throwable f = failure(s, property);
            return f != null && f.getClass() == kind;
        });
        Throwable shrunkFailure = failure(shrunk, property);
        throw new AssertionError(failure + System.lineSeparator()
                + "shrunk counterexample (fails with " + shrunkFailure + "), as Java source:" + shrunk, failure);
    }

    /**
     * @param failing a spec on which {@code fails} is true
     * @param fails   the failure, as a test on specs; it should not throw
     * @return a spec no larger than {@code failing} on which {@code fails} is still true, one-minimal
     *         for the shrinker's changes unless the budget ran out
     * @throws IllegalArgumentException if {@code fails} is false on {@code failing}
     */
    public static NetSpec shrink(NetSpec failing, Predicate<NetSpec> fails) {
        if (!fails.test(failing)) {
            throw new IllegalArgumentException("the spec to shrink does not fail:" + failing);
        }
        NetSpecShrinker s = new NetSpecShrinker(failing, fails);
        s.run();
        return s.best;
    }

    private void run() {
        boolean changed = true;
        while (changed && tries < MAX_TRIES) {
            NetSpec before = best;
            lower(best.maxSteps(), 1, this::withMaxSteps);
            for (int i = best.neuronCount() - 1; i >= 0 && best.neuronCount() > 1; i--) {
                if (i < best.neuronCount()) {
                    accept(withoutNeuron(best, i));
                }
            }
            dropFrom(best.synapses(), synapses -> copy(best, best.typeOf(), synapses, best.stimulus(), best.watched()));
            dropFrom(best.stimulus(), stimulus -> copy(best, best.typeOf(), best.synapses(), stimulus, best.watched()));
            dropWatched();
            dropUnusedTypes();
            for (int k = 0; k < best.synapses().size(); k++) {
                int index = k;
                Syn s = best.synapses().get(index);
                lower(s.delay(), 1, d -> withSynapse(index, new Syn(s.source(), s.target(), s.weight(), (int) d)));
            }
            for (int k = 0; k < best.stimulus().size(); k++) {
                int index = k;
                Stim s = best.stimulus().get(index);
                lower(s.step(), 0, t -> withStim(index, new Stim(s.neuron(), t, s.forced(), s.current())));
            }
            accept(withFlags(false, best.all(), best.seed()));
            accept(withFlags(best.quiescent(), false, best.seed()));
            accept(withFlags(best.quiescent(), best.all(), 0));
            changed = !best.equals(before);
        }
    }

    /** Tests a candidate; keeps it when it still fails. */
    private boolean accept(NetSpec candidate) {
        if (tries >= MAX_TRIES || candidate.equals(best)) {
            return false;
        }
        tries++;
        if (fails.test(candidate)) {
            best = candidate;
            return true;
        }
        return false;
    }

    /** Lowers a value toward {@code min}: min itself, else a bisection between min and the value. */
    private void lower(long value, long min, LongFunction<NetSpec> with) {
        if (value <= min || accept(with.apply(min))) {
            return;
        }
        long passes = min; // known not to fail
        long failsAt = value;
        while (failsAt - passes > 1 && tries < MAX_TRIES) {
            long mid = passes + (failsAt - passes) / 2;
            if (accept(with.apply(mid))) {
                failsAt = mid;
            } else {
                passes = mid;
            }
        }
    }

    /** Drops elements of a list, halves first, then quarters, down to single elements. */
    private <T> void dropFrom(List<T> list, Function<List<T>, NetSpec> with) {
        List<T> current = list;
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
            for (int from = current.size() - chunk; from >= 0; from -= chunk) {
                List<T> fewer = new ArrayList<>(current.subList(0, from));
                fewer.addAll(current.subList(Math.min(current.size(), from + chunk), current.size()));
                if (accept(with.apply(fewer))) {
                    current = fewer;
                    from = Math.min(from, current.size());
                }
            }
            if (chunk == 1) {
                break;
            }
        }
    }

    private void dropWatched() {
        for (int k = best.watched().length - 1; k >= 0; k--) {
            if (k < best.watched().length) {
                int[] w = best.watched();
                int[] fewer = new int[w.length - 1];
                System.arraycopy(w, 0, fewer, 0, k);
                System.arraycopy(w, k + 1, fewer, k, w.length - k - 1);
                accept(copy(best, best.typeOf(), best.synapses(), best.stimulus(), fewer));
            }
        }
    }

    /** Removes the types no neuron uses (the spec's behaviour cannot depend on them). */
    private void dropUnusedTypes() {
        List<NeuronType> types = best.types();
        int[] typeOf = best.typeOf();
        int[] newIndex = new int[types.size()];
        Arrays.fill(newIndex, -1);
        List<NeuronType> used = new ArrayList<>();
        for (int t : typeOf) {
            if (newIndex[t] < 0) {
                newIndex[t] = used.size();
                used.add(types.get(t));
            }
        }
        if (used.size() < types.size() && !used.isEmpty()) {
            int[] renumbered = Arrays.stream(typeOf).map(t -> newIndex[t]).toArray();
            accept(new NetSpec(used, renumbered, best.synapses(), best.stimulus(), best.maxSteps(), best.quiescent(),
                    best.watched(), best.all(), best.seed()));
        }
    }

    /** The spec without neuron r: its synapses, stimulus entries and watch go too, higher ids move down by one. */
    static NetSpec withoutNeuron(NetSpec spec, int r) {
        IntFunction<Integer> id = i -> i > r ? i - 1 : i;
        int[] typeOf = new int[spec.neuronCount() - 1];
        for (int i = 0, j = 0; i < spec.neuronCount(); i++) {
            if (i != r) {
                typeOf[j++] = spec.typeOf()[i];
            }
        }
        List<Syn> synapses = new ArrayList<>();
        for (Syn s : spec.synapses()) {
            if (s.source() != r && s.target() != r) {
                synapses.add(new Syn(id.apply(s.source()), id.apply(s.target()), s.weight(), s.delay()));
            }
        }
        List<Stim> stimulus = new ArrayList<>();
        for (Stim s : spec.stimulus()) {
            if (s.neuron() != r) {
                stimulus.add(new Stim(id.apply(s.neuron()), s.step(), s.forced(), s.current()));
            }
        }
        int[] watched = Arrays.stream(spec.watched()).filter(i -> i != r).map(i -> i > r ? i - 1 : i).toArray();
        return copy(spec, typeOf, synapses, stimulus, watched);
    }

    private NetSpec withMaxSteps(long maxSteps) {
        NetSpec b = best;
        return new NetSpec(b.types(), b.typeOf(), b.synapses(), b.stimulus(), maxSteps, b.quiescent(), b.watched(),
                b.all(), b.seed());
    }

    private NetSpec withFlags(boolean quiescent, boolean all, long seed) {
        NetSpec b = best;
        return new NetSpec(b.types(), b.typeOf(), b.synapses(), b.stimulus(), b.maxSteps(), quiescent, b.watched(), all, seed);
    }

    private NetSpec withSynapse(int index, Syn synapse) {
        List<Syn> synapses = new ArrayList<>(best.synapses());
        synapses.set(index, synapse);
        return copy(best, best.typeOf(), synapses, best.stimulus(), best.watched());
    }

    private NetSpec withStim(int index, Stim stim) {
        List<Stim> stimulus = new ArrayList<>(best.stimulus());
        stimulus.set(index, stim);
        return copy(best, best.typeOf(), best.synapses(), stimulus, best.watched());
    }

    private static NetSpec copy(NetSpec b, int[] typeOf, List<Syn> synapses, List<Stim> stimulus, int[] watched) {
        return new NetSpec(b.types(), typeOf, synapses, stimulus, b.maxSteps(), b.quiescent(), watched, b.all(), b.seed());
    }

    private static Throwable failure(NetSpec spec, Consumer<NetSpec> property) {
        try {
            property.accept(spec);
            return null;
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError e && !(e instanceof StackOverflowError)) {
                throw e;
            }
            return t;
        }
    }
}
