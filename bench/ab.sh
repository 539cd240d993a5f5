#!/usr/bin/env bash
# Compares Quire jars on one story's PDF, run after run in turn so that a busy machine weighs on
# each alike: prints each jar's median wall time and CPU time (user + system) over N runs, with
# the launcher's flags (C1 only, ParallelGC, GCTimeRatio=9) and an AppCDS archive made per jar.
#   bench/ab.sh STORY N JAR...     e.g. bench/ab.sh ../shared/corpus/pride-and-prejudice 7 old.jar new.jar
set -euo pipefail
story=$1; n=$2; shift 2
out=$(mktemp -d); times=$out/times
for jar in "$@"; do
  jsa=${jar%.jar}.jsa
  if [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ]; then
    java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -jar "$jar" \
        build "$story" -o "$out/books" --formats pdf --no-cover --force -q > /dev/null 2>&1
  fi
done
for ((i = 0; i < n; i++)); do
  for jar in "$@"; do
    /usr/bin/time -f "$jar %e %U %S" -a -o "$times" java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=9 \
        -XX:SharedArchiveFile="${jar%.jar}.jsa" -Xshare:auto -jar "$jar" \
        build "$story" -o "$out/books" --formats pdf --no-cover --force -q > /dev/null 2>&1
  done
done
python3 - "$times" "$@" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for jar in sys.argv[2:]:
    runs = [(float(e), float(u) + float(s)) for (j, e, u, s) in rows if j == jar]
    print(f"{jar}: wall {statistics.median(r[0] for r in runs):.3f} s, cpu {statistics.median(r[1] for r in runs):.3f} s (n={len(runs)})")
PY
rm -rf "$out"
