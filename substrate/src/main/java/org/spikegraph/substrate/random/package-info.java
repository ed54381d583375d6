/** Counter-based randomness: draws that depend only on (seed, neuron, step). */
package org.spikegraph.substrate.random;
