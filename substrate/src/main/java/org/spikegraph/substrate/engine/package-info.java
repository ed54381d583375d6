/**
 * Engines that run networks: {@link org.spikegraph.substrate.engine.ReferenceEngine}, the
 * clock-driven oracle, and {@link org.spikegraph.substrate.engine.EventEngine}, event-driven with a
 * delay calendar and time skipping. Both give the same {@link org.spikegraph.substrate.run.Run}, bit
 * for bit.
 */
package org.spikegraph.substrate.engine;
