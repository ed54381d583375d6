/**
 * Networks: neurons of shared types and delayed integer synapses, built once by a
 * {@link org.spikegraph.substrate.network.NetworkBuilder} and immutable afterwards.
 */
package org.spikegraph.substrate.network;
