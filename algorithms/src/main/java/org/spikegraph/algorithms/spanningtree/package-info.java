/**
 * Minimum spanning forests by spiking Borůvka rounds: in each run every component's lightest
 * leaving edge is the first spike of that component's neuron; the host merges components and runs
 * again ({@link org.spikegraph.algorithms.spanningtree.SpanningForestCompiler#program()}, a host loop).
 */
package org.spikegraph.algorithms.spanningtree;
