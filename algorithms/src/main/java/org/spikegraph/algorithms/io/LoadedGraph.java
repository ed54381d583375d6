package org.spikegraph.algorithms.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.spikegraph.algorithms.graph.CsrGraph;

/**
 * A graph read by {@link GraphLoader}.
 *
 * @param graph the graph; {@code graph.name(v)} is the id written in the file
 * @param format the format it was read as
 * @param file the file it was read from
 * @param coordinates vertex coordinates, or null when none were read
 * @param labels vertex names by index (jgrapht-io formats: a {@code label} attribute, else the id
 *     as written), or null when the ids are the names
 */
public record LoadedGraph(
        CsrGraph graph, GraphFormat format, Path file, Coordinates coordinates, List<String> labels) {

    /** Checks sizes. */
    public LoadedGraph {
        Objects.requireNonNull(graph);
        Objects.requireNonNull(format);
        Objects.requireNonNull(file);
        if (coordinates != null && coordinates.size() != graph.vertexCount()) {
            throw new IllegalArgumentException("coordinates for " + coordinates.size() + " vertices, graph has " + graph.vertexCount());
        }
        if (labels != null && labels.size() != graph.vertexCount()) {
            throw new IllegalArgumentException("labels for " + labels.size() + " vertices, graph has " + graph.vertexCount());
        }
    }

    /** @return the coordinates when some were read */
    public Optional<Coordinates> maybeCoordinates() {
        return Optional.ofNullable(coordinates);
    }

    /** @return the name of vertex {@code v}: its label when there is one, else its original id */
    public String label(int v) {
        return labels != null ? labels.get(v) : graph.name(v);
    }
}
