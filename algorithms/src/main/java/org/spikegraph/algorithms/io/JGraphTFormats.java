package org.spikegraph.algorithms.io;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.csv.CSVExporter;
import org.jgrapht.nio.csv.CSVFormat;
import org.jgrapht.nio.csv.CSVImporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gml.GmlExporter;
import org.jgrapht.nio.gml.GmlImporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.nio.json.JSONExporter;
import org.jgrapht.nio.json.JSONImporter;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.graph.VertexIds;
import org.xml.sax.SAXParseException;

/**
 * DOT, GraphML, GML, CSV and JSON through jgrapht-io: import into a JGraphT pseudograph, then into
 * a CSR; export by building a JGraphT graph from the CSR.
 *
 * <p>GraphML safety: jgrapht-io 1.5.3's {@code GraphMLEventDrivenImporter.createXMLReader()} is
 * private and uses a default {@code SAXParserFactory} with no secure-processing features, so it
 * would resolve DTDs and external entities. It cannot be configured; the text is therefore
 * scanned first and any {@code <!DOCTYPE} or {@code <!ENTITY} is refused. The parser then reads
 * exactly the text that was scanned (a {@code StringReader}), so nothing can slip in between.
 */
final class JGraphTFormats {
    private JGraphTFormats() {}

    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)");
    /** jgrapht-io's message for an edge naming an undeclared node; it gives no line. */
    private static final Pattern MISSING_NODE = Pattern.compile("^Node (\\S+) does not exist");
    private static final Pattern GML_DIRECTED = Pattern.compile("\\bdirected\\s+1\\b");
    private static final Pattern GRAPHML_UNDIRECTED =
            Pattern.compile("edgedefault\\s*=\\s*[\"']undirected[\"']");

    /** Wall-clock bound on one jgrapht-io import: 30 s plus 30 s per MiB of text. */
    static long importMillis(int chars) {
        return 30_000 + 30_000L * (chars >> 20);
    }

    /** Stack of the import thread: ANTLR's recursive descent at {@link TextScan#MAX_DEPTH} needs far less. */
    private static final long IMPORT_STACK = 64L << 20;

    static LoadedGraph read(Path file, String text, GraphFormat format, LoadOptions opts) {
        return read(file, text, format, opts, importMillis(text.length()));
    }

    /** As {@link #read(Path, String, GraphFormat, LoadOptions)}, the import bounded by {@code timeoutMillis}. */
    static LoadedGraph read(Path file, String text, GraphFormat format, LoadOptions opts, long timeoutMillis) {
        boolean fileDirected =
                switch (format) {
                    case DOT -> dotDirected(text);
                    case GML -> GML_DIRECTED.matcher(text).find();
                    case GRAPHML -> !GRAPHML_UNDIRECTED.matcher(text).find();
                    default -> true; // CSV and JSON do not say; directed like edge lists
                };
        if (format == GraphFormat.GRAPHML) {
            rejectDtd(file, text);
        }
        TextScan.check(file, text, format);
        if (format == GraphFormat.CSV) {
            text = csvWorkaround(text);
        }
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Double> weights = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        GraphImporter<String, DefaultWeightedEdge> importer;
        BaseEventDrivenImporter<String, DefaultWeightedEdge> events;
        switch (format) {
            case DOT -> {
                DOTImporter<String, DefaultWeightedEdge> i = new DOTImporter<>();
                i.setVertexFactory(id -> id);
                importer = i;
                events = i;
            }
            case GRAPHML -> {
                GraphMLImporter<String, DefaultWeightedEdge> i = new GraphMLImporter<>();
                i.setVertexFactory(id -> id);
                i.setSchemaValidation(false);
                importer = i;
                events = i;
            }
            case GML -> {
                GmlImporter<String, DefaultWeightedEdge> i = new GmlImporter<>();
                i.setVertexFactory(String::valueOf);
                importer = i;
                events = i;
            }
            case CSV -> {
                CSVImporter<String, DefaultWeightedEdge> i = new CSVImporter<>(CSVFormat.EDGE_LIST, ',');
                i.setVertexFactory(id -> id);
                i.setParameter(CSVFormat.Parameter.EDGE_WEIGHTS, csvHasWeights(text));
                importer = i;
                events = i;
            }
            case JSON -> {
                JSONImporter<String, DefaultWeightedEdge> i = new JSONImporter<>();
                i.setVertexFactory(id -> id);
                importer = i;
                events = i;
            }
            default -> throw new IllegalArgumentException(format + " is not a jgrapht-io format");
        }
        RuntimeException[] badWeight = new RuntimeException[1];
        String source = text;
        events.addEdgeAttributeConsumer(
                (p, a) -> {
                    if ("weight".equals(p.getSecond()) && badWeight[0] == null) {
                        String v = a.getValue().trim();
                        Double w = LineReader.parseDoubleOrNull(v);
                        if (w == null) {
                            badWeight[0] = new GraphParseException(file, lineOfToken(source, a.getValue()),
                                    "edge weight is not a number: " + LineReader.quote(a.getValue()));
                        } else if (!exactInteger(v)) {
                            badWeight[0] = new GraphParseException(file, lineOfToken(source, v),
                                    "weight out of range: " + LineReader.quote(v)
                                            + " (integer weights must lie within -2^53..2^53 = +-9007199254740992 to stay exact)");
                        } else {
                            weights.put(p.getFirst(), w);
                        }
                    }
                });
        events.addVertexAttributeConsumer(
                (p, a) -> {
                    if ("label".equals(p.getSecond())) {
                        labels.put(p.getFirst(), a.getValue());
                    }
                });
        try {
            importWithin(importer, g, text, file, format, timeoutMillis);
        } catch (GraphParseException e) {
            throw e;
        } catch (RuntimeException e) {
            long line = lineOf(e);
            Matcher missing = line == 0 && e.getMessage() != null ? MISSING_NODE.matcher(e.getMessage()) : null;
            if (missing != null && missing.find()) {
                line = lineOfToken(text, format == GraphFormat.JSON ? "\"" + missing.group(1) + "\"" : missing.group(1));
            }
            throw new GraphParseException(file, line, format.cliName() + " import failed: " + reasonOf(e), e);
        } catch (StackOverflowError e) {
            throw new GraphParseException(file, 0, format.cliName() + " import failed: nesting too deep for the parser");
        } catch (OutOfMemoryError e) {
            throw new GraphParseException(file, 0, format.cliName()
                    + " import ran out of heap; give Java more heap (e.g. SPIKEGRAPH_JAVA_OPTS=-Xmx8g)");
        }
        if (badWeight[0] != null) {
            throw badWeight[0];
        }
        int n = g.vertexSet().size();
        List<String> vertices = new ArrayList<>(g.vertexSet());
        Map<String, Integer> index = new HashMap<>(2 * n);
        List<String> names = new ArrayList<>(n);
        for (String v : vertices) {
            index.put(v, index.size());
            names.add(labels.getOrDefault(v, v));
        }
        boolean weighted = !weights.isEmpty();
        for (DefaultWeightedEdge e : g.edgeSet()) {
            if (g.getEdgeWeight(e) != 1.0) {
                weighted = true;
                break;
            }
        }
        boolean directed = fileDirected && !opts.undirected();
        CsrGraphBuilder b = new CsrGraphBuilder(directed, g.edgeSet().size() * (directed ? 1L : 2L));
        b.vertexCount(n).ids(ids(vertices));
        if (weighted) {
            b.weighted();
        }
        for (DefaultWeightedEdge e : g.edgeSet()) {
            int s = index.get(g.getEdgeSource(e));
            int t = index.get(g.getEdgeTarget(e));
            if (weighted) {
                Double w = weights.get(e);
                b.addEdge(s, t, w != null ? w : g.getEdgeWeight(e));
            } else {
                b.addEdge(s, t);
            }
        }
        return new LoadedGraph(b.build(), format, file, null, List.copyOf(names));
    }

    /**
     * The file's own ids: numbers when every vertex id is a distinct integer written plainly (a range
     * when consecutive), else the names exactly as written ({@code "a"}, or {@code "01"} beside
     * {@code "1"}).
     */
    private static VertexIds ids(List<String> vertices) {
        long[] ids = new long[vertices.size()];
        for (int i = 0; i < ids.length; i++) {
            String written = vertices.get(i);
            try {
                ids[i] = Long.parseLong(written);
            } catch (NumberFormatException e) {
                return VertexIds.named(vertices);
            }
            if (!Long.toString(ids[i]).equals(written)) {
                return VertexIds.named(vertices); // "01", "+1": keep the spelling
            }
        }
        boolean range = true;
        for (int i = 1; i < ids.length && range; i++) {
            range = ids[i] == ids[0] + i;
        }
        if (range) {
            return VertexIds.range(ids.length, ids.length == 0 ? 0 : ids[0]);
        }
        Long2IntOpenHashMap map = new Long2IntOpenHashMap(ids.length);
        map.defaultReturnValue(-1);
        for (int i = 0; i < ids.length; i++) {
            map.put(ids[i], i);
        }
        return VertexIds.wrap(ids, map);
    }

    /**
     * Runs the import on a thread of its own, with a known stack, waiting at most {@code
     * timeoutMillis}. A parse that takes longer is reported as a parse error; its thread (a daemon:
     * ANTLR cannot be interrupted) finishes in the background and its result is dropped.
     */
    private static void importWithin(GraphImporter<String, DefaultWeightedEdge> importer,
            Graph<String, DefaultWeightedEdge> g, String text, Path file, GraphFormat format, long timeoutMillis) {
        Throwable[] failure = new Throwable[1];
        Runnable run = () -> {
            try {
                importer.importGraph(g, new StringReader(text));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                failure[0] = e;
            }
        };
        Thread t = new Thread(null, run, "spikegraph-" + format.cliName() + "-import", IMPORT_STACK);
        t.setDaemon(true);
        t.start();
        try {
            t.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphParseException(file, 0, format.cliName() + " import interrupted");
        }
        if (t.isAlive()) {
            throw new GraphParseException(file, 0, format.cliName() + " import took longer than "
                    + (timeoutMillis < 1000 ? timeoutMillis + " ms" : timeoutMillis / 1000 + " s")
                    + " for " + text.length() + " characters: too complex for the jgrapht-io reader;"
                    + " convert the graph to DIMACS, an edge list or Matrix Market");
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    /** False for a token written as an integer beyond &plusmn;2^53; true for anything else. */
    static boolean exactInteger(String v) {
        String t = v.startsWith("+") ? v.substring(1) : v;
        if (!t.matches("-?[0-9]+")) {
            return true;
        }
        try {
            long x = Long.parseLong(t);
            return x <= LineReader.MAX_EXACT && x >= -LineReader.MAX_EXACT;
        } catch (NumberFormatException e) {
            return false; // more digits than a long holds
        }
    }

    /** The line where {@code token} first appears in the text, or 0 when it does not (not as written). */
    private static long lineOfToken(String text, String token) {
        int at = token.isEmpty() ? -1 : text.indexOf(token);
        return at < 0 ? 0 : lineAt(text, at);
    }

    private static void rejectDtd(Path file, String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        int at = upper.indexOf("<!DOCTYPE");
        int ent = upper.indexOf("<!ENTITY");
        if (at < 0 || (ent >= 0 && ent < at)) {
            at = ent;
        }
        if (at >= 0) {
            throw new GraphParseException(file, lineAt(text, at),
                    "GraphML with a DOCTYPE or ENTITY declaration is refused (DTDs and external entities are not allowed)");
        }
    }

    private static long lineAt(String text, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** DOT: {@code [strict] (graph|digraph)} after comments. */
    private static boolean dotDirected(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("//", i) || c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int e = text.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else {
                String rest = text.substring(i, Math.min(n, i + 20)).toLowerCase(Locale.ROOT);
                if (rest.startsWith("strict")) {
                    i += 6;
                    continue;
                }
                return rest.startsWith("digraph");
            }
        }
        return true;
    }

    /**
     * jgrapht-io 1.5.3's CSV grammar rejects a file with a single record or without a final newline
     * ("mismatched input '&lt;EOF&gt;'"). Add the newline, and for a single record a second record
     * naming only its first vertex (a single-field line only declares a vertex, which exists).
     */
    static String csvWorkaround(String text) {
        String t = text.endsWith("\n") ? text : text + "\n";
        String first = null;
        int records = 0;
        for (String line : t.split("\n")) {
            if (!line.isBlank()) {
                if (records++ == 0) {
                    first = line.strip();
                }
                if (records > 1) {
                    return t;
                }
            }
        }
        if (records == 1) {
            String field;
            if (first.startsWith("\"")) {
                int i = 1;
                while (i < first.length()) {
                    if (first.charAt(i) == '"') {
                        if (i + 1 < first.length() && first.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i++;
                }
                field = first.substring(0, Math.min(first.length(), i + 1));
            } else {
                int comma = first.indexOf(',');
                field = comma < 0 ? first : first.substring(0, comma);
            }
            return t + field + "\n";
        }
        return t;
    }

    private static boolean csvHasWeights(String text) {
        for (String line : text.split("\n", 50)) {
            String t = line.trim();
            if (!t.isEmpty()) {
                return t.split(",").length >= 3;
            }
        }
        return false;
    }

    private static long lineOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException s && s.getLineNumber() > 0) {
                return s.getLineNumber();
            }
            if (t.getMessage() != null) {
                Matcher m = LINE.matcher(t.getMessage());
                if (m.find()) {
                    try {
                        return Long.parseLong(m.group(1));
                    } catch (NumberFormatException ignored) {
                        return 0;
                    }
                }
            }
        }
        return 0;
    }

    private static String reasonOf(Throwable e) {
        String msg = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                msg = t.getMessage();
            }
        }
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        msg = msg.replaceAll("\\s+", " ").trim();
        return msg.length() > 300 ? msg.substring(0, 300) + "..." : msg;
    }

    // ---------------------------------------------------------------- export

    static void write(CsrGraph g, GraphFormat format, Writer out) throws IOException {
        Graph<Integer, DefaultWeightedEdge> jg =
                g.directed()
                        ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
                        : new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < g.vertexCount(); v++) {
            jg.addVertex(v);
        }
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                int t = g.target(a);
                if (g.directed() || u <= t) {
                    DefaultWeightedEdge e = jg.addEdge(u, t);
                    jg.setEdgeWeight(e, g.weight(a));
                }
            }
        }
        Function<Integer, String> id = g::name;
        Function<DefaultWeightedEdge, Map<String, Attribute>> weight =
                e -> Map.of("weight", DefaultAttribute.createAttribute(jg.getEdgeWeight(e)));
        GraphExporter<Integer, DefaultWeightedEdge> exporter;
        switch (format) {
            case DOT -> {
                DOTExporter<Integer, DefaultWeightedEdge> x = new DOTExporter<>(id);
                if (g.weighted()) {
                    x.setEdgeAttributeProvider(weight);
                }
                exporter = x;
            }
            case GRAPHML -> {
                GraphMLExporter<Integer, DefaultWeightedEdge> x = new GraphMLExporter<>(id);
                x.setExportEdgeWeights(g.weighted());
                exporter = x;
            }
            case GML -> {
                GmlExporter<Integer, DefaultWeightedEdge> x = new GmlExporter<>(id);
                x.setParameter(GmlExporter.Parameter.EXPORT_EDGE_WEIGHTS, g.weighted());
                exporter = x;
            }
            case CSV -> {
                CSVExporter<Integer, DefaultWeightedEdge> x = new CSVExporter<>(id, CSVFormat.EDGE_LIST, ',');
                x.setParameter(CSVFormat.Parameter.EDGE_WEIGHTS, g.weighted());
                exporter = x;
            }
            case JSON -> {
                JSONExporter<Integer, DefaultWeightedEdge> x = new JSONExporter<>(id);
                if (g.weighted()) {
                    x.setEdgeAttributeProvider(weight);
                }
                exporter = x;
            }
            default -> throw new IllegalArgumentException(format + " is not a jgrapht-io format");
        }
        exporter.exportGraph(jg, out);
        if (format == GraphFormat.CSV) {
            // jgrapht's CSV edge list omits isolated vertices; a single-field line declares one
            for (int v = 0; v < g.vertexCount(); v++) {
                if (jg.degreeOf(v) == 0) {
                    out.write(id.apply(v) + "\n");
                }
            }
        }
    }
}
