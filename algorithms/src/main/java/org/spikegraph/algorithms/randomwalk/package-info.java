/**
 * Random walks in spiking circuits: walkers are spikes routed by stochastic neurons, one layer per
 * graph step ({@link org.spikegraph.algorithms.randomwalk.RandomWalkCompiler}), read out as
 * {@link org.spikegraph.algorithms.randomwalk.VisitCounts} with Hoeffding intervals.
 */
package org.spikegraph.algorithms.randomwalk;
