package org.spikegraph.algorithms.brick;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A brick placed in a {@link Composer}: its name (unique in the composition), its ports with their
 * global positions, and its neuron range.
 */
public final class Placed {

    private final String name;
    private final Brick brick;
    private final Map<String, PortRef> ports = new LinkedHashMap<>();
    private final int first;
    private int end;
    private PortRef done;
    private Assumptions assumptions;

    Placed(String name, Brick brick, int first) {
        this.name = name;
        this.brick = brick;
        this.first = first;
        this.end = first;
    }

    /** @return the instance name */
    public String name() {
        return name;
    }

    /** @return the brick */
    public Brick brick() {
        return brick;
    }

    /**
     * @return the port called {@code port}
     * @throws IllegalArgumentException naming the brick's ports when it has none of that name
     */
    public PortRef port(String port) {
        PortRef p = ports.get(port);
        if (p == null) {
            throw new IllegalArgumentException("brick " + name + " (" + brick.kind() + ") has no port " + port
                    + "; its ports: " + ports.keySet());
        }
        return p;
    }

    /** @return every port in layout order */
    public List<PortRef> ports() {
        return Collections.unmodifiableList(new ArrayList<>(ports.values()));
    }

    /** @return what the brick declared when it was placed (asked once: a declaration may cost a pass over a graph) */
    public Assumptions assumptions() {
        return assumptions;
    }

    void declare(Assumptions declared) {
        this.assumptions = java.util.Objects.requireNonNull(declared, "brick " + name + " declares no assumptions");
    }

    /** @return the port of the brick's done neuron, or null when it has none */
    public PortRef done() {
        return done;
    }

    /** @return the first global id of the brick's neurons */
    public int first() {
        return first;
    }

    /** @return one past the last global id of the brick's neurons */
    public int end() {
        return end;
    }

    PortRef add(Port port, boolean isDone) {
        if (ports.containsKey(port.name())) {
            throw new IllegalArgumentException("brick " + name + " (" + brick.kind() + ") declares port " + port.name() + " twice");
        }
        PortRef ref = new PortRef(this, port, end);
        ports.put(port.name(), ref);
        end += port.size();
        if (isDone) {
            done = ref;
        }
        return ref;
    }

    PortRef select(Port port, PortRef of, int[] locals) {
        if (ports.containsKey(port.name())) {
            throw new IllegalArgumentException("brick " + name + " (" + brick.kind() + ") declares port " + port.name() + " twice");
        }
        if (of.instance() != this || of.selected() != null) {
            throw new IllegalArgumentException("brick " + name + " selects from " + of + ": select from a range port of its own");
        }
        for (int i : locals) {
            if (i < 0 || i >= of.size()) {
                throw new IllegalArgumentException("port " + port.name() + " of brick " + name + " selects neuron " + i
                        + " of " + of + " (0.." + (of.size() - 1) + ")");
            }
        }
        PortRef ref = new PortRef(this, port, of.first(), locals.clone());
        ports.put(port.name(), ref);
        return ref;
    }

    @Override
    public String toString() {
        return name + " (" + brick.kind() + ")";
    }
}
