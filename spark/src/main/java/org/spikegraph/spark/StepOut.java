package org.spikegraph.spark;

import java.io.Serializable;

/**
 * One partition's superstep result: its (static) slice, its new state, its mail to every partition
 * ({@code null} where none, or no array at all) and its summary ({@code null} before the first superstep).
 */
record StepOut(Slice slice, PartState state, Events[] mail, Summary summary) implements Serializable {
}
