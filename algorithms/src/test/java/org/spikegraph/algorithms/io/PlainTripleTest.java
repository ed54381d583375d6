package org.spikegraph.algorithms.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spikegraph.substrate.testing.Dice;
import org.spikegraph.substrate.testing.Seeded;

/**
 * The DIMACS arc fast path ({@link LineReader#plainTriple}) against the token-by-token path on the
 * same lines: whatever the fast path accepts, the slow path reads to the same three numbers; every
 * line of three integers of up to 15 digits (minus signs allowed) is accepted. Thousands of lines per stream, so
 * that lines straddle the reader's 64 KiB reads as well as lie inside one.
 */
final class PlainTripleTest {

    private static final String[] BLANKS = {" ", "  ", "\t", " \t", "\f"};

    /** One generated line and whether it is plain (the fast path must take it). */
    private record Line(String text, boolean plain) {}

    private static String digits(Dice d, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + d.between(0, 9)));
        }
        return sb.toString();
    }

    private static Line line(Dice d) {
        boolean plain = true;
        StringBuilder sb = new StringBuilder();
        if (d.chance(0.1)) {
            sb.append(d.pick(" ", "\t"));
        }
        if (d.chance(0.05)) {
            sb.append("ab");
            plain = false;
        } else {
            sb.append('a');
        }
        int fields = d.chance(0.9) ? 3 : d.pick(1, 2, 4);
        plain &= fields == 3;
        for (int f = 0; f < fields; f++) {
            if (d.chance(0.03)) {
                plain = false; // no blank between the fields
            } else {
                sb.append(d.chance(0.8) ? " " : d.pick(BLANKS));
            }
            switch (d.weighted(80, 5, 4, 4, 4, 3)) {
                case 0 -> sb.append(digits(d, d.between(1, 15)));
                case 1 -> {
                    sb.append(digits(d, d.between(16, 19)));
                    plain = false;
                }
                case 2 -> {
                    String sign = d.pick("-", "+");
                    sb.append(sign).append(digits(d, d.between(1, 6)));
                    plain &= sign.equals("-");
                }
                case 3 -> {
                    sb.append(digits(d, d.between(1, 4))).append('.').append(digits(d, d.between(1, 3)));
                    plain = false;
                }
                case 4 -> {
                    sb.append(digits(d, d.between(1, 4))).append(d.pick("x", "e", "-"));
                    plain = false;
                }
                default -> {
                    sb.append(d.pick("nan", "inf", "x"));
                    plain = false;
                }
            }
        }
        if (d.chance(0.1)) {
            sb.append(d.pick(BLANKS));
        }
        if (d.chance(0.05)) {
            sb.append(" 7");
            plain = false;
        }
        if (d.chance(0.1)) {
            sb.append('\r');
        }
        return new Line(sb.toString(), plain);
    }

    @Seeded(40)
    void fastPathAgreesWithTokens(long seed) {
        Dice d = new Dice(seed);
        List<Line> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int count = d.between(2000, 6000);
        for (int i = 0; i < count; i++) {
            Line l = line(d);
            lines.add(l);
            text.append(l.text()).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Path name = Path.of("t.gr");
        LineReader fast = new LineReader(name, new ByteArrayInputStream(bytes));
        LineReader slow = new LineReader(name, new ByteArrayInputStream(bytes));
        int accepted = 0;
        for (Line l : lines) {
            assertThat(fast.next()).isTrue();
            assertThat(slow.next()).isTrue();
            fast.peek();
            boolean took = fast.plainTriple(true);
            if (l.plain()) {
                assertThat(took).as("plain line %s", LineReader.quote(l.text())).isTrue();
            }
            if (!took) {
                continue;
            }
            accepted++;
            slow.peek();
            slow.skipToken();
            long u = slow.nextLong("u");
            long v = slow.nextLong("v");
            double w = slow.nextWeight("w", false);
            assertThat(slow.atEnd()).isTrue();
            assertThat(fast.atEnd()).isTrue();
            assertThat(new double[] {fast.first, fast.second, fast.third})
                    .as("line %s", LineReader.quote(l.text()))
                    .containsExactly(u, v, w);
        }
        assertThat(fast.next()).isFalse();
        assertThat(accepted).isPositive();
    }

    @Seeded(40)
    void refusedLinesKeepTheirPosition(long seed) {
        Dice d = new Dice(seed);
        Line l;
        do {
            l = line(d);
        } while (l.plain());
        LineReader r = new LineReader(Path.of("t.gr"), new ByteArrayInputStream((l.text() + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(r.next()).isTrue();
        String before = r.quotedToken();
        if (!r.plainTriple(true)) {
            assertThat(r.quotedToken()).isEqualTo(before);
            assertThat(r.peek()).isEqualTo('a');
        }
    }
}
