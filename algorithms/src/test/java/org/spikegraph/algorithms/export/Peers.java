package org.spikegraph.algorithms.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Python peers of the {@code -Ppeers} tests: Debian's python3 with Brian2 ({@code python3-brian})
 * and h5py ({@code python3-h5py}). A missing peer skips the test with the command that installs it;
 * {@code -Dpeers.install=true} runs that command first (as root). {@code -Dpeers.python=PATH} picks
 * the interpreter (default /usr/bin/python3, where Debian's packages are, else python3 on the PATH).
 */
final class Peers {

    private Peers() {}

    /** The interpreter. */
    static String python() {
        String p = System.getProperty("peers.python");
        if (p != null && !p.isBlank()) {
            return p;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** Skips the test unless {@code module} imports, installing {@code debianPackage} first when asked to. */
    static void require(String module, String debianPackage) throws IOException, InterruptedException {
        if (imports(module)) {
            return;
        }
        String install = "apt-get install -y " + debianPackage;
        if (Boolean.getBoolean("peers.install")) {
            Result r = run(Path.of("."), 1800, "sh", "-c", install);
            System.out.println("peers: " + install + " exited " + r.exit());
        }
        assumeTrue(imports(module), "peer missing: " + python() + " cannot import " + module + "; install it with `" + install
                + "` (Debian), or run with -Dpeers.install=true, or point -Dpeers.python at an interpreter that has it");
    }

    private static boolean imports(String module) throws IOException, InterruptedException {
        return run(Path.of("."), 300, python(), "-c", "import " + module).exit() == 0;
    }

    /** A finished process: exit code and its output (stdout and stderr together). */
    record Result(int exit, String output, long millis) {}

    /** Runs a command in {@code dir}, failing after {@code timeoutSeconds}. */
    static Result run(Path dir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Path log = Files.createTempFile("peer", ".log");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", cmd) + " took more than " + timeoutSeconds + " s");
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8), millis);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
