package org.spikegraph.algorithms.validation;

import java.util.List;

/**
 * The result of checking an answer against a reference implementation.
 *
 * @param against        the reference, e.g. "JGraphT DijkstraShortestPath"
 * @param compared       how many items (vertices, paths) were compared
 * @param mismatches     how many disagreed
 * @param examples       the first disagreements, each saying what the reference and the answer hold
 * @param referenceNanos wall time of the reference algorithm alone (graph conversion excluded)
 */
public record Validation(String against, long compared, long mismatches, List<String> examples, long referenceNanos) {

    /** How many mismatch examples are kept. */
    public static final int MAX_EXAMPLES = 10;

    /** True when nothing disagreed. */
    public boolean agrees() {
        return mismatches == 0;
    }

    @Override
    public String toString() {
        return agrees() ? "agrees with " + against + " on " + compared + " items"
                : mismatches + " of " + compared + " items disagree with " + against + ": " + examples;
    }
}
