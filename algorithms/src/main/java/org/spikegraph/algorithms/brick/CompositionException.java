package org.spikegraph.algorithms.brick;

import java.util.List;

/** A composition that breaks a brick's declaration or a chip's limits; the message lists every violation. */
public final class CompositionException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    /** An exception listing {@code violations}, one per line. */
    public CompositionException(List<Violation> violations) {
        super(violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + ": "
                + String.join("; ", violations.stream().map(Violation::toString).toList()));
        this.violations = List.copyOf(violations);
    }

    /** @return the violations */
    public List<Violation> violations() {
        return violations;
    }
}
