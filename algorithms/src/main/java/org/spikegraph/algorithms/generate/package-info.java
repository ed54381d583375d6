/** Graph generators for tests, benchmarks and {@code spikegraph generate}: JGraphT's and a road-like one. */
package org.spikegraph.algorithms.generate;
