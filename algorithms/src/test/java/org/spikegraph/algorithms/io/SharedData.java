package org.spikegraph.algorithms.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared real graphs ({@code ../shared/data/} from the project root). Tests run in the
 * module directory, so {@code ../../shared/data} is tried too; when the data is absent the calling
 * test is skipped (an assumption), not failed.
 */
public final class SharedData {
    private SharedData() {}

    private static final String[] ROOTS = {"../shared/data", "../../shared/data"};

    /**
     * @param relative e.g. {@code road/rome99.gr}
     * @return the existing file
     */
    public static Path path(String relative) {
        for (String root : ROOTS) {
            Path p = Path.of(root).resolve(relative);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        assumeTrue(false, "shared data file " + relative + " not found under ../shared/data or ../../shared/data");
        throw new AssertionError("unreachable");
    }
}
