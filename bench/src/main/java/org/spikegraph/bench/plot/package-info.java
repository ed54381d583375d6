/** Pictures drawn with XChart: spike rasters (PNG, SVG). */
package org.spikegraph.bench.plot;
