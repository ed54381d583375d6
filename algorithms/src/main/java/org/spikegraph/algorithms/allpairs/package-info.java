/**
 * All-pairs distances on the lane engine ({@link org.spikegraph.substrate.engine.LaneEngine}): the
 * shortest-path wavefront from 64 sources per word, streamed per source ({@link
 * org.spikegraph.algorithms.allpairs.LaneDistances}), and what they aggregate into: closeness and
 * harmonic centrality, eccentricity, radius, diameter and centre ({@link
 * org.spikegraph.algorithms.allpairs.DistanceSummary}), with JGraphT's definitions.
 */
package org.spikegraph.algorithms.allpairs;
