package org.spikegraph.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikegraph.algorithms.io.SharedData;

/**
 * The README's Java blocks, as a newcomer would use them: each is a whole source file (imports and one
 * public class with a main), compiled with javac against the library's classpath and run with the path of
 * rome99.gr as args[0]; every {@code System.out.println(...); // TEXT} line must print TEXT, where "..."
 * stands for any text (each println runs once, in order). So the README cannot rot.
 */
class ReadmeTest {

    private static final Pattern BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("public class (\\w+)");
    private static final Pattern PRINTLN = Pattern.compile("System\\.out\\.println\\(.*\\);(?:\\s*//\\s?(.*))?$");

    @TempDir
    Path dir;

    private static List<String> javaBlocks() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(Path.of("../README.md")));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyJavaBlockCompilesRunsAndPrintsWhatItsCommentsSay() throws Exception {
        List<String> blocks = javaBlocks();
        assertThat(blocks).as("the README's java blocks").hasSizeGreaterThanOrEqualTo(2);
        List<String> names = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (String code : blocks) {
            Matcher c = CLASS.matcher(code);
            assertThat(c.find()).as("a public class in:\n%s", code).isTrue();
            names.add(c.group(1));
            files.add(Files.writeString(dir.resolve(c.group(1) + ".java"), code).toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror", "-d", dir.toString(),
                "-cp", classpath));
        args.addAll(files);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertThat(code).as("javac on the README's blocks:%n%s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            for (int i = 0; i < blocks.size(); i++) {
                List<String> printed = run(loader.loadClass(names.get(i)).getMethod("main", String[].class));
                checkComments(names.get(i), blocks.get(i), printed);
            }
        }
    }

    /** What main printed, line by line, given rome99.gr as args[0]. */
    private static List<String> run(Method main) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) new String[] {SharedData.path("road/rome99.gr").toString()});
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static void checkComments(String name, String code, List<String> printed) {
        List<String> expected = new ArrayList<>(); // null: a println without a comment
        for (String line : code.lines().toList()) {
            Matcher m = PRINTLN.matcher(line.strip());
            if (m.find()) {
                expected.add(m.group(1));
            }
        }
        assertThat(printed).as("%s printed", name).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            if (e == null) {
                continue;
            }
            String regex = List.of(e.strip().split("\\.\\.\\.", -1)).stream().map(Pattern::quote)
                    .collect(Collectors.joining(".*"));
            assertThat(printed.get(i)).as("%s, println %d: the README's comment says '%s'", name, i + 1, e.strip())
                    .matches(regex);
        }
    }
}
