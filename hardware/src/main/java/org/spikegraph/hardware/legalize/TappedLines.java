package org.spikegraph.hardware.legalize;

import org.spikegraph.substrate.neuron.NeuronType;

/**
 * One delay line per source with long synapses: stages every maxDelay steps, each long synapse tapping
 * the stage that leaves it a final delay in 1..maxDelay. The fan-out pass ran before, so a source has at
 * most maxFanOut synapses; a stage that is not the last is passed by at least one of the source's long
 * synapses, so it has at most maxFanOut - 1 taps plus its successor: no stage exceeds the fan-out limit.
 * With one axon per neuron the stages come every maxDelay - 1 steps and each tap leaves 2..maxDelay.
 */
final class TappedLines implements DelayLines {

    @Override
    public String what() {
        return "tapped delay lines";
    }

    @Override
    public long relays(WorkingNetwork net, ChipLimits limits) {
        int[] stages = stages(net, limits);
        long relays = 0;
        for (int s = 0; s < stages.length; s++) {
            relays += stages[s];
        }
        return relays;
    }

    /** The stages of each source's line: 0 for a source without long synapses. */
    private static int[] stages(WorkingNetwork net, ChipLimits limits) {
        int max = limits.maxDelay();
        // With one axon per neuron, stages come every max - 1 steps and taps leave 2..max steps, so that
        // the one-axon pass can put a splitter hop in front of every tap (see OneAxonPass).
        boolean roomy = limits.oneAxon() && max >= 2 && max != ChipLimits.NONE;
        int spacing = roomy ? max - 1 : max;
        int low = roomy ? 2 : 1;
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        int[] stages = new int[n0];
        for (int j = 0; j < m0; j++) {
            int d = net.delay.getInt(j);
            if (d > max) {
                int s = net.src.getInt(j);
                stages[s] = Math.max(stages[s], (d - low) / spacing);
            }
        }
        return stages;
    }

    @Override
    public String build(WorkingNetwork net, ChipLimits limits, NeuronType relay) {
        int max = limits.maxDelay();
        // With one axon per neuron, stages come every max - 1 steps and taps leave 2..max steps, so that
        // the one-axon pass can put a splitter hop in front of every tap (see OneAxonPass).
        boolean roomy = limits.oneAxon() && max >= 2 && max != ChipLimits.NONE;
        int spacing = roomy ? max - 1 : max;
        int low = roomy ? 2 : 1;
        int n0 = net.neuronCount();
        int m0 = net.synapseCount();
        int[] stages = stages(net, limits);
        int[] firstStage = new int[n0];
        int lines = 0;
        for (int s = 0; s < n0; s++) {
            if (stages[s] == 0) {
                continue;
            }
            int prev = s;
            for (int i = 1; i <= stages[s]; i++) {
                int r = net.addNeuron(relay);
                net.addSynapse(prev, r, 1, spacing);
                if (i == 1) {
                    firstStage[s] = r;
                }
                prev = r;
            }
            lines++;
        }
        for (int j = 0; j < m0; j++) {
            int d = net.delay.getInt(j);
            if (d > max) {
                int i = (d - low) / spacing;
                // The stages of one line are consecutive neuron ids.
                net.src.set(j, firstStage[net.src.getInt(j)] + i - 1);
                net.delay.set(j, d - i * spacing);
            }
        }
        return lines + " tapped lines";
    }
}
