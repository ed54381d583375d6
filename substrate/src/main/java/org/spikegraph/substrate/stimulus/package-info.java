/** External input to a run: forced spikes and stimulus currents at given neurons and steps. */
package org.spikegraph.substrate.stimulus;
