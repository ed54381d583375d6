package org.spikegraph.substrate.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;
import org.spikegraph.substrate.testing.EngineAgreement;

/**
 * The network builder under arbitrary call sequences, decoded from the fuzzer's bytes: neurons of
 * any type (invalid parameters included), batches of any count, synapses with any ids, weights and
 * delays, stimulus entries. Checked against a model of what each call must do:
 * <ul>
 *   <li>every call either succeeds or throws {@link IllegalArgumentException} with a one-line message,
 *       exactly when the model says the call is invalid, and a rejected call changes nothing;</li>
 *   <li>{@code build()} fails with that exception exactly when a neuron's total incoming |weight|
 *       exceeds {@link Network#MAX_ABS_INPUT}, and otherwise holds exactly the neurons and synapses
 *       the model holds;</li>
 *   <li>the bytes the builder allocates stay within what the accepted neurons and synapses justify
 *       (a rejected call, however large its count, allocates next to nothing);</li>
 *   <li>a short run of the built network on both engines gives identical results.</li>
 * </ul>
 * Regression mode (plain {@code mvn test}) replays the corpus in {@code
 * NetworkBuilderFuzzTestInputs/builderCalls}; {@code JAZZER_FUZZ=1} fuzzes and adds crashes there.
 */
class NetworkBuilderFuzzTest {

    /** The most neurons a fuzzed network holds (larger valid counts are skipped: they only cost time). */
    private static final int MAX_NEURONS = 4096;
    /** The most builder calls decoded from one input. */
    private static final int MAX_CALLS = 256;
    /** Bytes any call may allocate besides its justified growth: an exception, its message, a hash map. */
    private static final long SLACK_BYTES = 256 * 1024;

    /** {@code -Dspikegraph.fuzz.trace=true} prints each input's decoded calls and outcome (to name corpus entries). */
    private static final boolean TRACE = Boolean.getBoolean("spikegraph.fuzz.trace");

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static {
        warmUp();
    }

    /**
     * Takes every path of the builder once, valid and rejected, so that the one-time costs of a first
     * call (class loading, string concatenation bootstraps) do not count as the allocation of a call.
     */
    private static void warmUp() {
        NeuronType t = NeuronType.integrateAndFire(1);
        NetworkBuilder b = Network.builder();
        for (Runnable call : List.<Runnable>of(() -> b.neuron(null), () -> b.neurons(t, -1),
                () -> b.neurons(t, Integer.MAX_VALUE), () -> b.synapse(0, 0, 1, 1), () -> b.neurons(t, 2),
                () -> b.synapse(0, 5, 1, 1), () -> b.synapse(0, 1, 1, 0), () -> b.synapse(0, 1, 1 << 30, 70_000),
                () -> b.synapse(1, 1, 1 << 30, 1), () -> b.build())) {
            attempt(call);
        }
        allocatedBytes();
    }

    /** One synapse of the model. */
    private record Syn(int source, int target, int weight, int delay) {}

    @FuzzTest(maxDuration = "10m")
    void builderCalls(FuzzedDataProvider data) {
        int inputBytes = data.remainingBytes();
        NetworkBuilder builder = Network.builder();
        List<NeuronType> neuronTypes = new ArrayList<>(); // the model: the type of every neuron
        List<Syn> synapses = new ArrayList<>();
        List<NeuronType> seenTypes = new ArrayList<>();
        Stimulus.Builder stimulus = Stimulus.builder();
        List<String> calls = new ArrayList<>(); // the decoded calls, for failure messages
        long allocated = 0;
        long maxSteps = data.consumeLong(1, 64);
        long seed = data.consumeLong();
        boolean quiescent = data.consumeBoolean();

        for (int call = 0; call < MAX_CALLS && data.remainingBytes() > 0; call++) {
            int op = data.consumeInt(0, 6);
            String error;
            long before;
            long bytes;
            int neuronsBefore = builder.neuronCount();
            int synapsesBefore = builder.synapseCount();
            long justified;
            switch (op) {
                case 0, 1 -> {
                    NeuronType type = type(data, seenTypes);
                    int count = op == 0 ? 1 : count(data, neuronTypes.size());
                    if (op == 1 && count >= 0 && count <= NetworkBuilder.MAX_ELEMENTS - neuronTypes.size()
                            && neuronTypes.size() + count > MAX_NEURONS) {
                        continue; // valid but too large to run quickly
                    }
                    calls.add(op == 0 ? "neuron(" + type + ")" : "neurons(" + type + ", " + count + ")");
                    boolean valid = type != null && count >= 0
                            && (long) neuronTypes.size() + count <= NetworkBuilder.MAX_ELEMENTS;
                    before = allocatedBytes();
                    int[] first = {-1};
                    error = attempt(() -> first[0] = op == 0 ? builder.neuron(type) : builder.neurons(type, count));
                    bytes = allocatedBytes() - before;
                    if (error == null) {
                        assertThat(first[0]).as("first id of %s", calls.get(calls.size() - 1)).isEqualTo(neuronsBefore);
                    }
                    assertOutcome(valid, error, calls);
                    justified = valid ? 8L * (neuronTypes.size() + count) : 0;
                    if (valid) {
                        for (int k = 0; k < count; k++) {
                            neuronTypes.add(type);
                        }
                    }
                }
                case 2, 3 -> {
                    int n = neuronTypes.size();
                    int source = id(data, n);
                    int target = id(data, n);
                    int weight = op == 2 ? data.consumeInt(-20, 20) : data.consumeInt();
                    int delay = delay(data);
                    calls.add("synapse(" + source + ", " + target + ", " + weight + ", " + delay + ")");
                    boolean valid = source >= 0 && source < n && target >= 0 && target < n && delay >= 1;
                    before = allocatedBytes();
                    error = attempt(() -> builder.synapse(source, target, weight, delay));
                    bytes = allocatedBytes() - before;
                    assertOutcome(valid, error, calls);
                    justified = valid ? 64L * (synapses.size() + 1) : 0;
                    if (valid) {
                        synapses.add(new Syn(source, target, weight, delay));
                    }
                }
                default -> {
                    // A stimulus entry: only valid ones, so the built network can be run.
                    if (neuronTypes.isEmpty()) {
                        continue;
                    }
                    int neuron = data.consumeInt(0, neuronTypes.size() - 1);
                    long step = data.consumeLong(0, maxSteps + 2);
                    if (op == 4) {
                        stimulus.spike(neuron, step);
                        calls.add("stimulus spike(" + neuron + ", " + step + ")");
                    } else {
                        int current = op == 5 ? data.consumeInt(-20, 20) : data.consumeInt();
                        stimulus.current(neuron, step, current);
                        calls.add("stimulus current(" + neuron + ", " + step + ", " + current + ")");
                    }
                    continue;
                }
            }
            allocated += bytes;
            assertThat(bytes).as("bytes allocated by %s", calls.get(calls.size() - 1))
                    .isLessThanOrEqualTo(SLACK_BYTES + justified);
            if (error != null) {
                assertThat(builder.neuronCount()).as("neurons after a rejected call").isEqualTo(neuronsBefore);
                assertThat(builder.synapseCount()).as("synapses after a rejected call").isEqualTo(synapsesBefore);
            }
        }
        assertThat(builder.neuronCount()).isEqualTo(neuronTypes.size());
        assertThat(builder.synapseCount()).isEqualTo(synapses.size());

        long before = allocatedBytes();
        Network[] built = new Network[1];
        String error = attempt(() -> built[0] = builder.build());
        long buildBytes = allocatedBytes() - before;
        calls.add("build()");
        assertOutcome(inputWithinBounds(neuronTypes.size(), synapses), error, calls);
        assertThat(buildBytes).as("bytes allocated by build()")
                .isLessThanOrEqualTo(SLACK_BYTES + 32L * neuronTypes.size() + 64L * synapses.size());
        assertThat(allocated).as("bytes allocated by the builder calls")
                .isLessThanOrEqualTo(SLACK_BYTES * (calls.size() + 1) + 64L * neuronTypes.size() + 256L * synapses.size());
        if (TRACE) {
            System.out.println("fuzz input of " + inputBytes + " bytes: " + calls + (error == null ? " -> " + built[0] : " -> rejected: " + error)
                    + ", run of " + maxSteps + " steps");
        }
        if (error != null) {
            return;
        }
        Network net = built[0];
        assertHolds(net, neuronTypes, synapses, calls);

        StopCondition stop = StopCondition.afterSteps(maxSteps);
        EngineAgreement.assertSameRun(net, stimulus.build(), quiescent ? stop.orQuiescent() : stop, seed);
    }

    /** The built network holds exactly the model's neurons and synapses, by source in the order added. */
    private static void assertHolds(Network net, List<NeuronType> neuronTypes, List<Syn> synapses, List<String> calls) {
        assertThat(net.neuronCount()).as("neurons after %s", calls).isEqualTo(neuronTypes.size());
        for (int i = 0; i < neuronTypes.size(); i++) {
            assertThat(net.type(i)).as("type of neuron %d", i).isEqualTo(neuronTypes.get(i));
        }
        List<Syn> bySource = new ArrayList<>(synapses);
        bySource.sort((a, b) -> Integer.compare(a.source, b.source)); // stable: keeps the order added
        List<Syn> stored = new ArrayList<>();
        net.forEachSynapse((s, t, w, d) -> stored.add(new Syn(s, t, w, d)));
        assertThat(stored).as("synapses after %s", calls).isEqualTo(bySource);
        assertThat(net.maxDelay()).isEqualTo(synapses.stream().mapToInt(Syn::delay).max().orElse(0));
        for (int i = 0; i < neuronTypes.size(); i++) {
            int i0 = i;
            assertThat(net.outDegree(i)).isEqualTo((int) synapses.stream().filter(s -> s.source == i0).count());
        }
    }

    private static boolean inputWithinBounds(int n, List<Syn> synapses) {
        long[] absIn = new long[n];
        for (Syn s : synapses) {
            absIn[s.target] += Math.abs((long) s.weight);
        }
        for (long a : absIn) {
            if (a > Network.MAX_ABS_INPUT) {
                return false;
            }
        }
        return true;
    }

    /** Runs a call; returns null when it succeeds, the message of its IllegalArgumentException otherwise. */
    private static String attempt(Runnable call) {
        try {
            call.run();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage() == null ? "" : e.getMessage();
        }
    }

    private static void assertOutcome(boolean valid, String error, List<String> calls) {
        String last = calls.get(calls.size() - 1);
        if (valid && error != null) {
            fail("valid call %s was rejected: %s (calls: %s)", last, error, calls);
        }
        if (!valid && error == null) {
            fail("invalid call %s was accepted (calls: %s)", last, calls);
        }
        if (error != null) {
            assertThat(error).as("message of the rejected %s", last).isNotBlank().doesNotContain("\n");
        }
    }

    /** A neuron type: null, an earlier one, one of small parameters, or one of any parameters (often invalid). */
    private static NeuronType type(FuzzedDataProvider data, List<NeuronType> seen) {
        int kind = data.consumeInt(0, 7);
        if (kind == 0) {
            return null;
        }
        if (kind == 1 && !seen.isEmpty()) {
            return seen.get(data.consumeInt(0, seen.size() - 1));
        }
        boolean small = kind <= 5;
        int bits = small ? data.consumeInt(2, 32) : data.consumeInt();
        int threshold = small ? data.consumeInt(1, 8) : data.consumeInt();
        Reset reset = data.consumeBoolean() ? Reset.soft() : Reset.hard(small ? data.consumeInt(-4, 4) : data.consumeInt());
        Leak leak;
        try {
            leak = switch (data.consumeInt(0, 3)) {
                case 0 -> Leak.none();
                case 1 -> Leak.full();
                case 2 -> Leak.shift(small ? data.consumeInt(1, 31) : data.consumeInt());
                default -> Leak.linear(small ? data.consumeInt(1, 8) : data.consumeInt());
            };
        } catch (IllegalArgumentException e) {
            return null; // the leak's own check; the builder then gets no type
        }
        int bias = small ? data.consumeInt(-3, 3) : data.consumeInt();
        int refractory = small ? data.consumeInt(-1, 4) : data.consumeInt();
        int chance = small ? data.pickValue(new int[] {NeuronType.ALWAYS, 0, NeuronType.ALWAYS / 2, 1})
                : data.consumeInt();
        try {
            NeuronType type = new NeuronType(threshold, reset, leak, bias, refractory, chance, bits);
            seen.add(type);
            return type;
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            return null; // an invalid type never reaches the builder: it is rejected by its constructor
        }
    }

    /** A neuron count: mostly small, sometimes negative or beyond the limit. */
    private static int count(FuzzedDataProvider data, int neurons) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeInt(-2, 3);
            case 1 -> data.consumeInt(0, 300);
            case 2 -> data.consumeInt(NetworkBuilder.MAX_ELEMENTS - neurons + 1, Integer.MAX_VALUE);
            default -> data.consumeInt();
        };
    }

    /** A neuron id: mostly valid, sometimes just out of range, sometimes anything. */
    private static int id(FuzzedDataProvider data, int n) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> data.consumeInt(-1, n);
            case 1 -> data.consumeInt();
            default -> n == 0 ? data.consumeInt(-1, 1) : data.consumeInt(0, n - 1);
        };
    }

    /** A delay: short, around the event engine's ring and the packed escape, or anything. */
    private static int delay(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 4)) {
            case 0 -> data.consumeInt(-1, 8);
            case 1 -> data.consumeInt(4090, 4100);
            case 2 -> data.consumeInt(Network.DELAY_ESCAPE - 2, Network.DELAY_ESCAPE + 2);
            case 3 -> data.consumeInt(1, 200_000);
            default -> data.consumeInt();
        };
    }

    private static long allocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
