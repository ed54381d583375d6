/**
 * k-core decomposition (the coreness of every vertex) as a host loop of spiking peeling runs, built
 * only from bricks; checked against JGraphT's {@code Coreness}.
 */
package org.spikegraph.algorithms.kcore;
