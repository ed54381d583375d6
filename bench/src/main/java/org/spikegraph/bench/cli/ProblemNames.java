package org.spikegraph.bench.cli;

import java.util.Iterator;
import java.util.stream.Stream;
import org.spikegraph.bench.problem.ProblemSpec;
import org.spikegraph.bench.problem.ProblemSpecs;

/**
 * The names {@code compare --problem} takes, as its help lists them: every spec's name followed by its
 * {@link ProblemSpec#aliases()} (e.g. eccentricity, diameter), in the services file's order.
 */
final class ProblemNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return ProblemSpecs.all().stream().flatMap(s -> Stream.concat(Stream.of(s.name()), s.aliases().stream())).iterator();
    }
}
