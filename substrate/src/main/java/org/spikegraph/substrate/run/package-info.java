/**
 * Running a network: the {@link org.spikegraph.substrate.run.Engine} interface, what a run is asked
 * ({@link org.spikegraph.substrate.run.StopCondition}, {@link org.spikegraph.substrate.run.Recording})
 * and what it returns ({@link org.spikegraph.substrate.run.Run},
 * {@link org.spikegraph.substrate.run.ActivityStats}, {@link org.spikegraph.substrate.run.SpikeRaster}).
 */
package org.spikegraph.substrate.run;
