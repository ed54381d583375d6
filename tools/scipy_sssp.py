#!/usr/bin/env python3
"""SciPy's C Dijkstra (scipy.sparse.csgraph.dijkstra) on a DIMACS .gr graph: the outside reference of
issue 15's SSSP target. Loads the arcs into a CSR matrix (not timed; parallel arcs keep the lightest,
as a shortest path does), then times single-source shortest paths with predecessors from one
vertex, run after run, and prints the sum of finite distances (to check against
`spikegraph solve sssp`, which prints sumDistance) and the minimum / median time.

Usage: tools/scipy_sssp.py ../shared/data/road/rome-roads.gr [source-id, default 1] [runs, default 20]
"""
import statistics
import sys
import time

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra


def load_dimacs(path):
    n = None
    tails, heads, weights = [], [], []
    with open(path) as f:
        for number, line in enumerate(f, 1):
            if line.startswith("p"):
                n = int(line.split()[2])
            elif line.startswith("a"):
                _, u, v, w = line.split()
                tails.append(int(u) - 1)
                heads.append(int(v) - 1)
                weights.append(float(w))
    if n is None:
        sys.exit(f"{path}: no 'p sp N M' line")
    t, h, w = np.array(tails), np.array(heads), np.array(weights)
    order = np.lexsort((w, h, t))  # lightest parallel arc first; csr_matrix would add parallel arcs up
    t, h, w = t[order], h[order], w[order]
    keep = np.ones(len(t), dtype=bool)
    keep[1:] = (t[1:] != t[:-1]) | (h[1:] != h[:-1])
    loops = t == h  # a self-loop never lies on a shortest path
    keep &= ~loops
    return n, csr_matrix((w[keep], (t[keep], h[keep])), shape=(n, n))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/road/rome-roads.gr"
    source = int(sys.argv[2]) - 1 if len(sys.argv) > 2 else 0
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    n, graph = load_dimacs(path)
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        dist, pred = dijkstra(graph, directed=True, indices=source, return_predecessors=True)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    finite = dist[np.isfinite(dist)]
    print(f"{path}: {n:,} vertices, {graph.nnz:,} arcs after merging parallel arcs; from vertex {source + 1}: "
          f"{len(finite):,} reached, sum of distances {int(finite.sum()):,}")
    print(f"scipy {__import__('scipy').__version__} csgraph.dijkstra, {runs} runs: "
          f"wall min {min(times) * 1e3:.1f} ms, median {statistics.median(times) * 1e3:.1f} ms; "
          f"process CPU min {min(cpu) * 1e3:.1f} ms, median {statistics.median(cpu) * 1e3:.1f} ms "
          f"(compare with ShortestPathInterleaved's thread CPU times on a loaded machine)")


if __name__ == "__main__":
    main()
