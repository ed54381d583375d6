package org.spikegraph.algorithms.testing;

import org.spikegraph.substrate.engine.EventEngine;
import org.spikegraph.substrate.engine.ReferenceEngine;
import org.spikegraph.substrate.run.Engine;

/** The two simulation engines every circuit property runs on; draw one with {@code dice.pick(Engines.values())}. */
public enum Engines {
    /** The clock-driven {@link ReferenceEngine}: pays for every step. */
    REFERENCE,
    /** The {@link EventEngine}: pays for spikes and synaptic events only. */
    EVENT;

    /** @return a new engine of this kind */
    public Engine create() {
        return this == REFERENCE ? new ReferenceEngine() : new EventEngine();
    }
}
