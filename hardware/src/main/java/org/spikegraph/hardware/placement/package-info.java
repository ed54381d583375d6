/**
 * Placement: an already legal network's neurons onto cores honouring every per-core limit of a
 * {@link org.spikegraph.hardware.profile.HardwareProfile}, cores onto a 2-D mesh of tiles and onto
 * chips, in a locality-preserving order so that most spikes stay in a core or a tile.
 * {@link org.spikegraph.hardware.placement.Legality} refuses a network that is not legal yet.
 */
package org.spikegraph.hardware.placement;
