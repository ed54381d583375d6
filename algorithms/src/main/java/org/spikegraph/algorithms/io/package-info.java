/**
 * Graph files to {@link org.spikegraph.algorithms.graph.CsrGraph} and back: {@link
 * org.spikegraph.algorithms.io.GraphLoader} (streaming loaders for DIMACS {@code .gr}/{@code .co},
 * SNAP-style edge lists and Matrix Market; jgrapht-io for DOT, GraphML, GML, CSV and JSON; gzip
 * transparently), {@link org.spikegraph.algorithms.io.GraphWriter}, the {@link
 * org.spikegraph.algorithms.io.GraphFormat} names used by {@code --format}, and {@link
 * org.spikegraph.algorithms.io.GraphParseException}, which names file, line and reason for every
 * bad input. GraphML with a DTD or entity declaration is refused (no XXE).
 */
package org.spikegraph.algorithms.io;
