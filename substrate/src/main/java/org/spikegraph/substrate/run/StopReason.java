package org.spikegraph.substrate.run;

/** Why a run ended. When several hold after the same step, the first in this order is reported. */
public enum StopReason {
    /** The watched neurons spiked (any or all of them, as asked). */
    SPIKED,
    /** Nothing could change any more: no pending input, no stimulus to come, every neuron at rest. */
    QUIESCENT,
    /** The step limit was reached. */
    STEP_LIMIT
}
