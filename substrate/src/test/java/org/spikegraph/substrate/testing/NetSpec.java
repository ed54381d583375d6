package org.spikegraph.substrate.testing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * A small, printable description of one run: network, stimulus, stop condition and seed. Its
 * {@link #toString()} is Java source that rebuilds the run, so a shrunk counterexample of a property
 * can be pasted into a plain JUnit test.
 *
 * @param types     neuron types (at least one)
 * @param typeOf    type index of every neuron, each in 0 .. types.size() - 1
 * @param synapses  synapses between existing neurons
 * @param stimulus  forced spikes and currents
 * @param maxSteps  step limit
 * @param quiescent also stop on quiescence
 * @param watched   watched neurons (may be empty)
 * @param all       all watched (true) or any (false)
 * @param seed      the run's seed
 */
public record NetSpec(List<NeuronType> types, int[] typeOf, List<Syn> synapses, List<Stim> stimulus,
                      long maxSteps, boolean quiescent, int[] watched, boolean all, long seed) {

    /** One synapse. */
    public record Syn(int source, int target, int weight, int delay) {}

    /** One stimulus entry: a forced spike or a current. */
    public record Stim(int neuron, long step, boolean forced, int current) {}

    /** Type indices are taken modulo the number of types, so any generated index is valid. */
    public NetSpec {
        types = List.copyOf(types);
        int k = types.size();
        typeOf = Arrays.stream(typeOf).map(i -> Math.floorMod(i, k)).toArray();
        synapses = List.copyOf(synapses);
        stimulus = List.copyOf(stimulus);
        watched = watched.clone();
    }

    public int neuronCount() {
        return typeOf.length;
    }

    public Network network() {
        NetworkBuilder b = Network.builder();
        for (int t : typeOf) {
            b.neuron(types.get(t));
        }
        for (Syn s : synapses) {
            b.synapse(s.source, s.target, s.weight, s.delay);
        }
        return b.build();
    }

    public Stimulus stim() {
        Stimulus.Builder b = Stimulus.builder();
        for (Stim s : stimulus) {
            if (s.forced) {
                b.spike(s.neuron, s.step);
            } else {
                b.current(s.neuron, s.step, s.current);
            }
        }
        return b.build();
    }

    public StopCondition stop() {
        StopCondition c = StopCondition.afterSteps(maxSteps);
        if (quiescent) {
            c = c.orQuiescent();
        }
        if (watched.length > 0) {
            c = all ? c.orWhenAllSpiked(watched) : c.orWhenAnySpiked(watched);
        }
        return c;
    }

    private static String java(NeuronType t) {
        StringBuilder sb = new StringBuilder("NeuronType.builder().threshold(").append(t.threshold()).append(')');
        sb.append(".reset(").append(t.reset().isSoft() ? "Reset.soft()" : "Reset.hard(" + t.reset().value() + ")").append(')');
        sb.append(".leak(").append(switch (t.leak().kind()) {
            case NONE -> "Leak.none()";
            case FULL -> "Leak.full()";
            case SHIFT -> "Leak.shift(" + t.leak().amount() + ")";
            case LINEAR -> "Leak.linear(" + t.leak().amount() + ")";
        }).append(')');
        sb.append(".bias(").append(t.bias()).append(')');
        sb.append(".refractory(").append(t.firesOnce() ? "NeuronType.FIRE_ONCE" : String.valueOf(t.refractory())).append(')');
        sb.append(".fireChance(").append(t.fireChance()).append(')');
        sb.append(".potentialBits(").append(t.potentialBits()).append(").build()");
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("\n// ").append(neuronCount()).append(" neurons, ")
                .append(synapses.size()).append(" synapses, ").append(stimulus.size()).append(" stimulus entries\n");
        for (int t = 0; t < types.size(); t++) {
            sb.append("NeuronType t").append(t).append(" = ").append(java(types.get(t))).append(";\n");
        }
        sb.append("NetworkBuilder b = Network.builder();\n");
        int i = 0;
        while (i < typeOf.length) {
            int j = i;
            while (j < typeOf.length && typeOf[j] == typeOf[i]) {
                j++;
            }
            sb.append(j - i == 1 ? "b.neuron(t" + typeOf[i] + ");" : "b.neurons(t" + typeOf[i] + ", " + (j - i) + ");")
                    .append(" // ").append(i).append(j - i == 1 ? "" : ".." + (j - 1)).append('\n');
            i = j;
        }
        for (Syn s : synapses) {
            sb.append("b.synapse(").append(s.source).append(", ").append(s.target).append(", ").append(s.weight)
                    .append(", ").append(s.delay).append(");\n");
        }
        sb.append("Network net = b.build();\nStimulus s = Stimulus.builder()");
        for (Stim s : stimulus) {
            sb.append(s.forced ? ".spike(" + s.neuron + ", " + s.step + ")"
                    : ".current(" + s.neuron + ", " + s.step + ", " + s.current + ")");
        }
        sb.append(".build();\nStopCondition stop = StopCondition.afterSteps(").append(maxSteps).append(')');
        if (quiescent) {
            sb.append(".orQuiescent()");
        }
        if (watched.length > 0) {
            sb.append(all ? ".orWhenAllSpiked(" : ".orWhenAnySpiked(")
                    .append(Arrays.stream(watched).mapToObj(String::valueOf).collect(Collectors.joining(", "))).append(')');
        }
        sb.append(";\nlong seed = ").append(seed).append("L;\n");
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetSpec s && s.types.equals(types) && Arrays.equals(s.typeOf, typeOf)
                && s.synapses.equals(synapses) && s.stimulus.equals(stimulus) && s.maxSteps == maxSteps
                && s.quiescent == quiescent && Arrays.equals(s.watched, watched) && s.all == all && s.seed == seed;
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
