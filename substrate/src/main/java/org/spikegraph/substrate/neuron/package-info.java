/**
 * The neuron model: {@link org.spikegraph.substrate.neuron.NeuronType} (threshold, reset, leak, bias,
 * refractory period, fire probability, potential width) states exactly what one step does. Engines
 * implement these rules; they never add their own.
 */
package org.spikegraph.substrate.neuron;
