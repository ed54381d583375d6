/**
 * Test fixtures shared by every module (published as this module's test-jar): the {@link
 * org.spikegraph.substrate.testing.Seeded} harness for randomized tests, the {@link
 * org.spikegraph.substrate.testing.Dice} they draw from, and the random network generators.
 */
package org.spikegraph.substrate.testing;
