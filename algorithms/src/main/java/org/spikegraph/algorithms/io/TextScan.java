package org.spikegraph.algorithms.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks run over the text of a DOT, GML, JSON, GraphML or CSV file before jgrapht-io parses it,
 * so that what its recursive ANTLR parsers would do badly ends in a {@link GraphParseException}
 * with a line: nesting deeper than {@link #MAX_DEPTH} (a stack overflow, or minutes of parsing,
 * otherwise), GML node ids that are not ints (silently renamed, their edges dropped, otherwise),
 * JSON that is not a graph object and XML that is not GraphML (an empty graph otherwise), and CSV
 * integer weights beyond 2^53. Linear in the text; no allocation per character.
 */
final class TextScan {
    private TextScan() {}

    /** Deepest nesting of braces and brackets accepted. */
    static final int MAX_DEPTH = 1000;

    /** Runs the checks for {@code format}. */
    static void check(Path file, String text, GraphFormat format) {
        switch (format) {
            case DOT -> depth(file, text, format);
            case GML -> {
                gml(file, text);
                integerWeights(file, text, GML_WEIGHT);
            }
            case JSON -> {
                json(file, text);
                integerWeights(file, text, JSON_WEIGHT);
            }
            case GRAPHML -> graphmlRoot(file, text);
            case CSV -> csvWeights(file, text);
            default -> {
                // streaming formats are checked while read
            }
        }
    }

    /** A GML {@code weight} written as an integer (jgrapht-io hands it on as a double). */
    private static final Pattern GML_WEIGHT = Pattern.compile("\\bweight\\s+([+-]?[0-9]+)(?![0-9.eE])");

    /** A JSON {@code "weight"} written as an integer (jgrapht-io hands it on as a double). */
    private static final Pattern JSON_WEIGHT = Pattern.compile("\"weight\"\\s*:\\s*(-?[0-9]+)(?![0-9.eE])");

    /** Integer weights as written must lie within &plusmn;2^53; the error names the line. */
    private static void integerWeights(Path file, String t, Pattern weight) {
        Matcher m = weight.matcher(t);
        while (m.find()) {
            String w = m.group(1);
            if (!JGraphTFormats.exactInteger(w)) {
                long line = 1;
                for (int i = 0; i < m.start(1); i++) {
                    line += t.charAt(i) == '\n' ? 1 : 0;
                }
                throw new GraphParseException(file, line, "weight out of range: " + LineReader.quote(w)
                        + " (integer weights must lie within -2^53..2^53 = +-9007199254740992 to stay exact)");
            }
        }
    }

    private static GraphParseException tooDeep(Path file, long line, GraphFormat format) {
        return new GraphParseException(file, line, format.cliName() + " nesting deeper than " + MAX_DEPTH
                + " levels: not a graph file this reader accepts");
    }

    /** DOT: depth of braces and brackets outside strings, HTML strings and comments. */
    private static void depth(Path file, String t, GraphFormat format) {
        int depth = 0;
        long line = 1;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\n' -> line++;
                case '"' -> {
                    for (i++; i < n && t.charAt(i) != '"'; i++) {
                        if (t.charAt(i) == '\\') {
                            i++;
                        }
                        if (i < n && t.charAt(i) == '\n') {
                            line++;
                        }
                    }
                }
                case '/' -> {
                    if (i + 1 < n && t.charAt(i + 1) == '/') {
                        while (i + 1 < n && t.charAt(i + 1) != '\n') {
                            i++;
                        }
                    } else if (i + 1 < n && t.charAt(i + 1) == '*') {
                        for (i += 2; i < n && !(t.charAt(i) == '*' && i + 1 < n && t.charAt(i + 1) == '/'); i++) {
                            if (t.charAt(i) == '\n') {
                                line++;
                            }
                        }
                        i++;
                    }
                }
                case '<' -> { // an HTML string: balanced <...>
                    int html = 0;
                    for (; i < n; i++) {
                        char h = t.charAt(i);
                        if (h == '\n') {
                            line++;
                        } else if (h == '<') {
                            html++;
                        } else if (h == '>' && --html == 0) {
                            break;
                        }
                    }
                }
                case '{', '[' -> {
                    if (++depth > MAX_DEPTH) {
                        throw tooDeep(file, line, format);
                    }
                }
                case '}', ']' -> depth = Math.max(0, depth - 1);
                default -> {
                    // other characters do not nest
                }
            }
        }
    }

    /**
     * GML: nesting depth, and {@code id}, {@code source}, {@code target} of {@code node} and
     * {@code edge} lists must be ints (jgrapht-io's GML reader renames other ids and drops their
     * edges without a word).
     */
    private static void gml(Path file, String t) {
        List<String> keys = new ArrayList<>(); // key of each open list
        String key = null; // key awaiting its value
        long line = 1;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < n && t.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '[') {
                if (keys.size() >= MAX_DEPTH) {
                    throw tooDeep(file, line, GraphFormat.GML);
                }
                keys.add(key == null ? "" : key);
                key = null;
                i++;
            } else if (c == ']') {
                if (!keys.isEmpty()) {
                    keys.remove(keys.size() - 1);
                }
                key = null;
                i++;
            } else if (c == '"') {
                int start = i;
                long startLine = line;
                for (i++; i < n && t.charAt(i) != '"'; i++) {
                    if (t.charAt(i) == '\n') {
                        line++;
                    }
                }
                i = Math.min(n, i + 1);
                gmlValue(file, startLine, keys, key, t.substring(start, i), false);
                key = null;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '[' && t.charAt(i) != ']'
                        && t.charAt(i) != '"') {
                    i++;
                }
                String word = t.substring(start, i);
                if (key == null) {
                    key = word;
                } else {
                    gmlValue(file, line, keys, key, word, true);
                    key = null;
                }
            }
        }
    }

    private static void gmlValue(Path file, long line, List<String> keys, String key, String value, boolean bare) {
        if (key == null || keys.size() < 2) {
            return;
        }
        String list = keys.get(keys.size() - 1);
        boolean node = list.equals("node") && key.equals("id");
        boolean edge = list.equals("edge") && (key.equals("source") || key.equals("target"));
        if (!(node || edge) || !keys.get(keys.size() - 2).equals("graph")) {
            return;
        }
        String what = node ? "node id" : "edge " + key;
        String shown = LineReader.quote(value.length() > 60 ? value.substring(0, 60) : value);
        if (!bare || !value.matches("[+-]?[0-9]+")) {
            throw new GraphParseException(file, line, "GML " + what + " " + shown
                    + " is not an integer (GML node ids are integers)");
        }
        try {
            Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new GraphParseException(file, line, "GML " + what + " " + shown
                    + " is outside the int range " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE
                    + " that GML node ids are read in");
        }
    }

    /** JSON: nesting depth, and the document must be an object with "nodes" or "edges". */
    private static void json(Path file, String t) {
        int depth = 0;
        long line = 1;
        long firstLine = 0;
        char first = 0;
        Set<String> topKeys = new HashSet<>();
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                line++;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                continue;
            }
            if (first == 0) {
                first = c;
                firstLine = line;
                if (c != '{') {
                    throw new GraphParseException(file, line, "not a JSON graph: the document starts with "
                            + LineReader.quote(String.valueOf(c)) + ", a graph is an object {\"nodes\": [...], \"edges\": [...]}");
                }
            }
            if (c == '"') {
                int start = i + 1;
                for (i++; i < n && t.charAt(i) != '"'; i++) {
                    if (t.charAt(i) == '\\') {
                        i++;
                    } else if (t.charAt(i) == '\n') {
                        line++;
                    }
                }
                if (depth == 1 && i < n) {
                    int j = i + 1;
                    while (j < n && Character.isWhitespace(t.charAt(j)) && t.charAt(j) != '\n') {
                        j++;
                    }
                    if (j < n && t.charAt(j) == ':') {
                        topKeys.add(t.substring(start, i));
                    }
                }
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw tooDeep(file, line, GraphFormat.JSON);
                }
            } else if (c == '}' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        if (first != 0 && !topKeys.contains("nodes") && !topKeys.contains("edges")) {
            throw new GraphParseException(file, firstLine,
                    "not a JSON graph: the object has neither \"nodes\" nor \"edges\"");
        }
    }

    /** GraphML: the root element must be {@code graphml} (other XML would load as an empty graph). */
    private static void graphmlRoot(Path file, String t) {
        long line = 1;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c != '<') {
                throw new GraphParseException(file, line, "not a GraphML document: text before the root element");
            } else if (t.startsWith("<?", i) || t.startsWith("<!--", i)) {
                String end = t.startsWith("<?", i) ? "?>" : "-->";
                int e = t.indexOf(end, i);
                e = e < 0 ? n : e + end.length();
                for (; i < e; i++) {
                    if (t.charAt(i) == '\n') {
                        line++;
                    }
                }
            } else {
                int s = i + 1;
                int e = s;
                while (e < n && !Character.isWhitespace(t.charAt(e)) && t.charAt(e) != '>' && t.charAt(e) != '/') {
                    e++;
                }
                String name = t.substring(s, e);
                String local = name.substring(name.indexOf(':') + 1);
                if (!local.equals("graphml")) {
                    throw new GraphParseException(file, line, "not a GraphML document: the root element is "
                            + LineReader.quote("<" + name + ">") + ", expected <graphml>");
                }
                return;
            }
        }
    }

    /** CSV: a third field written as an integer must lie within &plusmn;2^53. */
    private static void csvWeights(Path file, String t) {
        long line = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            int e = t.indexOf('\n', i);
            if (e < 0) {
                e = n;
            }
            line++;
            String l = t.substring(i, e);
            i = e + 1;
            if (l.indexOf('"') >= 0) {
                continue; // quoted fields: left to the CSV parser
            }
            String[] f = l.split(",", -1);
            if (f.length >= 3) {
                String w = f[2].strip();
                if (w.matches("[+-]?[0-9]+")) {
                    boolean in;
                    try {
                        long v = Long.parseLong(w.startsWith("+") ? w.substring(1) : w);
                        in = v <= LineReader.MAX_EXACT && v >= -LineReader.MAX_EXACT;
                    } catch (NumberFormatException ex) {
                        in = false;
                    }
                    if (!in) {
                        throw new GraphParseException(file, line, "weight out of range: " + LineReader.quote(w)
                                + " (integer weights must lie within -2^53..2^53 = +-9007199254740992 to stay exact)");
                    }
                }
            }
        }
    }
}
