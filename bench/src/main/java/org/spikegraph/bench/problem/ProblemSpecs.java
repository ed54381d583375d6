package org.spikegraph.bench.problem;

import java.util.ArrayList;
import java.security.CodeSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The problem specs on the class path ({@link ServiceLoader}): the bench's own first, in the order its
 * {@code META-INF/services} file lists them, then any others (another jar's, a test's) in class-path
 * order.
 */
public final class ProblemSpecs {

    private static final List<ProblemSpec<?, ?>> ALL = load();

    private ProblemSpecs() {}

    /** Every spec: the bench's own in its services file's order, then the others. */
    public static List<ProblemSpec<?, ?>> all() {
        return ALL;
    }

    /** The spec named {@code name} (its name or one of its {@link ProblemSpec#aliases()}), if any. */
    public static Optional<ProblemSpec<?, ?>> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .or(() -> ALL.stream().filter(s -> s.aliases().contains(name)).findFirst());
    }

    /** The names, in order, for messages and help. */
    public static List<String> names() {
        return ALL.stream().map(ProblemSpec::name).toList();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<ProblemSpec<?, ?>> load() {
        List<ProblemSpec<?, ?>> own = new ArrayList<>();
        List<ProblemSpec<?, ?>> others = new ArrayList<>();
        for (ProblemSpec s : ServiceLoader.load(ProblemSpec.class)) {
            (sameCodeSource(s.getClass()) ? own : others).add(s);
        }
        own.addAll(others);
        return List.copyOf(own);
    }

    private static boolean sameCodeSource(Class<?> type) {
        CodeSource mine = ProblemSpecs.class.getProtectionDomain().getCodeSource();
        CodeSource theirs = type.getProtectionDomain().getCodeSource();
        return mine == null || theirs == null || Objects.equals(mine.getLocation(), theirs.getLocation());
    }
}
