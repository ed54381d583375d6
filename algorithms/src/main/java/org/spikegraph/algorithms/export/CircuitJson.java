package org.spikegraph.algorithms.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;
import org.spikegraph.substrate.neuron.Leak;
import org.spikegraph.substrate.neuron.NeuronType;
import org.spikegraph.substrate.neuron.Reset;
import org.spikegraph.substrate.run.StopCondition;
import org.spikegraph.substrate.stimulus.Stimulus;

/**
 * The project's own lossless JSON for a circuit: network, stimulus, stop condition and readout, so a
 * circuit can be stored, diffed and re-run. Reading it back builds the same network: the same types
 * at the same indices, the same synapses in the same storage order, so every engine runs it bit for
 * bit as the original.
 *
 * <pre>{@code
 * {"format": "spikegraph-circuit", "version": 1, "problem": "sssp",
 *  "types": [{"threshold": 1, "reset": {"kind": "HARD", "value": 0}, "leak": {"kind": "NONE", "amount": 0},
 *             "bias": 0, "refractory": -1, "fireChance": 65536, "potentialBits": 32}],
 *  "neurons": [0, 0, ...],                        // type index of every neuron
 *  "synapses": {"source": [...], "target": [...], "weight": [...], "delay": [...]},   // storage order
 *  "stimulus": {"step": [...], "neuron": [...], "current": [...], "forced": [...]},
 *  "stop": {"maxSteps": 100, "quiescence": true, "watched": [], "allWatched": false},
 *  "readout": {"quantity": "distance", "neurons": [...], "offset": 0, "divisor": 1}}
 * }</pre>
 */
public final class CircuitJson {

    /** The value of the "format" field. */
    public static final String FORMAT = "spikegraph-circuit";

    /** The version written; reading accepts this one. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CircuitJson() {}

    /** Writes {@code circuit} to {@code out} (not closed). */
    public static void write(ExportedCircuit circuit, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            Network net = circuit.network();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("problem", circuit.problem());
            g.writeArrayFieldStart("types");
            for (NeuronType t : net.types()) {
                g.writeRaw("\n  ");
                g.writeStartObject();
                g.writeNumberField("threshold", t.threshold());
                g.writeObjectFieldStart("reset");
                g.writeStringField("kind", t.reset().kind().name());
                g.writeNumberField("value", t.reset().value());
                g.writeEndObject();
                g.writeObjectFieldStart("leak");
                g.writeStringField("kind", t.leak().kind().name());
                g.writeNumberField("amount", t.leak().amount());
                g.writeEndObject();
                g.writeNumberField("bias", t.bias());
                g.writeNumberField("refractory", t.refractory());
                g.writeNumberField("fireChance", t.fireChance());
                g.writeNumberField("potentialBits", t.potentialBits());
                g.writeEndObject();
            }
            g.writeEndArray();
            int n = net.neuronCount();
            int[] typeOf = new int[n];
            for (int i = 0; i < n; i++) {
                typeOf[i] = net.typeIndex(i);
            }
            g.writeRaw("\n");
            g.writeFieldName("neurons");
            g.writeArray(typeOf, 0, n);
            int m = net.synapseCount();
            int[] source = new int[m];
            int[] weight = new int[m];
            for (int s = 0; s < n; s++) {
                for (int j = net.outStart(s); j < net.outEnd(s); j++) {
                    source[j] = s;
                    weight[j] = net.weight(j);
                }
            }
            g.writeRaw("\n");
            g.writeObjectFieldStart("synapses");
            g.writeFieldName("source");
            g.writeArray(source, 0, m);
            g.writeFieldName("target");
            g.writeArray(net.targets(), 0, m);
            g.writeFieldName("weight");
            g.writeArray(weight, 0, m);
            g.writeFieldName("delay");
            g.writeArray(net.delays(), 0, m);
            g.writeEndObject();
            Stimulus st = circuit.stimulus();
            int k = st.size();
            g.writeRaw("\n");
            g.writeObjectFieldStart("stimulus");
            long[] step = new long[k];
            int[] neuron = new int[k];
            long[] current = new long[k];
            for (int e = 0; e < k; e++) {
                step[e] = st.step(e);
                neuron[e] = st.neuron(e);
                current[e] = st.current(e);
            }
            g.writeFieldName("step");
            g.writeArray(step, 0, k);
            g.writeFieldName("neuron");
            g.writeArray(neuron, 0, k);
            g.writeFieldName("current");
            g.writeArray(current, 0, k);
            g.writeArrayFieldStart("forced");
            for (int e = 0; e < k; e++) {
                g.writeBoolean(st.forced(e));
            }
            g.writeEndArray();
            g.writeEndObject();
            StopCondition stop = circuit.stop();
            g.writeRaw("\n");
            g.writeObjectFieldStart("stop");
            g.writeNumberField("maxSteps", stop.maxSteps());
            g.writeBooleanField("quiescence", stop.quiescence());
            g.writeFieldName("watched");
            int[] watched = stop.watched();
            g.writeArray(watched, 0, watched.length);
            g.writeBooleanField("allWatched", stop.allWatched());
            g.writeEndObject();
            Readout r = circuit.readout();
            g.writeRaw("\n");
            g.writeObjectFieldStart("readout");
            g.writeStringField("quantity", r.quantity());
            g.writeFieldName("neurons");
            int[] rn = r.neurons();
            g.writeArray(rn, 0, rn.length);
            g.writeNumberField("offset", r.offset());
            g.writeNumberField("divisor", r.divisor());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw("\n");
        }
    }

    /** Writes {@code circuit} to the file {@code out}. */
    public static void write(ExportedCircuit circuit, Path out) throws IOException {
        try (OutputStream o = Files.newOutputStream(out)) {
            write(circuit, o);
        }
    }

    /**
     * Reads a circuit written by {@link #write}.
     *
     * @param name the file's name, for messages
     * @throws IllegalArgumentException naming the file, the field (and, for malformed JSON, the line) and the reason
     */
    public static ExportedCircuit read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ":" + e.getLocation().getLineNr() + ": malformed JSON: "
                    + e.getOriginalMessage());
        }
        return new Reader(name).circuit(root);
    }

    /** Reads the circuit in the file {@code file}. */
    public static ExportedCircuit read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads fields, naming the file and the field in every error. */
    private record Reader(String name) {

        ExportedCircuit circuit(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw bad("(root)", "expected a JSON object");
            }
            String format = text(root, "format");
            if (!FORMAT.equals(format)) {
                throw bad("format", "expected \"" + FORMAT + "\", got \"" + format + "\"");
            }
            long version = integer(root, "version");
            if (version != VERSION) {
                throw bad("version", "this reader takes version " + VERSION + ", got " + version);
            }
            String problem = text(root, "problem");
            JsonNode types = array(root, "types");
            NeuronType[] type = new NeuronType[types.size()];
            for (int t = 0; t < type.length; t++) {
                type[t] = neuronType(types.get(t), "types[" + t + "]");
            }
            int[] typeOf = ints(array(root, "neurons"), "neurons");
            NetworkBuilder b = Network.builder();
            for (int i = 0; i < typeOf.length; i++) {
                if (typeOf[i] < 0 || typeOf[i] >= type.length) {
                    throw bad("neurons[" + i + "]", "type index " + typeOf[i] + " is not one of the " + type.length + " types");
                }
                b.neuron(type[typeOf[i]]);
            }
            JsonNode syn = object(root, "synapses");
            int[] source = ints(array(syn, "source"), "synapses.source");
            int[] target = ints(array(syn, "target"), "synapses.target");
            int[] weight = ints(array(syn, "weight"), "synapses.weight");
            int[] delay = ints(array(syn, "delay"), "synapses.delay");
            sameLength("synapses", source.length, target.length, weight.length, delay.length);
            Network network;
            try {
                for (int j = 0; j < source.length; j++) {
                    if (j > 0 && source[j] < source[j - 1]) {
                        throw bad("synapses.source[" + j + "]", "synapses must be listed by source (storage order)");
                    }
                    b.synapse(source[j], target[j], weight[j], delay[j]);
                }
                network = b.build();
            } catch (IllegalArgumentException e) {
                if (e.getMessage().startsWith(name)) {
                    throw e;
                }
                throw bad("synapses", e.getMessage());
            }
            for (int t = 0; t < type.length; t++) {
                if (t >= network.types().size() || !network.types().get(t).equals(type[t])) {
                    throw bad("types[" + t + "]", "every type must be used, in the order of its first neuron");
                }
            }
            JsonNode st = object(root, "stimulus");
            long[] step = longs(array(st, "step"), "stimulus.step");
            int[] neuron = ints(array(st, "neuron"), "stimulus.neuron");
            long[] current = longs(array(st, "current"), "stimulus.current");
            JsonNode forced = array(st, "forced");
            sameLength("stimulus", step.length, neuron.length, current.length, forced.size());
            Stimulus.Builder sb = Stimulus.builder();
            try {
                for (int e = 0; e < step.length; e++) {
                    if (!forced.get(e).isBoolean()) {
                        throw bad("stimulus.forced[" + e + "]", "expected true or false");
                    }
                    if (current[e] != 0 || !forced.get(e).booleanValue()) {
                        // a merged entry may hold more than an int: add it in int parts, which the builder sums
                        long left = current[e];
                        do {
                            int part = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, left));
                            sb.current(neuron[e], step[e], part);
                            left -= part;
                        } while (left != 0);
                    }
                    if (forced.get(e).booleanValue()) {
                        sb.spike(neuron[e], step[e]);
                    }
                }
            } catch (IllegalArgumentException e) {
                if (e.getMessage().startsWith(name)) {
                    throw e;
                }
                throw bad("stimulus", e.getMessage());
            }
            Stimulus stimulus = sb.build();
            try {
                stimulus.checkNeurons(network.neuronCount());
            } catch (IllegalArgumentException e) {
                throw bad("stimulus", e.getMessage());
            }
            JsonNode sn = object(root, "stop");
            StopCondition stop;
            Readout readout;
            try {
                stop = new StopCondition(integer(sn, "maxSteps"), bool(sn, "quiescence"), ints(array(sn, "watched"), "stop.watched"),
                        bool(sn, "allWatched"));
                stop.checkNeurons(network.neuronCount());
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(name) ? e : bad("stop", e.getMessage());
            }
            JsonNode rn = object(root, "readout");
            try {
                readout = new Readout(text(rn, "quantity"), ints(array(rn, "neurons"), "readout.neurons"), integer(rn, "offset"),
                        integer(rn, "divisor"));
                return new ExportedCircuit(problem, network, stimulus, stop, readout);
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(name) ? e : bad("readout", e.getMessage());
            }
        }

        private NeuronType neuronType(JsonNode t, String at) {
            if (t == null || !t.isObject()) {
                throw bad(at, "expected an object");
            }
            try {
                JsonNode reset = object(t, "reset");
                JsonNode leak = object(t, "leak");
                return new NeuronType(toInt(integer(t, "threshold"), at + ".threshold"),
                        new Reset(Reset.Kind.valueOf(text(reset, "kind")), toInt(integer(reset, "value"), at + ".reset.value")),
                        new Leak(Leak.Kind.valueOf(text(leak, "kind")), toInt(integer(leak, "amount"), at + ".leak.amount")),
                        toInt(integer(t, "bias"), at + ".bias"), toInt(integer(t, "refractory"), at + ".refractory"),
                        toInt(integer(t, "fireChance"), at + ".fireChance"), toInt(integer(t, "potentialBits"), at + ".potentialBits"));
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(name) ? e : bad(at, e.getMessage());
            }
        }

        private void sameLength(String at, int... lengths) {
            for (int l : lengths) {
                if (l != lengths[0]) {
                    throw bad(at, "its arrays must have the same length, got " + java.util.Arrays.toString(lengths));
                }
            }
        }

        private JsonNode field(JsonNode parent, String field) {
            JsonNode v = parent.get(field);
            if (v == null) {
                throw bad(field, "missing");
            }
            return v;
        }

        private String text(JsonNode parent, String field) {
            JsonNode v = field(parent, field);
            if (!v.isTextual()) {
                throw bad(field, "expected a string");
            }
            return v.textValue();
        }

        private long integer(JsonNode parent, String field) {
            JsonNode v = field(parent, field);
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw bad(field, "expected an integer, got " + v);
            }
            return v.longValue();
        }

        private boolean bool(JsonNode parent, String field) {
            JsonNode v = field(parent, field);
            if (!v.isBoolean()) {
                throw bad(field, "expected true or false");
            }
            return v.booleanValue();
        }

        private JsonNode array(JsonNode parent, String field) {
            JsonNode v = field(parent, field);
            if (!v.isArray()) {
                throw bad(field, "expected an array");
            }
            return v;
        }

        private JsonNode object(JsonNode parent, String field) {
            JsonNode v = field(parent, field);
            if (!v.isObject()) {
                throw bad(field, "expected an object");
            }
            return v;
        }

        private int[] ints(JsonNode array, String at) {
            int[] out = new int[array.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode v = array.get(i);
                if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                    throw bad(at + "[" + i + "]", "expected an int, got " + v);
                }
                out[i] = v.intValue();
            }
            return out;
        }

        private long[] longs(JsonNode array, String at) {
            long[] out = new long[array.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode v = array.get(i);
                if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                    throw bad(at + "[" + i + "]", "expected an integer, got " + v);
                }
                out[i] = v.longValue();
            }
            return out;
        }

        private int toInt(long v, String at) {
            if (v != (int) v) {
                throw bad(at, v + " does not fit an int");
            }
            return v == (int) v ? (int) v : 0;
        }

        private IllegalArgumentException bad(String at, String reason) {
            return new IllegalArgumentException(name + ": " + at + ": " + reason);
        }
    }
}
