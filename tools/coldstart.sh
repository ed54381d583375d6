#!/usr/bin/env bash
# Cold-start figures of the launcher in several modes, runs alternated so every mode sees the same
# load: wall and CPU seconds of whole commands (GNU time), and the load / compile / simulate / decode
# milliseconds the CLI reports; also the launcher's own start (./spikegraph --version). Usage, from
# the repository root:
#   tools/coldstart.sh RUNS [NAME:VAR=VALUE,VAR=VALUE ...] -- solve sssp --graph ../shared/data/road/rome-roads.gr
# Each mode is a name and the environment the launcher runs with (SPIKEGRAPH_JAVA, SPIKEGRAPH_JIT,
# SPIKEGRAPH_CDS, SPIKEGRAPH_JAVA_OPTS); without modes: JDK 17 with tiered compilation without and
# with the class archive, C1 alone with the archive, tiered with C2 held back, and the launcher's
# default (C1 alone for a short one-wavefront solve, otherwise C2 held back; with the archive); with NEW_JAVA set to a JDK 25 java, tiered and C1 alone with its AOT cache. One untimed run per mode first makes
# its archive.
set -euo pipefail
runs="${1:-5}"; shift
modes=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do modes+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
if [ ${#modes[@]} -eq 0 ]; then
  modes=("17-tiered-nocds:SPIKEGRAPH_JIT=full,SPIKEGRAPH_CDS=off" "17-tiered-cds:SPIKEGRAPH_JIT=full" "17-c1-cds:SPIKEGRAPH_JIT=quick" "17-lazy-cds:SPIKEGRAPH_JIT=lazy" "17-default-cds:")
  if [ -n "${NEW_JAVA:-}" ]; then
    modes+=("new-tiered-aot:SPIKEGRAPH_JAVA=$NEW_JAVA,SPIKEGRAPH_JIT=full" "new-c1-aot:SPIKEGRAPH_JAVA=$NEW_JAVA,SPIKEGRAPH_JIT=quick")
  fi
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
envs() { local spec="${1#*:}"; [ -n "$spec" ] && tr ',' '\n' <<< "$spec"; true; }
for m in "${modes[@]}"; do
  mapfile -t e < <(envs "$m")
  env "${e[@]}" "$root/spikegraph" --version > /dev/null 2>&1 || true
done
for ((i = 0; i < runs; i++)); do
  for m in "${modes[@]}"; do
    name="${m%%:*}"
    mapfile -t e < <(envs "$m")
    /usr/bin/time -f "%e %U %S" -o "$out/t" env "${e[@]}" "$root/spikegraph" "$@" > "$out/o" 2> /dev/null
    pipeline="$(sed -n 's/.*load \([0-9.]*\)  compile \([0-9.]*\)  simulate \([0-9.]*\)  decode \([0-9.]*\).*/\1 \2 \3 \4/p' "$out/o")"
    echo "$name command $(cat "$out/t") $pipeline" >> "$out/all"
    /usr/bin/time -f "%e %U %S" -o "$out/t" env "${e[@]}" "$root/spikegraph" --version > /dev/null 2>&1
    echo "$name version $(cat "$out/t")" >> "$out/all"
  done
done
python3 - "$out/all" "${modes[@]%%:*}" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for what in ("version", "command"):
    for mode in sys.argv[2:]:
        r = [[float(x) for x in l[2:]] for l in rows if l[0] == mode and l[1] == what]
        wall = statistics.median(x[0] for x in r); cpu = statistics.median(x[1] + x[2] for x in r)
        line = f"{what:8s} {mode:16s}: wall median {wall:.2f} s (min {min(x[0] for x in r):.2f}), CPU median {cpu:.2f} s (min {min(x[1] + x[2] for x in r):.2f})"
        if what == "command" and len(r[0]) >= 7:
            p = [x[4] + x[5] + x[6] for x in r]
            line += (f"; load median {statistics.median(x[3] for x in r):.0f} ms, compile+simulate+decode median"
                     f" {statistics.median(p):.0f} ms (min {min(p):.0f})")
        print(line)
PY
