/**
 * Problems as specs: one {@link org.spikegraph.bench.problem.ProblemSpec} per problem (parameters,
 * size, compile, validate, summary, per-vertex answer, conventional baselines), found by
 * {@link java.util.ServiceLoader}; the command line, {@code compare} and the hardware projection
 * iterate them.
 */
package org.spikegraph.bench.problem;
