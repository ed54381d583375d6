package org.spikegraph.algorithms.validation;

import java.util.ArrayList;
import java.util.List;

/** Counts comparisons and disagreements, keeping the first few as examples. */
final class Mismatches {
    private final List<String> examples = new ArrayList<>();
    private long compared;
    private long count;

    /** Records one comparison; {@code message} is built only when it failed. */
    void check(boolean ok, java.util.function.Supplier<String> message) {
        compared++;
        if (!ok) {
            count++;
            if (examples.size() < Validation.MAX_EXAMPLES) {
                examples.add(message.get());
            }
        }
    }

    Validation result(String against, long referenceNanos) {
        return new Validation(against, compared, count, List.copyOf(examples), referenceNanos);
    }
}
