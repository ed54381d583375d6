#!/usr/bin/env bash
# Cold-start figures of the launcher, with and without its AppCDS archive, runs alternated so both
# see the same load: wall and CPU seconds of whole commands (GNU time), and the compile + simulate +
# decode milliseconds the CLI reports. Usage, from the repository root, after one ./spikegraph run
# has built the jar and the archive:
#   tools/coldstart.sh RUNS -- solve sssp --graph ../shared/data/road/rome-roads.gr
# Also times the launcher's own start (./spikegraph --version) both ways.
set -euo pipefail
runs="${1:-5}"; shift; [ "${1:-}" = "--" ] && shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for ((i = 0; i < runs; i++)); do
  for mode in off on; do
    /usr/bin/time -f "%e %U %S" -o "$out/t" env SPIKEGRAPH_CDS=$mode "$root/spikegraph" "$@" > "$out/o" 2> /dev/null
    pipeline="$(sed -n 's/.*compile \([0-9.]*\)  simulate \([0-9.]*\)  decode \([0-9.]*\).*/\1 \2 \3/p' "$out/o")"
    echo "$mode command $(cat "$out/t") $pipeline" >> "$out/all"
    /usr/bin/time -f "%e %U %S" -o "$out/t" env SPIKEGRAPH_CDS=$mode "$root/spikegraph" --version > /dev/null 2>&1
    echo "$mode version $(cat "$out/t")" >> "$out/all"
  done
done
python3 - "$out/all" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for what in ("version", "command"):
    for mode in ("off", "on"):
        r = [[float(x) for x in l[2:]] for l in rows if l[0] == mode and l[1] == what]
        wall = statistics.median(x[0] for x in r); cpu = statistics.median(x[1] + x[2] for x in r)
        line = f"{what:8s} CDS {mode:3s}: wall median {wall:.2f} s (min {min(x[0] for x in r):.2f}), CPU median {cpu:.2f} s"
        if what == "command" and len(r[0]) >= 6:
            p = [x[3] + x[4] + x[5] for x in r]
            line += f"; compile+simulate+decode median {statistics.median(p):.0f} ms (min {min(p):.0f})"
        print(line)
PY
