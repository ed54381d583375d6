package org.spikegraph.bench.jmh;

import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;

/** The engines a benchmark's {@code engine} parameter names. */
final class BenchEngines {

    private BenchEngines() {}

    /** "event" or "reference" (the reference engine only on small sizes: it visits every neuron every step). */
    static Engine byName(String name) {
        return switch (name) {
            case "event" -> new EventEngine();
            case "reference" -> new ReferenceEngine();
            default -> throw new IllegalArgumentException("unknown engine '" + name + "': use event or reference");
        };
    }
}
