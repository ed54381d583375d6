/**
 * Chip profiles: what a neuromorphic chip allows (per neuron, per core, per chip) and what its
 * operations cost in time and energy, each number loaded from a JSON resource with its unit and its
 * source ({@code /profiles/*.json}). A figure that is not published has a null value and says so; the
 * cost model lists every such figure it met among a projection's assumptions.
 */
package org.spikegraph.hardware.profile;
