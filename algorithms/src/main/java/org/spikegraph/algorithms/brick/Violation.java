package org.spikegraph.algorithms.brick;

/**
 * A limit a placed brick breaks.
 *
 * @param instance the placed brick's name
 * @param kind     the brick's kind
 * @param limit    which limit (e.g. "fan-in", "weight bits")
 * @param detail   what the brick has against what is allowed, and what to change
 */
public record Violation(String instance, String kind, String limit, String detail) {

    @Override
    public String toString() {
        return "brick " + instance + " (" + kind + "): " + limit + ": " + detail;
    }
}
