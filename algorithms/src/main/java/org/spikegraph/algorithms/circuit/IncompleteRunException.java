package org.spikegraph.algorithms.circuit;

/** A run stopped before its circuit's answer was complete; the message says which limit to raise. */
public final class IncompleteRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IncompleteRunException(String message) {
        super(message);
    }
}
