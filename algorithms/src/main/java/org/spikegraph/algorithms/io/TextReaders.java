package org.spikegraph.algorithms.io;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.Arrays;
import java.util.Locale;
import org.spikegraph.algorithms.graph.CsrGraph;
import org.spikegraph.algorithms.graph.CsrGraphBuilder;
import org.spikegraph.algorithms.graph.VertexIds;

/** The streaming loaders: DIMACS {@code .gr} and {@code .co}, SNAP edge lists, Matrix Market. */
final class TextReaders {
    private TextReaders() {}

    /** Largest vertex count a header may declare (int-indexed arrays). */
    static final long MAX_VERTICES = Integer.MAX_VALUE - 16;

    /** Pre-allocation cap from header arc counts: a lying header costs at most this many slots. */
    static final long PREALLOC_CAP = 1 << 20;

    // ---------------------------------------------------------------- DIMACS .gr

    static CsrGraph readDimacs(LineReader r, LoadOptions opts) {
        boolean undirected = opts.undirected();
        CsrGraphBuilder b = null;
        long n = -1;
        long m = -1;
        long pLine = 0;
        long arcs = 0;
        while (r.next()) {
            int c = r.peek();
            if (c == -1 || c == 'c') {
                continue;
            }
            if (c == 'p') {
                if (b != null) {
                    throw r.error("second p line (the first is on line " + pLine + ")");
                }
                r.skipToken();
                String kind = r.word();
                if (kind == null) {
                    throw r.error("truncated line: expected 'p sp <vertices> <arcs>'");
                }
                if (!kind.equals("sp")) {
                    throw r.error("p line declares problem '" + kind + "' but a DIMACS .gr file has 'p sp <vertices> <arcs>'");
                }
                n = r.nextLong("'p sp <vertices> <arcs>'");
                m = r.nextLong("'p sp <vertices> <arcs>'");
                if (n < 0 || m < 0) {
                    throw r.error("p line declares a negative count");
                }
                checkVertexCount(r, n, "p line");
                if (m > CsrGraphBuilder.MAX_ARCS || (undirected && 2 * m > CsrGraphBuilder.MAX_ARCS)) {
                    throw r.error("p line declares " + m + " arcs, more than the " + CsrGraphBuilder.MAX_ARCS + " supported");
                }
                checkHeap(r, n, undirected ? 2 * m : m, "p line");
                pLine = r.lineNumber();
                b = new CsrGraphBuilder(!undirected, Math.min(m * (undirected ? 2 : 1), PREALLOC_CAP));
                b.vertexCount((int) n).ids(VertexIds.range((int) n, 1)).weighted();
                continue;
            }
            if (c == 'a') {
                if (b == null) {
                    throw r.error("arc line before the 'p sp <vertices> <arcs>' line");
                }
                long u;
                long v;
                double w;
                if (r.plainTriple(true)) {
                    u = r.first;
                    v = r.second;
                    w = r.third;
                } else {
                    r.skipToken();
                    u = r.nextLong("'a <from> <to> <weight>'");
                    v = r.nextLong("'a <from> <to> <weight>'");
                    w = r.nextWeight("'a <from> <to> <weight>'", false);
                    if (!r.atEnd()) {
                        throw r.error("unexpected " + r.quotedToken() + " after 'a <from> <to> <weight>'");
                    }
                }
                if (u < 1 || u > n) {
                    throw r.error(u < 1 ? "arc from vertex " + u + " but DIMACS vertex ids start at 1"
                            : "arc from vertex " + u + " but p line declares " + n + " vertices");
                }
                if (v < 1 || v > n) {
                    throw r.error(v < 1 ? "arc to vertex " + v + " but DIMACS vertex ids start at 1"
                            : "arc to vertex " + v + " but p line declares " + n + " vertices");
                }
                if (++arcs > m) {
                    throw r.error("more arcs than the " + m + " declared by the p line on line " + pLine);
                }
                b.addEdge((int) (u - 1), (int) (v - 1), w);
                continue;
            }
            throw r.error("unexpected line " + LineReader.quote(r.lineText())
                    + ": a DIMACS .gr file has only c, p and a lines" + hint(r.lineText(), GraphFormat.DIMACS));
        }
        if (r.lineNumber() == 0) {
            throw new GraphParseException(r.file(), 0, "empty file");
        }
        if (b == null) {
            throw r.error("no 'p sp <vertices> <arcs>' line");
        }
        if (arcs != m) {
            throw new GraphParseException(r.file(), pLine,
                    "p line declares " + m + " arcs but the file has " + arcs);
        }
        return b.build();
    }

    // ---------------------------------------------------------------- DIMACS .co

    static Coordinates readCoordinates(LineReader r, int expectedVertices) {
        double[] x = null;
        double[] y = null;
        long n = -1;
        while (r.next()) {
            int c = r.peek();
            if (c == -1 || c == 'c') {
                continue;
            }
            if (c == 'p') {
                if (x != null) {
                    throw r.error("second p line");
                }
                r.skipToken();
                String aux = r.word();
                String sp = r.word();
                String co = r.word();
                if (!"aux".equals(aux) || !"sp".equals(sp) || !"co".equals(co)) {
                    throw r.error("expected 'p aux sp co <vertices>'");
                }
                n = r.nextLong("'p aux sp co <vertices>'");
                if (n != expectedVertices) {
                    throw r.error("p line declares " + n + " vertices but the graph has " + expectedVertices);
                }
                x = new double[(int) n];
                y = new double[(int) n];
                Arrays.fill(x, Double.NaN);
                Arrays.fill(y, Double.NaN);
                continue;
            }
            if (c == 'v') {
                if (x == null) {
                    throw r.error("v line before the 'p aux sp co <vertices>' line");
                }
                long id;
                double vx;
                double vy;
                if (r.plainTriple(true)) {
                    id = r.first;
                    vx = r.second;
                    vy = r.third;
                } else {
                    r.skipToken();
                    id = r.nextLong("'v <id> <x> <y>'");
                    vx = r.nextDouble("'v <id> <x> <y>'");
                    vy = r.nextDouble("'v <id> <x> <y>'");
                }
                if (id < 1 || id > n) {
                    throw r.error("coordinates of vertex " + id + " but p line declares " + n + " vertices");
                }
                x[(int) (id - 1)] = vx;
                y[(int) (id - 1)] = vy;
                continue;
            }
            throw r.error("unexpected line " + LineReader.quote(r.lineText()) + ": a DIMACS .co file has only c, p and v lines");
        }
        if (r.lineNumber() == 0) {
            throw new GraphParseException(r.file(), 0, "empty file");
        }
        if (x == null) {
            throw r.error("no 'p aux sp co <vertices>' line");
        }
        return new Coordinates(x, y);
    }

    // ---------------------------------------------------------------- edge lists

    static CsrGraph readEdgeList(LineReader r, LoadOptions opts) {
        CsrGraphBuilder b = new CsrGraphBuilder(!opts.undirected(), 1 << 12);
        Long2IntOpenHashMap index = new Long2IntOpenHashMap();
        index.defaultReturnValue(-1);
        LongArrayList ids = new LongArrayList();
        int columns = 0; // 2 or 3, decided by the first data line
        long firstDataLine = 0;
        String expected = "'<source> <target> [weight]'";
        while (r.next()) {
            int c = r.peek();
            if (c == -1 || c == '#' || c == '%') {
                continue;
            }
            if (columns == 0 && c != '-' && c != '+' && (c < '0' || c > '9')) {
                throw r.error("not a number: " + r.quotedToken() + hint(r.lineText(), GraphFormat.EDGE_LIST));
            }
            long su = r.nextLong(expected);
            long sv = r.nextLong(expected);
            double w = 1.0;
            boolean hasWeight = !r.atEnd();
            if (columns == 0) {
                columns = hasWeight ? 3 : 2;
                firstDataLine = r.lineNumber();
                if (hasWeight) {
                    b.weighted();
                }
            }
            if (columns == 3) {
                w = r.nextWeight("a weight in column 3, as on line " + firstDataLine, false);
                // further columns (timestamps etc.) are ignored
            } else if (hasWeight) {
                throw r.error("unexpected third column " + r.quotedToken()
                        + ": the first edge, on line " + firstDataLine + ", has no weight");
            }
            int u = id(index, ids, su, r);
            int v = id(index, ids, sv, r);
            if (columns == 3) {
                b.addEdge(u, v, w);
            } else {
                b.addEdge(u, v);
            }
        }
        if (r.lineNumber() == 0) {
            throw new GraphParseException(r.file(), 0, "empty file");
        }
        b.vertexCount(ids.size());
        long[] idArray = ids.toLongArray();
        b.ids(VertexIds.wrap(idArray, index));
        return b.build();
    }

    private static int id(Long2IntOpenHashMap index, LongArrayList ids, long id, LineReader r) {
        int i = index.get(id);
        if (i == -1) {
            if (ids.size() >= MAX_VERTICES) {
                throw r.error("more than " + MAX_VERTICES + " distinct vertex ids");
            }
            i = ids.size();
            index.put(id, i);
            ids.add(id);
        }
        return i;
    }

    // ---------------------------------------------------------------- Matrix Market

    static CsrGraph readMatrixMarket(LineReader r, LoadOptions opts) {
        if (!r.next()) {
            throw new GraphParseException(r.file(), 0, "empty file");
        }
        String banner = r.word();
        if (banner == null || !banner.equalsIgnoreCase("%%MatrixMarket")) {
            throw r.error("missing '%%MatrixMarket matrix coordinate <field> <symmetry>' header"
                    + hint(r.lineText(), GraphFormat.MATRIX_MARKET));
        }
        String object = lower(r.word());
        String fmt = lower(r.word());
        String field = lower(r.word());
        String symmetry = lower(r.word());
        if (!"matrix".equals(object)) {
            throw r.error("Matrix Market object " + LineReader.quote(String.valueOf(object)) + " is not supported: expected 'matrix'");
        }
        if (!"coordinate".equals(fmt)) {
            throw r.error("Matrix Market format " + LineReader.quote(String.valueOf(fmt))
                    + " is not supported: a graph needs 'coordinate'");
        }
        boolean pattern;
        if ("pattern".equals(field)) {
            pattern = true;
        } else if ("integer".equals(field) || "real".equals(field)) {
            pattern = false;
        } else {
            throw r.error("Matrix Market field " + LineReader.quote(String.valueOf(field))
                    + " is not supported: expected pattern, integer or real");
        }
        boolean symmetric;
        if ("general".equals(symmetry)) {
            symmetric = false;
        } else if ("symmetric".equals(symmetry)) {
            symmetric = true;
        } else {
            throw r.error("Matrix Market symmetry " + LineReader.quote(String.valueOf(symmetry))
                    + " is not supported: expected general or symmetric");
        }
        // size line
        long rows = -1;
        long cols = -1;
        long nnz = -1;
        long sizeLine = 0;
        while (r.next()) {
            int c = r.peek();
            if (c == -1 || c == '%') {
                continue;
            }
            rows = r.nextLong("'<rows> <columns> <entries>'");
            cols = r.nextLong("'<rows> <columns> <entries>'");
            nnz = r.nextLong("'<rows> <columns> <entries>'");
            sizeLine = r.lineNumber();
            break;
        }
        if (sizeLine == 0) {
            throw r.error("no size line '<rows> <columns> <entries>'");
        }
        if (rows < 0 || cols < 0 || nnz < 0) {
            throw r.error("negative size");
        }
        if (rows != cols) {
            throw r.error("matrix is " + rows + "x" + cols + " but a graph needs a square matrix");
        }
        checkVertexCount(r, rows, "size line");
        boolean undirected = symmetric || opts.undirected();
        if (nnz > CsrGraphBuilder.MAX_ARCS || (undirected && 2 * nnz > CsrGraphBuilder.MAX_ARCS)) {
            throw r.error("size line declares " + nnz + " entries, more than the " + CsrGraphBuilder.MAX_ARCS + " supported");
        }
        checkHeap(r, rows, undirected ? 2 * nnz : nnz, "size line");
        int n = (int) rows;
        CsrGraphBuilder b = new CsrGraphBuilder(!undirected, Math.min(nnz * (undirected ? 2 : 1), PREALLOC_CAP));
        b.vertexCount(n).ids(VertexIds.range(n, 1));
        if (!pattern) {
            b.weighted();
        }
        boolean integer = "integer".equals(field);
        String expected = pattern ? "'<row> <column>'" : "'<row> <column> <value>'";
        long entries = 0;
        while (r.next()) {
            int c = r.peek();
            if (c == -1 || c == '%') {
                continue;
            }
            long i = r.nextLong(expected);
            long j = r.nextLong(expected);
            double w = pattern ? 1.0 : r.nextWeight(expected, integer);
            if (!r.atEnd()) {
                throw r.error("unexpected " + r.quotedToken() + " after " + expected
                        + (pattern ? ": the header declares a pattern matrix, whose entries have no value" : ""));
            }
            if (i < 1 || i > n) {
                throw r.error("row " + i + " outside 1.." + n + " declared by the size line");
            }
            if (j < 1 || j > n) {
                throw r.error("column " + j + " outside 1.." + n + " declared by the size line");
            }
            if (++entries > nnz) {
                throw r.error("more entries than the " + nnz + " declared by the size line on line " + sizeLine);
            }
            if (pattern) {
                b.addEdge((int) (i - 1), (int) (j - 1));
            } else {
                b.addEdge((int) (i - 1), (int) (j - 1), w);
            }
        }
        if (entries != nnz) {
            throw new GraphParseException(r.file(), sizeLine,
                    "size line declares " + nnz + " entries but the file has " + entries);
        }
        return b.build();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- shared

    /**
     * Heap budgeted per declared vertex: CSR offsets and ids, plus the per-vertex arrays of the
     * statistics and solvers that follow (distances, predecessors, components).
     */
    static final long BYTES_PER_VERTEX = 64;

    /** Heap budgeted per declared arc: the builder's source, target and weight, then the CSR's. */
    static final long BYTES_PER_ARC = 32;

    /** Refuses header vertex counts beyond int indices, before anything is allocated. */
    static void checkVertexCount(LineReader r, long n, String what) {
        if (n > MAX_VERTICES) {
            throw r.error(what + " declares " + n + " vertices, more than the " + MAX_VERTICES + " supported");
        }
    }

    /**
     * Refuses declared sizes the heap cannot hold (instead of an {@code OutOfMemoryError} seconds
     * later), saying how to give Java more heap.
     */
    static void checkHeap(LineReader r, long vertices, long arcs, String what) {
        long need = BYTES_PER_VERTEX * vertices + BYTES_PER_ARC * arcs;
        long available = availableHeap();
        if (need > available) {
            throw r.error(what + " declares " + vertices + " vertices and " + arcs + " arcs: about "
                    + mib(need) + " MiB of heap needed, " + mib(available) + " MiB available"
                    + "; give Java more heap (e.g. SPIKEGRAPH_JAVA_OPTS=-Xmx" + ((need >> 30) + 2)
                    + "g) or check the " + what);
        }
    }

    /** @return heap that can still be allocated: the maximum minus what is in use */
    static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private static long mib(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** A hint when a line looks like another format. */
    static String hint(String line, GraphFormat reading) {
        String l = line.toLowerCase(Locale.ROOT);
        GraphFormat looks = null;
        if (l.startsWith("%%matrixmarket")) {
            looks = GraphFormat.MATRIX_MARKET;
        } else if (l.startsWith("p sp ") || l.startsWith("a ") || l.startsWith("c ")) {
            looks = GraphFormat.DIMACS;
        } else if (l.startsWith("<?xml") || l.startsWith("<graphml")) {
            looks = GraphFormat.GRAPHML;
        } else if (l.startsWith("digraph") || l.startsWith("graph") || l.startsWith("strict")) {
            looks = l.startsWith("graph [") || l.equals("graph") ? GraphFormat.GML : GraphFormat.DOT;
        } else if (l.startsWith("{")) {
            looks = GraphFormat.JSON;
        } else if (l.startsWith("creator")) {
            looks = GraphFormat.GML;
        } else if (!l.isEmpty() && Character.isDigit(l.charAt(0)) && reading != GraphFormat.EDGE_LIST) {
            looks = GraphFormat.EDGE_LIST;
        }
        if (looks == null || looks == reading) {
            return "";
        }
        return " (this looks like " + looks.cliName() + ", not " + reading.cliName() + "; check --format)";
    }
}
