/**
 * The time and energy cost model (SANA-FE style, see docs/hardware.md): a legal network is re-run on
 * the event engine, every spike is accounted per step and per core, and the step times, barriers,
 * ticks and energies are summed into a {@link org.spikegraph.hardware.cost.Projection}. Idle steps
 * are paid for: the simulator skips empty time, the chip does not.
 */
package org.spikegraph.hardware.cost;
