# Shared by the benchmark scripts: builds quire-core and the CLI jar, compiles BuildOne against them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
WORK="$ROOT/target/bench"
mkdir -p "$WORK/classes"
# package, not install: the scripts run from the checkout's target folders and leave ~/.m2 alone.
(cd "$ROOT" && mvn -B -q -ntp -pl quire-cli -am package -DskipTests)
(cd "$ROOT" && mvn -B -q -ntp -pl quire-core dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt")
CP="$(cat "$WORK/classpath.txt"):$ROOT/quire-core/target/classes"
javac -d "$WORK/classes" -cp "$CP" "$ROOT/bench/BuildOne.java" "$ROOT/bench/Previews.java"
CP="$CP:$WORK/classes"

# make_story NAME SOURCE-BOOK WORDS: the first chapters of SOURCE-BOOK up to WORDS words.
make_story() {
  local name=$1 source=$2 limit=$3 total=0
  if [ ! -d "$CORPUS/$source" ]; then
    echo "The corpus is not at $CORPUS; set CORPUS=/path/to/shared/corpus" >&2
    exit 2
  fi
  local dir="$WORK/in/$name"
  rm -rf "$dir"; mkdir -p "$dir"
  grep -v '^#' "$CORPUS/$source/story.yaml" | sed "s/^title: .*/title: '$name'/" > "$dir/story.yaml"
  for chapter in "$CORPUS/$source"/[0-9]*.md; do
    cp "$chapter" "$dir/"
    total=$((total + $(wc -w < "$chapter")))
    [ "$total" -ge "$limit" ] && break
  done
  echo "$dir"
}

# timed COMMAND...: runs it, prints "seconds peak-RSS-MB" of the whole process.
timed() {
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" > "$WORK/last.out" 2> "$WORK/last.err"
  awk '{ printf "%s %d\n", $1, $2 / 1024 }' "$WORK/time.txt"
}
