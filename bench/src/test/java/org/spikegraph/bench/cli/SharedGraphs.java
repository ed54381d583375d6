package org.spikegraph.bench.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared real graphs: {@code ../shared/data} from the repository root, that is
 * {@code ../../shared/data} from the {@code bench} module directory where Maven runs the tests. When
 * the data is absent the calling test is skipped (an assumption), not failed.
 */
final class SharedGraphs {

    private static final String[] ROOTS = {"../../shared/data", "../shared/data"};

    private SharedGraphs() {}

    /** The file, e.g. {@code road/rome99.gr}, as a string for a command-line argument. */
    static String path(String relative) {
        for (String root : ROOTS) {
            Path p = Path.of(root).resolve(relative);
            if (Files.isRegularFile(p)) {
                return p.toString();
            }
        }
        assumeTrue(false, "shared data file " + relative + " not found under ../../shared/data or ../shared/data");
        throw new AssertionError("unreachable");
    }
}
