/**
 * Pictures drawn with XChart, as PNG or SVG: spike rasters, spike wavefronts on a road map
 * (vertices at their coordinates coloured by first-spike time), and log-log scaling curves.
 */
package org.spikegraph.bench.plot;
