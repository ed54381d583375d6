package org.spikegraph.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Where and when figures were measured.
 *
 * @param cpu    the CPU model as /proc/cpuinfo names it ("unknown" elsewhere)
 * @param cores  processors available to the JVM
 * @param memory total memory as /proc/meminfo says it, e.g. "24.0 GiB"
 * @param maxHeap the JVM's maximum heap, e.g. "4.0 GiB"
 * @param jdk    the Java runtime
 * @param os     the operating system
 * @param date   when, UTC, to the second
 */
public record Machine(String cpu, int cores, String memory, String maxHeap, String jdk, String os, String date) {

    /** This machine, now. */
    public static Machine here() {
        return new Machine(procField(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"),
                Runtime.getRuntime().availableProcessors(),
                procField(Path.of("/proc/meminfo"), "MemTotal").map(Machine::kibToGib).orElse("unknown"),
                String.format(Locale.ROOT, "%.1f GiB", Runtime.getRuntime().maxMemory() / (double) (1L << 30)),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static java.util.Optional<String> procField(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static String kibToGib(String value) {
        try {
            return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(value.replace("kB", "").trim()) / (double) (1L << 20));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
