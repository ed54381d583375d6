package org.spikegraph.algorithms.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Hand-written byte tokenizer for the line-oriented formats: reads a stream line by line into a
 * reused byte buffer (no String per line, no regex), rejects binary content (a NUL or other
 * control byte) and parses whitespace-separated integers and decimals in place. Every error it
 * raises is a {@link GraphParseException} naming the file and current line. Not thread-safe.
 */
final class LineReader implements Closeable {
    static final int MAX_LINE = 1 << 20;

    private final Path file;
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int bp;
    private int bl;
    private boolean eof;
    /** Lines that straddle two reads are copied here; the others are read in place in {@link #buf}. */
    private byte[] own = new byte[256];
    /** The current line is {@code line[start..len)}, either in {@link #buf} or in {@link #own}. */
    private byte[] line = own;
    private int start;
    private int len;
    private int pos;
    private long lineNo;

    LineReader(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    Path file() {
        return file;
    }

    long lineNumber() {
        return lineNo;
    }

    /** @return false at end of input; otherwise the next line is current, positioned at its start */
    boolean next() {
        line = own;
        start = 0;
        len = 0;
        pos = 0;
        boolean got = false;
        while (true) {
            if (bp >= bl) {
                if (!fill()) {
                    if (!got) {
                        return false;
                    }
                    break;
                }
            }
            got = true;
            byte[] b = buf;
            int start = bp;
            int end = bl;
            int i = start;
            boolean nl = false;
            for (; i < end; i++) {
                byte c = b[i];
                if (c == '\n') {
                    nl = true;
                    break;
                }
                if (c >= 0 && c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
                    throw new GraphParseException(
                            file, lineNo + 1, String.format("not a text graph file (control byte 0x%02x)", c));
                }
            }
            bp = nl ? i + 1 : i;
            if (nl && len == 0) {
                // the whole line lies in the read buffer: read it there (valid until the next call)
                line = b;
                this.start = start;
                pos = start;
                len = i;
                break;
            }
            append(b, start, i - start);
            if (nl) {
                break;
            }
        }
        lineNo++;
        int s = this.start;
        if (lineNo == 1 && len - s >= 3 && line[s] == (byte) 0xEF && line[s + 1] == (byte) 0xBB && line[s + 2] == (byte) 0xBF) {
            pos = s + 3; // UTF-8 byte order mark
        }
        return true;
    }

    private void append(byte[] b, int off, int n) {
        if (n == 0) {
            return;
        }
        if (len + n > own.length) {
            if (len + n > MAX_LINE) {
                throw new GraphParseException(
                        file, lineNo + 1, "line longer than " + MAX_LINE + " bytes: not a text graph file");
            }
            own = Arrays.copyOf(own, Math.min(MAX_LINE, Math.max(len + n, own.length * 2)));
            line = own;
        }
        System.arraycopy(b, off, own, len, n);
        len += n;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int r;
            do {
                r = in.read(buf, 0, buf.length);
            } while (r == 0);
            if (r < 0) {
                eof = true;
                return false;
            }
            bp = 0;
            bl = r;
            return true;
        } catch (IOException e) {
            throw new GraphParseException(file, lineNo + 1, "read error: " + e.getMessage(), e);
        }
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f';
    }

    /** Skips blanks; @return the next byte of the line, or -1 at its end. */
    int peek() {
        while (pos < len && space(line[pos])) {
            pos++;
        }
        return pos < len ? line[pos] : -1;
    }

    /** @return true when only blanks remain on the line */
    boolean atEnd() {
        return peek() == -1;
    }

    /** @return true when the line (after blanks) starts with {@code c} */
    boolean startsWith(char c) {
        return peek() == c;
    }

    private int tokenEnd() {
        int e = pos;
        while (e < len && !space(line[e])) {
            e++;
        }
        return e;
    }

    /** @return the next token as a String (for headers), or null at end of line */
    String word() {
        if (peek() == -1) {
            return null;
        }
        int e = tokenEnd();
        String s = new String(line, pos, e - pos, StandardCharsets.UTF_8);
        pos = e;
        return s;
    }

    /** Skips the next token if any. */
    void skipToken() {
        if (peek() != -1) {
            pos = tokenEnd();
        }
    }

    /** @return the next token, quoted and shortened, for messages; does not consume it */
    String quotedToken() {
        peek();
        int e = tokenEnd();
        return quote(new String(line, pos, Math.min(e - pos, 200), StandardCharsets.UTF_8));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        int n = 0;
        for (int i = 0; i < s.length() && n < 40; i++, n++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\uFFFD') {
                sb.append(String.format("\\x%02x", (int) c & 0xff));
            } else if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        if (s.length() > 40) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }

    /** @return the current line's text from its start, shortened, for hints */
    String lineText() {
        int from = start + (lineNo == 1 && len - start >= 3 && line[start] == (byte) 0xEF ? 3 : 0);
        return new String(line, from, Math.min(len - from, 60), StandardCharsets.UTF_8).trim();
    }

    GraphParseException error(String reason) {
        return new GraphParseException(file, lineNo, reason);
    }

    /**
     * Parses the next token as a long.
     *
     * @param expected what the line should contain, for the "truncated line" message
     */
    long nextLong(String expected) {
        if (peek() == -1) {
            throw error("truncated line: expected " + expected);
        }
        int p = pos;
        int e = tokenEnd();
        boolean neg = false;
        if (line[p] == '-' || line[p] == '+') {
            neg = line[p] == '-';
            p++;
        }
        if (p == e) {
            throw notNumber(e);
        }
        long v = 0;
        for (; p < e; p++) {
            int d = line[p] - '0';
            if (d < 0 || d > 9) {
                throw notNumber(e);
            }
            if (v < (Long.MIN_VALUE + d) / 10) {
                throw error("number out of range: " + quotedToken());
            }
            v = v * 10 - d; // accumulate negatively to reach Long.MIN_VALUE
        }
        if (!neg && v == Long.MIN_VALUE) {
            throw error("number out of range: " + quotedToken());
        }
        pos = e;
        return neg ? v : -v;
    }

    private GraphParseException notNumber(int e) {
        String tok = new String(line, pos, e - pos, StandardCharsets.UTF_8);
        if (parseDoubleOrNull(tok) != null) {
            return error("not an integer: " + quote(tok));
        }
        return error("not a number: " + quote(tok));
    }

    /** The three numbers of the last line {@link #plainTriple} accepted. */
    long first;
    long second;
    long third;

    /**
     * Fast path for the bulk lines of the streaming formats: when the rest of the line, after a
     * one-byte tag such as DIMACS's {@code a} (or after none, {@code skipTag} false), is exactly
     * three integers of 1 to 15 digits (a minus sign allowed) separated by blanks, stores them in {@link #first},
     * {@link #second}, {@link #third}, consumes the line and returns true. Otherwise (plus signs,
     * decimals, more or fewer fields, anything that could be an error) returns false with the
     * position unchanged, and the caller reads the line token by token, which raises the errors.
     * Fifteen digits keep every value below 2^53: exact as a weight.
     */
    boolean plainTriple(boolean skipTag) {
        byte[] l = line;
        int e = len;
        int p = peek();
        if (p == -1) {
            return false;
        }
        p = skipTag ? pos + 1 : pos;
        long a = 0;
        long b = 0;
        long c = 0;
        for (int k = 0; k < 3; k++) {
            int blanks = p;
            while (p < e && space(l[p])) {
                p++;
            }
            if (p == blanks && (skipTag || k > 0)) {
                return false; // fields must be separated by blanks
            }
            boolean negative = p < e && l[p] == '-';
            if (negative) {
                p++;
            }
            int from = p;
            long x = 0;
            while (p < e) {
                int d = l[p] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                x = x * 10 + d;
                p++;
            }
            int digits = p - from;
            if (digits == 0 || digits > 15 || (p < e && !space(l[p]))) {
                return false;
            }
            if (negative) {
                x = -x;
            }
            if (k == 0) {
                a = x;
            } else if (k == 1) {
                b = x;
            } else {
                c = x;
            }
        }
        while (p < e && space(l[p])) {
            p++;
        }
        if (p != e) {
            return false;
        }
        pos = p;
        first = a;
        second = b;
        third = c;
        return true;
    }

    /** Largest integer magnitude a weight may have: 2^53, where doubles stop being exact. */
    static final long MAX_EXACT = 1L << 53;

    /**
     * Parses the next token as an arc weight. A token written as an integer is parsed exactly and
     * must lie within &plusmn;2^53 (beyond that a double, as the CSR and JGraphT hold weights, is no
     * longer exact); any other number as by {@link #nextDouble}.
     *
     * @param integerOnly refuse decimals (a Matrix Market {@code integer} matrix)
     */
    double nextWeight(String expected, boolean integerOnly) {
        if (peek() == -1) {
            throw error("truncated line: expected " + expected);
        }
        int e = tokenEnd();
        int p = pos;
        if (line[p] == '-' || line[p] == '+') {
            p++;
        }
        boolean integer = p < e;
        for (int q = p; q < e && integer; q++) {
            integer = line[q] >= '0' && line[q] <= '9';
        }
        if (integer) {
            // in place, no String: the magnitude is accumulated until it passes 2^53
            long v = 0;
            for (int q = p; q < e && v <= MAX_EXACT; q++) {
                v = v * 10 + (line[q] - '0');
            }
            if (v > MAX_EXACT) {
                throw error("weight out of range: " + quote(new String(line, pos, e - pos, StandardCharsets.ISO_8859_1))
                        + " (integer weights must lie within -2^53..2^53 = +-9007199254740992 to stay exact)");
            }
            boolean neg = line[pos] == '-';
            pos = e;
            return neg ? -v : v;
        }
        if (integerOnly) {
            throw error("not an integer: " + quote(new String(line, pos, e - pos, StandardCharsets.UTF_8))
                    + " (the header declares an integer matrix)");
        }
        return nextDouble(expected);
    }

    /** Parses the next token as a double (NaN and infinities accepted: the problem decides). */
    double nextDouble(String expected) {
        if (peek() == -1) {
            throw error("truncated line: expected " + expected);
        }
        int e = tokenEnd();
        // fast path: plain integers of up to 15 digits are exact in a double
        int p = pos;
        boolean neg = false;
        if (line[p] == '-' || line[p] == '+') {
            neg = line[p] == '-';
            p++;
        }
        if (p < e && e - p <= 15) {
            long v = 0;
            int q = p;
            for (; q < e; q++) {
                int d = line[q] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                v = v * 10 + d;
            }
            if (q == e) {
                pos = e;
                return neg ? -v : v;
            }
        }
        String tok = new String(line, pos, e - pos, StandardCharsets.ISO_8859_1);
        Double d = parseDoubleOrNull(tok);
        if (d == null) {
            throw error("not a number: " + quote(new String(line, pos, e - pos, StandardCharsets.UTF_8)));
        }
        pos = e;
        return d;
    }

    /** Strict decimal syntax (no hex, no type suffixes), plus nan/inf/infinity with a sign. */
    static Double parseDoubleOrNull(String tok) {
        String t = tok;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (body.equals("inf") || body.equals("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.isEmpty()) {
            return null;
        }
        boolean digit = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != 'e' && c != '-' && c != '+') {
                return null;
            }
        }
        if (!digit) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
