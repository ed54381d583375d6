/**
 * A maximal independent set, and a greedy colouring by successive independent sets, built only from
 * bricks; checked for independence, maximality and a proper colouring, the colour count compared with
 * JGraphT's greedy colourings.
 */
package org.spikegraph.algorithms.mis;
