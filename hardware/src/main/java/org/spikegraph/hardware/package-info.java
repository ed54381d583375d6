/**
 * What a run would cost on neuromorphic chips: {@link org.spikegraph.hardware.Projector} takes a
 * circuit or a whole program (one circuit or a host loop), legalizes ({@code legalize}), places
 * ({@code placement}) and costs ({@code cost}) each of its networks on a chip profile
 * ({@code profile}), decodes the answer from the legal runs and sums the runs into a
 * {@link org.spikegraph.hardware.ChipRun}; {@code cpu} estimates the conventional side.
 */
package org.spikegraph.hardware;
