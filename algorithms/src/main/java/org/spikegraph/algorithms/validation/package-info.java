/**
 * Checks every spiking answer against JGraphT, item by item, and reports mismatches with examples
 * ({@link org.spikegraph.algorithms.validation.Validation}).
 */
package org.spikegraph.algorithms.validation;
