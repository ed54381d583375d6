/**
 * Bricks: reusable sub-circuits with named, typed ports, composed into one network without neuron-id
 * arithmetic. A {@link org.spikegraph.algorithms.brick.Brick} lays out its neurons in ports and wires
 * its own synapses through a {@link org.spikegraph.algorithms.brick.BrickScope}; a
 * {@link org.spikegraph.algorithms.brick.Composer} places bricks, connects an output port to an input
 * port ({@link org.spikegraph.algorithms.brick.Links}: one to one, all to all, or an explicit list), and
 * builds a {@link org.spikegraph.algorithms.brick.Composition}: the network and, for decoders and
 * stimuli, the global ids of every placed port. Each brick declares what it guarantees
 * ({@link org.spikegraph.algorithms.brick.Assumptions}); the composer checks the built neurons against
 * the declarations and the declarations against a chip's limits
 * ({@link org.spikegraph.algorithms.brick.BrickLimits}), naming the brick and the limit.
 *
 * <p>After Fugu's bricks and scaffold (Aimone et al., "Composing neural algorithms with Fugu", ICONS
 * 2019) and Lava's split of a process (ports, what it computes) from its model (how); unlike them the
 * ports are typed by direction and size, the assumptions are checked, and the network runs on an exact
 * simulator.
 */
package org.spikegraph.algorithms.brick;
