package org.spikegraph.substrate.testing;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Reports a failing {@link Seeded} case with its seed and the one-line command that re-runs just that
 * seed (module, class, method, {@code -Dspikegraph.seed}, and {@code -Pslow} for slow tests). The
 * original failure stays attached as the cause.
 */
public final class SeedReport implements InvocationInterceptor {

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        try {
            invocation.proceed();
        } catch (TestAbortedException skipped) {
            throw skipped; // an assumption not met skips the case; it is not a failure
        } catch (Throwable failure) {
            Object seed = call.getArguments().isEmpty() ? null : call.getArguments().get(0);
            if (!(seed instanceof Long)) {
                throw failure;
            }
            throw new AssertionError("seed " + seed + " failed: " + failure.getMessage()
                    + System.lineSeparator() + "  re-run just this seed: " + rerun(call.getExecutable(), (Long) seed),
                    failure);
        }
    }

    /** @return the shell command that re-runs {@code method} for {@code seed} alone */
    public static String rerun(Method method, long seed) {
        Class<?> test = method.getDeclaringClass();
        boolean slow = Arrays.stream(method.getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals("slow"))
                || Arrays.stream(test.getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals("slow"));
        return "mvn -B -pl " + module(test) + " -am test" + (slow ? " -Pslow" : "")
                + " -Dtest=" + test.getSimpleName() + "#" + method.getName()
                + " -D" + Seeds.SEED + "=" + seed + " -Dsurefire.failIfNoSpecifiedTests=false";
    }

    /** The Maven module a test class was compiled in: the folder above its {@code target/test-classes}. */
    private static String module(Class<?> test) {
        try {
            Path classes = Path.of(test.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = classes.getParent();
            return target != null && target.getParent() != null ? target.getParent().getFileName().toString() : "<module>";
        } catch (URISyntaxException | RuntimeException e) {
            return "<module>";
        }
    }
}
