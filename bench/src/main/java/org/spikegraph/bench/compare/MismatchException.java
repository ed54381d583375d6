package org.spikegraph.bench.compare;

import org.spikegraph.algorithms.validation.Validation;

/**
 * A method's answer disagreed with the reference's on the same graph and source: the comparison is
 * void and no time is reported ({@code spikegraph compare} exits 3).
 */
public final class MismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Validation validation;

    /** The method, the graph, the source (as in the file) and what the check found. */
    public MismatchException(String method, String graph, String source, Validation validation) {
        super(method + " disagrees with " + validation.against() + " on " + graph + " from vertex " + source + ": "
                + validation.mismatches() + " of " + validation.compared() + " vertices differ"
                + (validation.examples().isEmpty() ? "" : ", e.g. " + validation.examples().get(0)));
        this.validation = validation;
    }

    /** What the check found. */
    public Validation validation() {
        return validation;
    }
}
