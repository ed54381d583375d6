package org.spikegraph.algorithms.brick;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spikegraph.substrate.network.Network;
import org.spikegraph.substrate.network.NetworkBuilder;

/**
 * Composes bricks into one network. Bricks are laid out in the order they are added (a brick's
 * neurons in its ports' declaration order), so a composition's neuron ids are fixed by its code;
 * connections add synapses from an output port to an input port. {@link #build()} checks the
 * declared {@link Assumptions} against the limits given to the composer and every brick's neurons
 * against its declaration, and reports every violation at once, naming the brick and the limit. The
 * neuron check (one pass over the synapses) runs whenever the composer has chip limits, and for the
 * simulator ({@link BrickLimits#NONE}) when Java assertions are enabled (every test run): a brick
 * that breaks its own declaration is a bug in the brick, and the simulator needs no declaration.
 *
 * <pre>{@code
 * Composer c = new Composer();
 * Placed wave = c.add("wave", new Wavefront(graph, encoding));
 * Placed witness = c.add("witness", new ArcLatches(graph.arcCount(), 2));
 * c.connect(wave.port("vertex"), witness.port("arc"), Links.arcs(tails, arcs, 1, 1));
 * Composition done = c.build();
 * int neuronOfVertex7 = done.instance("wave").port("vertex").id(7);
 * }</pre>
 */
public final class Composer {

    private final NetworkBuilder builder = Network.builder();
    private final Map<String, Placed> placed = new LinkedHashMap<>();
    private final BrickLimits limits;
    private boolean built;

    /** A composer for the exact simulator: declarations are checked, no chip limits. */
    public Composer() {
        this(BrickLimits.NONE);
    }

    /** A composer whose {@link #build()} also rejects what {@code limits} cannot hold. */
    public Composer(BrickLimits limits) {
        this.limits = limits;
    }

    /**
     * Places {@code brick} under {@code name}: its neurons follow every neuron placed before.
     *
     * @throws IllegalArgumentException when the name is taken
     */
    public Placed add(String name, Brick brick) {
        checkOpen();
        if (placed.containsKey(name)) {
            throw new IllegalArgumentException("a brick named " + name + " is already placed: give each a unique name");
        }
        Placed p = new Placed(name, brick, builder.neuronCount());
        placed.put(name, p);
        brick.build(new BrickScope(builder, p));
        p.declare(brick.assumptions());
        if (p.end() != builder.neuronCount()) {
            throw new IllegalStateException("brick " + p + " added neurons outside its ports");
        }
        return p;
    }

    /**
     * Connects {@code out} to {@code in}: one synapse per link, link indices local to the ports.
     *
     * @throws IllegalArgumentException when a port has the wrong direction or a link leaves a port
     */
    public Composer connect(PortRef out, PortRef in, Links links) {
        checkOpen();
        if (!out.port().direction().sends()) {
            throw new IllegalArgumentException("port " + out + " is an input port: it cannot send to " + in);
        }
        if (!in.port().direction().receives()) {
            throw new IllegalArgumentException("port " + in + " is an output port: it cannot receive from " + out);
        }
        for (int k = 0; k < links.count(); k++) {
            builder.synapse(out.id(links.from(k)), in.id(links.to(k)), links.weight(k), links.delay(k));
        }
        return this;
    }

    /** Connects neuron i of {@code out} to neuron i of {@code in}; the ports must have one size. */
    public Composer connectOneToOne(PortRef out, PortRef in, int weight, int delay) {
        if (out.size() != in.size()) {
            throw new IllegalArgumentException("one-to-one needs ports of one size: " + out + " has " + out.size()
                    + ", " + in + " has " + in.size());
        }
        return connect(out, in, Links.oneToOne(out.size(), weight, delay));
    }

    /**
     * Builds the network and checks it.
     *
     * @throws CompositionException listing every brick that breaks its declaration or the limits
     */
    public Composition build() {
        checkOpen();
        built = true;
        Composition c = new Composition(builder.build(), List.copyOf(placed.values()));
        List<Violation> violations = new ArrayList<>();
        if (!limits.equals(BrickLimits.NONE) || Composer.class.desiredAssertionStatus()) {
            violations.addAll(c.declarationViolations());
        }
        violations.addAll(c.violations(limits));
        if (!violations.isEmpty()) {
            throw new CompositionException(violations);
        }
        return c;
    }

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("this composer has built its network; start a new one");
        }
    }
}
