package org.spikegraph.algorithms.io;

import java.util.Objects;

/**
 * Planar vertex coordinates by vertex index (from a DIMACS {@code .co} file). Vertices the file
 * does not mention have NaN coordinates. The arrays are shared: callers must not modify them.
 *
 * @param x x coordinate of vertex {@code v} at {@code x[v]}
 * @param y y coordinate of vertex {@code v} at {@code y[v]}
 */
public record Coordinates(double[] x, double[] y) {

    /** @throws IllegalArgumentException if the arrays differ in length */
    public Coordinates {
        Objects.requireNonNull(x);
        Objects.requireNonNull(y);
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
    }

    /** @return number of vertices covered */
    public int size() {
        return x.length;
    }

    /** @return x of vertex {@code v} */
    public double x(int v) {
        return x[v];
    }

    /** @return y of vertex {@code v} */
    public double y(int v) {
        return y[v];
    }
}
