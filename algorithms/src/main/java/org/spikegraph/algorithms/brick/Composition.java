package org.spikegraph.algorithms.brick;

import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * A composed network and where every placed brick's ports are in it.
 *
 * @param network   the network
 * @param instances the placed bricks in layout order
 */
public record Composition(Network network, List<Placed> instances) {

    /**
     * @return the brick placed as {@code name}
     * @throws IllegalArgumentException naming the placed bricks when none has that name
     */
    public Placed instance(String name) {
        for (Placed p : instances) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no brick named " + name + " is placed; placed: "
                + instances.stream().map(Placed::name).toList());
    }

    /**
     * What the bricks' declarations promise that {@code limits} cannot hold: weights or potentials
     * wider than the chip's, random draws it lacks, or fan-in above its limit in a brick that is not
     * OR-type (an OR gate's fan-in can be split into relay trees, a threshold gate's cannot).
     */
    public List<Violation> violations(BrickLimits limits) {
        List<Violation> out = new ArrayList<>();
        for (Placed p : instances) {
            Assumptions a = p.assumptions();
            String kind = p.brick().kind();
            if (a.weightBits() > limits.weightBits()) {
                out.add(new Violation(p.name(), kind, "weight bits", a.weightBits() + "-bit weights, " + limits.chip()
                        + " holds " + limits.weightBits()));
            }
            if (a.potentialBits() > limits.potentialBits()) {
                out.add(new Violation(p.name(), kind, "potential bits", a.potentialBits() + "-bit potentials, "
                        + limits.chip() + " holds " + limits.potentialBits()));
            }
            if (a.stochastic() && !limits.stochastic()) {
                out.add(new Violation(p.name(), kind, "stochastic neurons", limits.chip() + " has no random draws"));
            }
            if (!a.orType() && a.maxFanIn() > limits.maxFanIn()) {
                out.add(new Violation(p.name(), kind, "fan-in", "threshold neurons with fan-in up to " + a.maxFanIn()
                        + ", " + limits.chip() + " allows " + limits.maxFanIn() + " and only OR gates can be split"));
            }
        }
        return out;
    }

    /**
     * Every neuron that breaks its brick's declaration: fan-in, weight width, potential width (its
     * summed |weight| in and its threshold), OR type, fire-once, random draws.
     */
    List<Violation> declarationViolations() {
        int n = network.neuronCount();
        int[] fanIn = new int[n];
        byte[] widestIn = new byte[n];
        long[] absIn = new long[n];
        int[] palette = network.weightPaletteArray();
        byte[] paletteBits = new byte[palette.length];
        for (int k = 0; k < palette.length; k++) {
            paletteBits[k] = (byte) Assumptions.bitsFor(palette[k]);
        }
        for (long synapse : network.synapseArray()) { // storage order is irrelevant here: per-target sums
            int t = Network.packedTarget(synapse);
            int w = Network.packedWeightIndex(synapse);
            fanIn[t]++;
            absIn[t] += Math.abs(palette[w]);
            if (paletteBits[w] > widestIn[t]) {
                widestIn[t] = paletteBits[w];
            }
        }
        short[] typeOf = network.typeOfArray();
        List<NeuronType> types = network.types();
        List<Violation> out = new ArrayList<>();
        for (Placed p : instances) {
            Assumptions a = p.assumptions();
            String kind = p.brick().kind();
            for (int v = p.first(); v < p.end(); v++) {
                NeuronType type = types.get(typeOf[v] & 0xFFFF);
                String what = null;
                String limit = null;
                if (fanIn[v] > a.maxFanIn()) {
                    limit = "fan-in";
                    what = fanIn[v] + " synapses, declared at most " + a.maxFanIn();
                } else if (widestIn[v] > a.weightBits()) {
                    limit = "weight bits";
                    what = "a " + widestIn[v] + "-bit weight, declared " + a.weightBits();
                } else if (Math.max(Assumptions.bitsFor(absIn[v]), Assumptions.bitsFor(type.threshold())) > a.potentialBits()) {
                    limit = "potential bits";
                    what = "inputs summing to " + absIn[v] + " and threshold " + type.threshold() + ", declared "
                            + a.potentialBits() + "-bit potentials";
                } else if (a.orType() && type.threshold() != 1) {
                    limit = "OR-type";
                    what = "threshold " + type.threshold() + ", declared OR gates (threshold 1)";
                } else if (a.spikesOnce() && !type.firesOnce()) {
                    limit = "one spike per run";
                    what = "not a fire-once neuron, declared at most one spike per run";
                } else if (!a.stochastic() && type.stochastic()) {
                    limit = "deterministic";
                    what = "fires by a random draw, declared deterministic";
                }
                if (limit != null) {
                    out.add(new Violation(p.name(), kind, limit, "neuron " + local(p, v) + " has " + what));
                }
            }
        }
        return out;
    }

    private static String local(Placed p, int global) {
        for (PortRef port : p.ports()) {
            if (port.selected() == null && global >= port.first() && global < port.first() + port.size()) {
                return port.port().name() + "[" + (global - port.first()) + "]";
            }
        }
        return "#" + global;
    }
}
