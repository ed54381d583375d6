/**
 * JMH benchmarks of the substrate's engines, each measured against a baseline in the same run, and
 * a memory report.
 *
 * <ul>
 *   <li>{@link org.spikegraph.bench.jmh.SustainedActivityBenchmark}: synaptic events per second of an
 *       engine on a 100,000-neuron, 10^7-synapse random network at about 1% activity per step,
 *       against a raw CSR scatter loop over the same spiking sources;</li>
 *   <li>{@link org.spikegraph.bench.jmh.TimeSkippingBenchmark}: a 1,000-neuron chain with delay
 *       1,000,000 against the same chain with delay 1 (the event engine must skip empty time);</li>
 *   <li>{@link org.spikegraph.bench.jmh.MemoryReport}: bytes per synapse and per neuron of networks
 *       and of engine state (a plain {@code main}).</li>
 * </ul>
 *
 * <p>Every benchmark checks its answer once in its setup (RoaringBitmap's {@code jmh} module does the
 * same), so a fast wrong engine fails instead of scoring. Run from the root with
 * {@code java -jar bench/target/benchmarks.jar}; the figures and commands are in {@code BENCHMARKS.md}.
 */
package org.spikegraph.bench.jmh;
