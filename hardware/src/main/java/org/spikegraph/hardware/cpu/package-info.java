/**
 * The CPU side of a comparison: a measured wall time and an energy estimate, from Intel RAPL when
 * {@code /sys/class/powercap/intel-rapl:0/energy_uj} is readable, otherwise from a stated power
 * figure that is listed as an assumption.
 */
package org.spikegraph.hardware.cpu;
