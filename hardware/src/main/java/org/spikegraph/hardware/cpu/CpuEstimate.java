package org.spikegraph.hardware.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Time and energy of conventional work on this CPU.
 *
 * @param seconds     measured wall time
 * @param joules      energy: measured by RAPL, or seconds &times; stated power
 * @param method      "rapl" or "stated power"
 * @param assumptions what the figure rests on (always at least one entry)
 */
public record CpuEstimate(double seconds, double joules, String method, List<String> assumptions) {

    /** Default stated power: 15 W per active core (an assumption, not a measurement). */
    public static final double DEFAULT_WATTS_PER_CORE = 15.0;

    /** The RAPL package-0 energy counter. */
    public static final Path RAPL = Path.of("/sys/class/powercap/intel-rapl:0/energy_uj");

    /** Copies the list. */
    public CpuEstimate {
        assumptions = List.copyOf(assumptions);
    }

    /** An estimate from a wall time measured elsewhere and a stated power for the given number of active cores. */
    public static CpuEstimate fromWallTime(double seconds, double wattsPerCore, int activeCores) {
        if (seconds < 0 || wattsPerCore < 0 || activeCores < 1) {
            throw new IllegalArgumentException("need seconds >= 0, watts >= 0 and at least one core, got "
                    + seconds + ", " + wattsPerCore + ", " + activeCores);
        }
        double watts = wattsPerCore * activeCores;
        return new CpuEstimate(seconds, seconds * watts, "stated power", List.of(String.format(
                "CPU energy = wall time x %.3g W (%.3g W per active core x %d cores): a stated figure, not a measurement",
                watts, wattsPerCore, activeCores)));
    }

    /** Runs {@code work} once on this thread, measuring wall time and energy (RAPL if readable, else 15 W). */
    public static CpuEstimate measure(Runnable work) {
        return measure(work, DEFAULT_WATTS_PER_CORE, RAPL);
    }

    /**
     * Runs {@code work} once, measuring wall time; energy from the RAPL counter at {@code rapl} when it
     * can be read before and after, otherwise wall time &times; {@code wattsPerCore} (one core).
     */
    public static CpuEstimate measure(Runnable work, double wattsPerCore, Path rapl) {
        OptionalLong before = read(rapl);
        long t0 = System.nanoTime();
        work.run();
        long t1 = System.nanoTime();
        OptionalLong after = read(rapl);
        double seconds = (t1 - t0) / 1e9;
        if (before.isPresent() && after.isPresent()) {
            long delta = after.getAsLong() - before.getAsLong();
            List<String> a = new ArrayList<>();
            a.add("CPU energy measured by RAPL (" + rapl + "): the whole package, other processes and idle cores included");
            if (delta < 0) {
                OptionalLong range = read(rapl.resolveSibling("max_energy_range_uj"));
                if (range.isEmpty()) {
                    return fromWallTime(seconds, wattsPerCore, 1);
                }
                delta += range.getAsLong();
                a.add("the RAPL counter wrapped once during the measurement");
            }
            return new CpuEstimate(seconds, delta / 1e6, "rapl", a);
        }
        CpuEstimate e = fromWallTime(seconds, wattsPerCore, 1);
        List<String> a = new ArrayList<>(e.assumptions());
        a.add("RAPL not readable at " + rapl);
        return new CpuEstimate(seconds, e.joules(), e.method(), a);
    }

    private static OptionalLong read(Path p) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(p).trim()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
