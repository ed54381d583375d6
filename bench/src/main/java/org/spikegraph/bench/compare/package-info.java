/**
 * The comparative benchmark harness behind {@code spikegraph compare}: methods that solve the same
 * problem on the same graphs and sources (spiking pipeline, JGraphT, the primitive baseline), every
 * answer checked against the reference before any time is kept, medians and spreads of repeated
 * timings after warm-up, hardware projections of the spiking circuit, least-squares growth exponents
 * over a scaling sweep, and the table, CSV, JSON and markdown they are written as.
 */
package org.spikegraph.bench.compare;
