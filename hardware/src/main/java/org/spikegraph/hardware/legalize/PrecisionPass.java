package org.spikegraph.hardware.legalize;

import java.util.HashMap;
import java.util.Map;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;

/** {@link PassReport.Pass#PRECISION}: weights rescaled and potential widths narrowed where exact, else refused (see {@link Legalizer}). */
final class PrecisionPass implements LegalizationPass {

    @Override
    public PassReport.Pass pass() {
        return PassReport.Pass.PRECISION;
    }

    @Override
    public Room room(WorkingNetwork net, ChipLimits limits) {
        return null;
    }

    @Override
    public PassReport apply(WorkingNetwork net, ChipLimits limits) {
        boolean[] or = OrType.orNeurons(net);
        long lo = -(1L << (limits.weightBits() - 1));
        long hi = (1L << (limits.weightBits() - 1)) - 1;
        int rescaled = 0;
        for (int j = 0; j < net.synapseCount(); j++) {
            int w = net.weight.getInt(j);
            if (w >= lo && w <= hi) {
                continue;
            }
            int s = net.src.getInt(j);
            int t = net.tgt.getInt(j);
            if (!or[t]) {
                throw new IllegalArgumentException("synapse " + s + " -> " + t + " has weight " + w + ", outside the chip's "
                        + limits.weightBits() + "-bit signed range [" + lo + ", " + hi + "], and no exact rescaling exists: "
                        + "neuron " + t + " is not OR-type, because " + OrType.whyNotOr(net, t)
                        + "; scale the circuit's weights and thresholds down or use a chip with wider weights");
            }
            net.weight.set(j, 1);
            rescaled++;
        }

        int bits = limits.potentialBits();
        long maxP = (1L << (bits - 1)) - 1;
        long minP = -(1L << (bits - 1));
        long[] absIn = null;
        Map<NeuronType, NeuronType> narrowed = new HashMap<>();
        int narrowedNeurons = 0;
        for (int i = 0; i < net.neuronCount(); i++) {
            NeuronType t = net.type.get(i);
            if (t.potentialBits() <= bits) {
                continue;
            }
            if (t.threshold() > maxP) {
                throw new IllegalArgumentException("neuron " + i + " has threshold " + t.threshold() + " (type " + t
                        + "), above the largest potential " + maxP + " of the chip's " + bits + "-bit neurons");
            }
            if (!t.reset().isSoft() && (t.reset().value() < minP || t.reset().value() > maxP)) {
                throw new IllegalArgumentException("neuron " + i + " resets to " + t.reset().value() + " (type " + t
                        + "), outside the chip's " + bits + "-bit potential range [" + minP + ", " + maxP + "]");
            }
            boolean exact = or[i];
            if (!exact && t.leak().kind() == Leak.Kind.FULL) {
                if (absIn == null) {
                    absIn = new long[net.neuronCount()];
                    for (int j = 0; j < net.synapseCount(); j++) {
                        absIn[net.tgt.getInt(j)] += Math.abs((long) net.weight.getInt(j));
                    }
                }
                exact = Math.abs((long) t.bias()) + absIn[i] <= maxP;
            }
            if (!exact) {
                throw new IllegalArgumentException("neuron " + i + " has a type declaring " + t.potentialBits()
                        + "-bit potentials (" + t + "), above the chip's " + bits + " bits, and narrowing it is not "
                        + "provably exact: only OR-type neurons (threshold 1, bias 0, hard reset 0, fire chance 1, "
                        + "incoming weights >= 1) and full-leak neurons whose |bias| + sum of |incoming weights| fits "
                        + bits + " bits are narrowed; declare potentialBits <= " + bits + " or use a chip with wider potentials");
            }
            net.type.set(i, narrowed.computeIfAbsent(t, x -> x.toBuilder().potentialBits(bits).build()));
            narrowedNeurons++;
        }
        String detail = rescaled + " weights into OR-type neurons rescaled to 1, " + narrowedNeurons + " neurons of "
                + narrowed.size() + " types narrowed to " + bits + " bits";
        return new PassReport(PassReport.Pass.PRECISION, 0, 0, detail);
    }
}
