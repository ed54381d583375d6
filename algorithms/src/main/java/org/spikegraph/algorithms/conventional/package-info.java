/** Conventional algorithms on primitive arrays: the fastest baselines we measure the circuits against. */
package org.spikegraph.algorithms.conventional;
