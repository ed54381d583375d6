package org.spikegraph.bench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A command's progress on stderr, read from a measure of its real work ({@link Source}: steps against
 * the step bound, walkers ended, runs of a comparison done) by a timer thread, so that the engines'
 * loops only update plain counters. Never anything on stdout, so {@code --json} stays clean.
 *
 * <ul>
 *   <li>{@link Mode#AUTO} on a terminal: a bar, once the command has lasted {@value #BAR_DELAY_MS} ms;</li>
 *   <li>{@link Mode#AUTO} in a pipe (no console): one plain line every interval (5 s), the first once the
 *       command has lasted that long, e.g. {@code spikegraph: simulate 41% (step 31,002 of 75,509), 12 s};</li>
 *   <li>{@link Mode#LINES} ({@code --progress}): those lines on a terminal too, and a last one when the work is done
 *       ({@link #finish}), however short the run;</li>
 *   <li>{@link Mode#OFF} ({@code --no-progress}): nothing.</li>
 * </ul>
 */
final class Progress implements AutoCloseable {

    /** How progress is shown. */
    enum Mode { AUTO, LINES, OFF }

    /** The default interval between two lines. */
    static final long LINE_INTERVAL_MS = 5000;
    /** How long a command runs before the bar appears on a terminal. */
    static final long BAR_DELAY_MS = 1500;
    private static final long BAR_TICK_MS = 200;
    /** What a progress line looks like (tests tell them from other stderr lines by it). */
    static final Pattern LINE = Pattern.compile("spikegraph: .+, [0-9][0-9.]* (s|min [0-9]+ s)");

    /**
     * Where the work stands: {@code done} of {@code total} units ({@code total} &le; 0 when unknown),
     * in words after the percentage.
     *
     * @param phase  what is being done, e.g. "simulate"
     * @param done   units done
     * @param total  units in all, or &le; 0 when unknown
     * @param detail the figures behind it, e.g. "step 31,002 of 75,509"
     * @param unit   what {@code done} counts, for the bar, e.g. "walkers ended" (empty when the detail says it)
     */
    record Status(String phase, long done, long total, String detail, String unit) {

        /** A status whose unit is in its detail. */
        Status(String phase, long done, long total, String detail) {
            this(phase, done, total, detail, "");
        }

        /** The percentage done, or -1 when the total is unknown. */
        int percent() {
            return total <= 0 ? -1 : (int) Math.min(100, Math.max(0, 100.0 * done / total));
        }
    }

    /** A measure of work, read from the timer thread: it must read only fields safe to read there (volatile). */
    @FunctionalInterface
    interface Source {
        Status status();
    }

    /** A source saying only what is being done. */
    static Source phase(String phase, String detail) {
        Status s = new Status(phase, 0, 0, detail);
        return () -> s;
    }

    private final Mode mode;
    private final boolean terminal;
    private final long intervalMs;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final Thread timer;
    private volatile Source source;
    private volatile Status shown; // the last status of the source before this one
    private volatile boolean closed;
    private ProgressBar bar; // the timer thread's only
    private String barPhase;
    private long lastLine;  // likewise

    private Progress(Mode mode, boolean terminal, long intervalMs, PrintWriter err, Source source) {
        this.mode = mode;
        this.terminal = terminal;
        this.intervalMs = intervalMs;
        this.err = err;
        this.source = source;
        if (mode == Mode.OFF) {
            timer = null;
            return;
        }
        timer = new Thread(this::tick, "spikegraph-progress");
        timer.setDaemon(true);
        timer.start();
    }

    /**
     * Starts showing the progress of {@code source} on {@code err}.
     *
     * @param intervalMs the time between two lines (&ge; 1)
     */
    static Progress start(Mode mode, long intervalMs, PrintWriter err, Source source) {
        return new Progress(mode, stderrIsTerminal(), Math.max(1, intervalMs), err, source);
    }

    /**
     * Whether stderr is a terminal: on Linux what file descriptor 2 points at (a terminal even when
     * stdout is redirected, e.g. {@code --json > report.json}), elsewhere whether there is a console.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Shows the progress of {@code next} from now on (the next phase of a command). */
    void show(Source next) {
        shown = source.status();
        this.source = next;
    }

    private void tick() {
        long tick = mode == Mode.AUTO && terminal ? BAR_TICK_MS : intervalMs;
        lastLine = 0;
        try {
            while (!closed) {
                Thread.sleep(Math.min(tick, 250));
                if (closed) {
                    break;
                }
                long now = elapsedMs();
                if (mode == Mode.AUTO && terminal) {
                    if (now >= BAR_DELAY_MS) {
                        drawBar(source.status());
                    }
                } else if (now - lastLine >= intervalMs) {
                    lastLine = now;
                    line(source.status(), now);
                }
            }
        } catch (InterruptedException e) {
            // closing
        }
    }

    private void drawBar(Status s) {
        String task = s.phase();
        if (bar != null && !task.equals(barPhase)) { // a new phase: a new bar, the old one left where its phase ended
            Status last = shown;
            if (last != null && last.phase().equals(barPhase) && last.total() > 0) {
                bar.stepTo(Math.min(last.done(), last.total()));
            }
            bar.close();
            bar = null;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(s.total() > 0 ? s.total() : -1)
                    .setUnit(s.unit().isEmpty() ? "" : " " + s.unit(), 1).setStyle(ProgressBarStyle.ASCII).continuousUpdate()
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
            barPhase = task;
        }
        bar.maxHint(s.total() > 0 ? s.total() : -1);
        bar.stepTo(s.total() > 0 ? Math.min(s.done(), s.total()) : s.done());
        bar.setExtraMessage(s.unit().isEmpty() ? s.detail() : "");
    }

    private synchronized void line(Status s, long elapsedMs) {
        err.println(text(s, elapsedMs));
        err.flush();
    }

    /** A progress line: {@code spikegraph: PHASE P% (DETAIL), ELAPSED}. */
    static String text(Status s, long elapsedMs) {
        StringBuilder b = new StringBuilder("spikegraph: ").append(s.phase());
        if (s.percent() >= 0) {
            b.append(' ').append(s.percent()).append('%');
        }
        if (s.detail() != null && !s.detail().isEmpty()) {
            b.append(" (").append(s.detail()).append(')');
        }
        return b.append(", ").append(elapsed(elapsedMs)).toString();
    }

    /** {@code 0.4 s}, {@code 12 s}, {@code 2 min 05 s}. */
    static String elapsed(long ms) {
        if (ms < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = ms / 1000;
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    private long elapsedMs() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The work is done: stops the timer and takes the bar away (call it before printing a report); with
     * {@code --progress}, a last line says where the work ended.
     */
    void finish() {
        if (stop() && mode == Mode.LINES) {
            line(source.status(), elapsedMs());
        }
    }

    /** Stops the timer and takes the bar away, with no last line (a failed command's error comes alone); a second call does nothing. */
    @Override
    public void close() {
        stop();
    }

    /** Stops the timer and closes the bar; false when already stopped (or never started). */
    private boolean stop() {
        if (timer == null || closed) {
            return false;
        }
        closed = true;
        timer.interrupt();
        try {
            timer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (bar != null) {
            Status s = source.status();
            if (s.total() > 0) {
                bar.stepTo(Math.min(s.done(), s.total()));
            }
            bar.close();
        }
        return true;
    }

    /** Units as the lines print them: {@code 31,002}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
