/**
 * Test fixtures of the algorithms module, shared by every module's tests (published as this module's
 * test-jar): {@link org.spikegraph.algorithms.testing.RandomGraphs}, the random graphs built twice from
 * one edge list (our CSR and an independent JGraphT copy), and the {@link
 * org.spikegraph.algorithms.testing.Engines} a circuit runs on. Draws come from the substrate harness's
 * {@link org.spikegraph.substrate.testing.Dice}, one per seeded case.
 */
package org.spikegraph.algorithms.testing;
