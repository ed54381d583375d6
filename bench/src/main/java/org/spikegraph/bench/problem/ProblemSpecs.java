package org.spikegraph.bench.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The problem specs on the class path ({@link ServiceLoader}), in the order {@code META-INF/services} lists them. */
public final class ProblemSpecs {

    private static final List<ProblemSpec<?, ?>> ALL = load();

    private ProblemSpecs() {}

    /** Every spec, in the services file's order. */
    public static List<ProblemSpec<?, ?>> all() {
        return ALL;
    }

    /** The spec named {@code name}, if any. */
    public static Optional<ProblemSpec<?, ?>> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The names, in order, for messages and help. */
    public static List<String> names() {
        return ALL.stream().map(ProblemSpec::name).toList();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<ProblemSpec<?, ?>> load() {
        List<ProblemSpec<?, ?>> specs = new ArrayList<>();
        for (ProblemSpec s : ServiceLoader.load(ProblemSpec.class)) {
            specs.add(s);
        }
        return List.copyOf(specs);
    }
}
