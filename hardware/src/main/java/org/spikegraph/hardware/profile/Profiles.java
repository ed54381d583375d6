package org.spikegraph.hardware.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled chip profiles, one JSON resource each under {@code /profiles/}: loihi, loihi2,
 * truenorth, spinnaker, spinnaker2. Every number in a file is an object
 * {@code {"value": number|null, "unit": "...", "source": "...", "assumed": false}}; a missing key is
 * an error, so every figure is stated, with its source or as "not published".
 */
public final class Profiles {

    /** The bundled profile names, in listing order. */
    public static final List<String> NAMES = List.of("loihi", "loihi2", "truenorth", "spinnaker", "spinnaker2");

    private static volatile Map<String, HardwareProfile> cache;

    private Profiles() {}

    /** Every bundled profile, in the order of {@link #NAMES}. */
    public static List<HardwareProfile> all() {
        return List.copyOf(loaded().values());
    }

    /**
     * The bundled profile of that name (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static HardwareProfile byName(String name) {
        HardwareProfile p = name == null ? null : loaded().get(name.trim().toLowerCase(java.util.Locale.ROOT));
        if (p == null) {
            throw new IllegalArgumentException("unknown hardware profile '" + name + "'; known profiles: " + String.join(", ", NAMES));
        }
        return p;
    }

    private static Map<String, HardwareProfile> loaded() {
        Map<String, HardwareProfile> c = cache;
        if (c == null) {
            synchronized (Profiles.class) {
                c = cache;
                if (c == null) {
                    Map<String, HardwareProfile> m = new LinkedHashMap<>();
                    for (String n : NAMES) {
                        m.put(n, load(n));
                    }
                    cache = c = m;
                }
            }
        }
        return c;
    }

    private static HardwareProfile load(String name) {
        String res = "/profiles/" + name + ".json";
        try (InputStream in = Profiles.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("profile resource " + res + " is missing from the jar");
            }
            return parse(new ObjectMapper().readTree(in), res);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile " + res, e);
        }
    }

    /**
     * Reads a profile from its JSON tree.
     *
     * @param where the file name, for messages
     * @throws IllegalArgumentException naming the file and the key when something is missing or malformed
     */
    public static HardwareProfile parse(JsonNode root, String where) {
        JsonNode limits = obj(root, "limits", where);
        JsonNode core = obj(root, "core", where);
        JsonNode mesh = obj(root, "mesh", where);
        List<CostSet> sets = new ArrayList<>();
        JsonNode arr = root.get("sets");
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw new IllegalArgumentException(where + ": \"sets\" must be a non-empty array");
        }
        for (Iterator<JsonNode> it = arr.elements(); it.hasNext(); ) {
            JsonNode s = it.next();
            String w = where + " set " + text(s, "name", where);
            JsonNode t = obj(s, "timing", w);
            JsonNode e = obj(s, "energy", w);
            sets.add(new CostSet(text(s, "name", where), text(s, "source", w),
                    new Timing(fig(t, "synop", w), fig(t, "neuronActive", w), fig(t, "neuronIdle", w), fig(t, "spike", w),
                            fig(t, "message", w), fig(t, "hopEw", w), fig(t, "hopNs", w), fig(t, "barrierOneTile", w),
                            fig(t, "barrierFullChip", w), fig(t, "barrierMultiChip", w), fig(t, "barrierChips", w), fig(t, "tick", w)),
                    new Energy(fig(e, "synop", w), fig(e, "neuronActive", w), fig(e, "neuronIdle", w), fig(e, "spike", w),
                            fig(e, "message", w), fig(e, "hopEw", w), fig(e, "hopNs", w), fig(e, "staticPowerPerChip", w),
                            fig(e, "allInPerSynop", w))));
        }
        return new HardwareProfile(text(root, "name", where), text(root, "title", where),
                fig(limits, "maxDelay", where), fig(limits, "maxFanIn", where), fig(limits, "maxFanOut", where),
                fig(limits, "weightBits", where), fig(limits, "potentialBits", where),
                new CoreLimits(fig(core, "neurons", where), fig(core, "synapses", where), fig(core, "synapseMemoryBytes", where),
                        fig(core, "bytesPerSynapse", where), fig(core, "inputAxons", where), fig(core, "outputCoreEdges", where),
                        fig(core, "targetCoresPerNeuron", where)),
                new MeshGeometry(fig(mesh, "coresPerChip", where), fig(mesh, "coresPerTile", where), fig(mesh, "tilesPerRow", where)),
                sets);
    }

    private static JsonNode obj(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException(where + ": missing object \"" + key + "\"");
        }
        return v;
    }

    private static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(where + ": missing text \"" + key + "\"");
        }
        return v.asText();
    }

    private static Figure fig(JsonNode n, String key, String where) {
        JsonNode f = obj(n, key, where);
        JsonNode v = f.get("value");
        if (v == null || !(v.isNull() || v.isNumber())) {
            throw new IllegalArgumentException(where + ": \"" + key + "\" needs \"value\": a number or null");
        }
        JsonNode a = f.get("assumed");
        return new Figure(v.isNull() ? null : v.asDouble(), text(f, "unit", where + " " + key),
                text(f, "source", where + " " + key), a != null && a.asBoolean());
    }
}
