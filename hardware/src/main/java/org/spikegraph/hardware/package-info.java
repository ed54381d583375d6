/**
 * What a run would cost on neuromorphic chips: {@link org.spikegraph.hardware.Projector} legalizes
 * ({@code legalize}), places ({@code placement}) and costs ({@code cost}) a network on a chip
 * profile ({@code profile}); {@code cpu} estimates the conventional side.
 */
package org.spikegraph.hardware;
