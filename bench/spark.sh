#!/usr/bin/env bash
# Spark's overhead (issue 12): the same short stories (STORIES, default 200, 2,000–5,000 words
# each, cut from the shared corpus) built with EPUB, PDF and covers by the command line on two
# cores (quire.jar --jobs 2) and by Spark embedded on two cores (quire-spark.jar, local[2]), in
# turn, RUNS times each, from an empty output folder each time. Prints each run, then the median
# stories/s of each and Spark's overhead (Spark's median time over the command line's, minus 1).
#   bench/spark.sh                    # STORIES=200 RUNS=3
#   JAVA_OPTS="-Xmx2g" bench/spark.sh # the same JVM options for both
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
STORIES="${STORIES:-200}"
RUNS="${RUNS:-3}"
# The launcher's flags (quire-cli/quire) for both, so only the engine differs.
JAVA_OPTS="${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC}"
WORK="$ROOT/target/bench-spark"
if [ ! -d "$CORPUS" ]; then echo "The corpus is not at $CORPUS; set CORPUS=/path/to/shared/corpus" >&2; exit 2; fi
# package, not install: the jars run from the checkout's target folders and leave ~/.m2 alone.
(cd "$ROOT" && mvn -B -q -ntp -pl quire-cli,quire-spark -am package -DskipTests)
rm -rf "$WORK"; mkdir -p "$WORK"
java "$ROOT/bench/MakeStories.java" "$CORPUS" "$WORK/in" "$STORIES"
export SOURCE_DATE_EPOCH=1764460800

# run NAME COMMAND...: one build from an empty output folder; prints "NAME seconds cpu-seconds peak-MB".
run() {
  local name=$1; shift
  rm -rf "$WORK/out-$name"
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" > "$WORK/$name.log" 2>&1 \
    || { echo "$name failed, see $WORK/$name.log" >&2; exit 1; }
  awk -v n="$name" '{ printf "%s %.2f %.2f %d\n", n, $1, $2 + $3, $4 / 1024 }' "$WORK/time.txt"
}

: > "$WORK/runs.txt"
for i in $(seq "$RUNS"); do
  run cli java $JAVA_OPTS -jar "$ROOT/quire-cli/target/quire.jar" build "$WORK/in" --output "$WORK/out-cli" --jobs 2 | tee -a "$WORK/runs.txt"
  run spark java $JAVA_OPTS -jar "$ROOT/quire-spark/target/quire-spark.jar" build "$WORK/in" --output "$WORK/out-spark" --jobs 2 | tee -a "$WORK/runs.txt"
done
cmp -s "$WORK/out-cli/story-0001.pdf" "$WORK/out-spark/story-0001.pdf" || { echo "the books differ" >&2; exit 1; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$WORK/runs.txt" "$STORIES" <<'PY'
import statistics, sys
runs = [line.split() for line in open(sys.argv[1])]
n = int(sys.argv[2])
med = lambda name, col: statistics.median(float(r[col]) for r in runs if r[0] == name)
print("| engine | stories | median wall (s) | stories/s | median CPU (s) | peak RSS (MB) |")
print("|---|---|---|---|---|---|")
for name, label in (("cli", "quire.jar --jobs 2"), ("spark", "quire-spark.jar local[2]")):
    print(f"| {label} | {n} | {med(name, 1):.1f} | {n / med(name, 1):.2f} | {med(name, 2):.1f} | {med(name, 3):.0f} |")
print(f"Spark's overhead: {med('spark', 1) / med('cli', 1) - 1:+.1%} wall, {med('spark', 2) / med('cli', 2) - 1:+.1%} CPU")
PY
