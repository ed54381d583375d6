package org.spikegraph.algorithms.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The outputs of one command, written all or none. Each output is declared up front ({@link #add}),
 * which checks that it can be written and, for a file, reserves a hidden temporary file beside it;
 * the command then does its work, fills every output ({@link Output#write}) and {@link #commit}s them
 * together. Until the commit nothing the user named is touched; {@link #close} (and a shutdown hook,
 * so also SIGINT and SIGTERM) removes whatever is left of a run that did not commit.
 *
 * <p>How a path is written depends on what stands there:
 * <ul>
 *   <li>a regular file, or nothing: written to the temporary file, then renamed into place (atomic);
 *       missing parent folders are created (and removed again when the run fails);</li>
 *   <li>a FIFO, a character or block device, {@code /dev/fd/N} or {@code /proc/PID/fd/N}: written
 *       through, in place, at the commit (appending); the device or FIFO stays what it was;</li>
 *   <li>{@code -}, {@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1}: the process's
 *       standard output stream, at the commit (so a shell redirection gets the output in order with
 *       the rest); {@code /dev/stderr} and descriptor 2 likewise the standard error stream;</li>
 *   <li>a symbolic link: followed to its final target, which is then written by the rules above (a
 *       regular file target is replaced atomically beside the target; the link stays a link and
 *       still points where it did, a dangling link's target is created);</li>
 *   <li>a folder: refused.</li>
 * </ul>
 * Write-through outputs are written before the renames, so a failing FIFO or device leaves every
 * file untouched. Failures are {@link IOException}s whose message names the option, the user's path
 * and the reason, e.g. {@code --output /proc/x.tsv: cannot create a file in /proc: permission denied}.
 */
public final class OutputFiles implements AutoCloseable {

    /** Writes an output's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}; need not close it. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** How an output reaches its path. */
    public enum Kind {
        /** A regular file (or a new one): temporary file beside it, renamed into place. */
        REPLACE,
        /** A FIFO, device or descriptor: opened and written in place at the commit. */
        THROUGH,
        /** Standard output ({@code -}, {@code /dev/stdout}). */
        STDOUT,
        /** Standard error ({@code /dev/stderr}). */
        STDERR
    }

    /** The links followed before giving up. */
    private static final int MAX_LINKS = 40;
    private static final Pattern DESCRIPTOR = Pattern.compile("/(proc/[^/]+|dev)/fd/\\d+|/dev/std(in|out|err)");
    private static final Pattern STDOUT = Pattern.compile("/(proc/self|dev)/fd/1|/dev/stdout");
    private static final Pattern STDERR = Pattern.compile("/(proc/self|dev)/fd/2|/dev/stderr");

    /** Temporary files and created folders of every uncommitted run, removed by the shutdown hook. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private final List<Output> outputs = new ArrayList<>();
    private final List<Path> createdFolders = new ArrayList<>();
    private final OutputStream stdout;
    private final OutputStream stderr;
    private boolean committed;

    /** Outputs whose {@code -} is {@link System#out}. */
    public OutputFiles() {
        this(System.out, System.err);
    }

    /** Outputs whose {@code -} is {@code stdout}, and {@code /dev/stderr} {@code stderr} (flushed, never closed). */
    public OutputFiles(OutputStream stdout, OutputStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
        installHook();
    }

    /** One declared output. */
    public final class Output {
        private final String option;
        private final Path path;
        private final Path target;
        private final Kind kind;
        private Path temp;
        private Content pending;

        private Output(String option, Path path, Path target, Kind kind) {
            this.option = option;
            this.path = path;
            this.target = target;
            this.kind = kind;
        }

        /** The path as the user gave it. */
        public Path path() {
            return path;
        }

        /** How it is written. */
        public Kind kind() {
            return kind;
        }

        /** What to print: the user's path, or {@code stdout} for {@code -}. */
        public String displayName() {
            return path.toString().equals("-") ? "stdout" : path.toString();
        }

        /**
         * Writes the content: into the temporary file now (a file), or remembers it for the commit (a
         * FIFO, device or stdout). Nothing the user named changes before {@link #commit}.
         */
        public void write(Content content) throws IOException {
            if (kind != Kind.REPLACE) {
                pending = content;
                return;
            }
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(out);
            } catch (IOException e) {
                throw failure(this, "cannot write", e);
            }
            pending = out -> {}; // written
        }

        private boolean written() {
            return pending != null;
        }
    }

    /**
     * Declares an output and checks it can be written: a folder, a missing or unwritable folder, a
     * link loop fail here, before any work.
     *
     * @param option the option that named it, for messages (e.g. {@code --output}), or null
     * @throws IOException naming the option, the path and the reason
     */
    public Output add(String option, Path path) throws IOException {
        if (path.toString().equals("-")) {
            return remember(new Output(option, path, path, Kind.STDOUT));
        }
        Path abs = path.toAbsolutePath().normalize();
        Path target = abs;
        boolean descriptor = DESCRIPTOR.matcher(abs.toString()).matches();
        for (int links = 0; !descriptor && Files.isSymbolicLink(target); links++) {
            if (links == MAX_LINKS) {
                throw message(option, path, "too many levels of symbolic links");
            }
            target = target.getParent().resolve(Files.readSymbolicLink(target)).normalize();
            descriptor = DESCRIPTOR.matcher(target.toString()).matches();
        }
        if (descriptor) {
            Kind kind = STDOUT.matcher(target.toString()).matches() || STDOUT.matcher(abs.toString()).matches() ? Kind.STDOUT
                    : STDERR.matcher(target.toString()).matches() || STDERR.matcher(abs.toString()).matches() ? Kind.STDERR
                    : Kind.THROUGH;
            return remember(new Output(option, path, kind == Kind.THROUGH ? target : abs, kind));
        }
        distinct(option, path, target);
        if (Files.isDirectory(target)) {
            throw message(option, path, "is a folder, not a file");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            if (!Files.isWritable(target)) {
                throw message(option, path, "not writable");
            }
            return remember(new Output(option, path, target, Kind.THROUGH));
        }
        Output o = new Output(option, path, target, Kind.REPLACE);
        reserve(o);
        return remember(o);
    }

    private Output remember(Output o) {
        outputs.add(o);
        return o;
    }

    /** Refuses a second output onto the same file (the second would silently replace the first). */
    private void distinct(String option, Path path, Path target) throws IOException {
        for (Output other : outputs) {
            if (other.target.equals(target)) {
                throw message(option, path, "the same file as " + name(other.option, other.path) + "; give different files");
            }
        }
    }

    /** Creates the parent folders and the empty temporary file: proves the file can be written. */
    private void reserve(Output o) throws IOException {
        Path dir = o.target.getParent();
        try {
            createFolders(dir);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw message(o.option, o.path, "a parent is a file, not a folder: " + e.getFile());
        } catch (IOException e) {
            throw failure(o, "cannot create the folder " + dir, e);
        }
        Path temp = dir.resolve("." + o.target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.createFile(temp);
            PENDING.add(temp);
        } catch (IOException e) {
            throw failure(o, "cannot create a file in " + dir, e);
        }
        o.temp = temp;
        if (Files.isRegularFile(o.target)) {
            try { // keep the mode of the file being replaced
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(o.target);
                Files.setPosixFilePermissions(temp, mode);
            } catch (IOException | UnsupportedOperationException e) {
                // default permissions then
            }
        }
    }

    /** Creates the missing folders of {@code dir}, outermost first, remembering them for {@link #close}. */
    private void createFolders(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir; d != null && !Files.exists(d, LinkOption.NOFOLLOW_LINKS); d = d.getParent()) {
            missing.add(d);
        }
        Collections.reverse(missing);
        for (Path d : missing) {
            Files.createDirectory(d);
            createdFolders.add(d);
            PENDING.add(d);
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
    }

    /**
     * Puts every output in place: FIFOs, devices and stdout written through first, then every file
     * renamed over its target. An output never written is an error (a bug in the command).
     *
     * @return the outputs, in the order declared
     * @throws IOException naming the output and the reason; files are then left untouched
     */
    public List<Output> commit() throws IOException {
        for (Output o : outputs) {
            if (!o.written()) {
                throw new IllegalStateException(name(o.option, o.path) + " was declared but never written");
            }
        }
        for (Output o : outputs) {
            if (o.kind == Kind.STDOUT || o.kind == Kind.STDERR) {
                OutputStream stream = o.kind == Kind.STDOUT ? stdout : stderr;
                try {
                    o.pending.writeTo(new FilterOutputStream(stream) {
                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            out.write(b, off, len);
                        }

                        @Override
                        public void close() throws IOException {
                            out.flush();
                        }
                    });
                    stream.flush();
                } catch (IOException e) {
                    throw failure(o, "cannot write to standard " + (o.kind == Kind.STDOUT ? "output" : "error"), e);
                }
                if (stream instanceof PrintStream ps && ps.checkError()) {
                    throw message(o.option, o.path, "cannot write to standard " + (o.kind == Kind.STDOUT ? "output" : "error"));
                }
            } else if (o.kind == Kind.THROUGH) {
                try (OutputStream out = Files.newOutputStream(o.target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    o.pending.writeTo(out);
                } catch (IOException e) {
                    throw failure(o, "cannot write", e);
                }
            }
        }
        for (Output o : outputs) {
            if (o.kind == Kind.REPLACE) {
                try {
                    try {
                        Files.move(o.temp, o.target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(o.temp, o.target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw failure(o, "cannot put the file in place", e);
                }
                PENDING.remove(o.temp);
            }
        }
        committed = true;
        createdFolders.forEach(PENDING::remove);
        return List.copyOf(outputs);
    }

    /** Removes the temporary files, and the folders created for them, unless committed. */
    @Override
    public void close() {
        for (Output o : outputs) {
            if (o.temp != null && PENDING.remove(o.temp)) {
                try {
                    Files.deleteIfExists(o.temp);
                } catch (IOException e) {
                    // a hidden leftover; nothing else to do
                }
            }
        }
        if (!committed) {
            for (int i = createdFolders.size() - 1; i >= 0; i--) {
                Path d = createdFolders.get(i);
                if (PENDING.remove(d)) {
                    try {
                        Files.deleteIfExists(d);
                    } catch (IOException e) {
                        // not empty or gone: leave it
                    }
                }
            }
        }
    }

    /** Installs, once, the hook that removes pending temporary files when the JVM is stopped. */
    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (PENDING) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::removePending, "spikegraph-output-cleanup"));
                hookInstalled = true;
            }
        }
    }

    /** Deletes every pending temporary file, then the pending (empty) folders, deepest first. */
    static void removePending() {
        List<Path> paths = new ArrayList<>(PENDING);
        paths.sort(Collections.reverseOrder()); // a folder's files sort after it: delete them first
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort while the JVM stops
            }
            PENDING.remove(p);
        }
    }

    /** The number of temporary files and folders awaiting removal (for tests). */
    static int pendingCount() {
        return PENDING.size();
    }

    private static IOException failure(Output o, String what, IOException e) {
        return message(o.option, o.path, what + ": " + reason(e));
    }

    private static IOException message(String option, Path path, String reason) {
        return new IOException(name(option, path) + ": " + reason);
    }

    private static String name(String option, Path path) {
        return option == null ? path.toString() : option + " " + path;
    }

    /** The reason of an I/O failure in words, without the temporary file's name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        // "No space left on device" reads as the other reasons do: "no space left on device"
        return m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))
                ? Character.toLowerCase(m.charAt(0)) + m.substring(1) : m;
    }
}
