package org.spikegraph.bench.jmh;

import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;

/** The engines a benchmark's {@code engine} parameter names. */
final class BenchEngines {

    private BenchEngines() {}

    /** "event" or "reference". */
    static Engine byName(String name) {
        switch (name) {
            case "reference":
                return new ReferenceEngine();
            case "event":
                try {
                    return (Engine) Class.forName("org.spikegraph.substrate.engine.EventEngine")
                            .getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("EventEngine is not on the class path yet: " + e, e);
                }
            default:
                throw new IllegalArgumentException("unknown engine '" + name + "': use event or reference");
        }
    }
}
