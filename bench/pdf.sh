#!/usr/bin/env bash
# PDF benchmark (issue 11): whole-process wall time and peak RSS of Quire's PDF for the seed story,
# Pride and Prejudice and the 1M-word book, beside Typst (npm @myriaddreamin/typst-ts-node-compiler,
# run by node on the same text converted to Typst markup) and pandoc + xelatex where installed.
#   bench/pdf.sh                 # CORPUS defaults to ../shared/corpus beside the checkout
#   RUNS=3 bench/pdf.sh          # the median of 3 runs of each (default 1)
# Quire runs as the CLI jar with tuned launcher flags (QUIRE_JAVA_OPTS; see the README), and again
# with an AppCDS archive of the classes a first build loaded. Typst's converter is the spike's
# tools/md2typ.py (../shared/typesetter-spike), which sets 10 pt Noto Serif on A5.
# "Quire, build server (warm)" is the launcher quire-cli/quire with its build server: one warm-up
# build, then RUNS timed builds; the time is the client's wall time, the RSS the server's peak
# (VmHWM from /proc, warm-up included), as the client itself holds only ~40 MB.
source "$(dirname "$0")/common.sh"
RUNS="${RUNS:-1}"
JAVA_OPTS="${QUIRE_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx400m}"
JAR="$ROOT/quire-cli/target/quire.jar"
SPIKE="${SPIKE:-$ROOT/../shared/typesetter-spike/tools}"
FONTS="$ROOT/quire-core/src/main/resources/org/quire/theme/fonts"
OUT="$WORK/out"
mkdir -p "$OUT"

# The seed as a story folder too, for md2typ (it reads story.yaml and numbered chapters).
seed="$ROOT/stories/our-place.md"
seed_dir="$WORK/in/our-place"
rm -rf "$seed_dir"; mkdir -p "$seed_dir"
printf "title: 'Our Place'\nlanguage: en\n" > "$seed_dir/story.yaml"
awk 'BEGIN { n = 0 } /^---$/ { n++; next } n >= 2' "$seed" > "$seed_dir/01-our-place.md"

# median COMMAND...: runs it RUNS times, prints the median "seconds peak-RSS-MB".
median() {
  local i results=()
  for ((i = 0; i < RUNS; i++)); do
    results+=("$(timed "$@")")
  done
  printf '%s\n' "${results[@]}" | sort -n | awk '{ line[NR] = $0 } END { print line[int((NR + 1) / 2)] }'
}

# quire STORY [JVM-OPTION...]: the command line that builds STORY's PDF (always, --force).
quire() {
  local story=$1; shift
  echo java $JAVA_OPTS "$@" -jar "$JAR" build "$story" --output "$OUT/quire" --formats pdf --no-cover --force
}

# An AppCDS archive of the classes one build of Pride and Prejudice loads (made once).
CDS="$WORK/quire.jsa"
if [ ! -f "$CDS" ] || [ "$JAR" -nt "$CDS" ]; then
  $(quire "$CORPUS/pride-and-prejudice" -XX:ArchiveClassesAtExit="$CDS") > /dev/null 2>&1
fi

# warm STORY: "seconds peak-RSS-MB" of the launcher's client against a warm build server (its own
# folder under target/bench, stopped afterwards), the RSS being the server's VmHWM.
DAEMON_DIR="$WORK/daemon"
warm() {
  local story=$1 pid
  export QUIRE_DAEMON_DIR="$DAEMON_DIR"
  "$ROOT/quire-cli/quire" --stop-daemon > /dev/null
  rm -f "$DAEMON_DIR"/*.log
  "$ROOT/quire-cli/quire" build "$story" --output "$OUT/warm" --formats pdf --no-cover --force -q > /dev/null
  read -r w_s _ < <(median "$ROOT/quire-cli/quire" build "$story" --output "$OUT/warm" --formats pdf --no-cover --force)
  pid=$(grep -ho 'pid [0-9]*' "$DAEMON_DIR"/*.log 2> /dev/null | tail -1 | cut -d' ' -f2 || true)
  if [ -n "$pid" ] && [ -r "/proc/$pid/status" ]; then
    echo "$w_s $(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")"
  else
    echo "$w_s no-server"
  fi
  "$ROOT/quire-cli/quire" --stop-daemon > /dev/null
  unset QUIRE_DAEMON_DIR
}

typst_ok=""
if command -v node > /dev/null && [ -f "$SPIKE/md2typ.py" ]; then
  if [ ! -d "$WORK/typst/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
    (mkdir -p "$WORK/typst" && cd "$WORK/typst" && npm install --silent --no-audit --no-fund \
        @myriaddreamin/typst-ts-node-compiler@0.7.0 > /dev/null 2>&1) || true
  fi
  if [ -d "$WORK/typst/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
    cp "$SPIKE/run.js" "$WORK/typst/run.js"
    typst_ok=yes
  fi
fi

echo "| book | words | Quire (s) | Quire RSS (MB) | Quire + AppCDS (s) | RSS (MB) | Quire, build server (warm) (s) | server RSS (MB) | Typst (s) | Typst RSS (MB) | pandoc+xelatex (s) | RSS (MB) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for story in "$seed" "$CORPUS/pride-and-prejudice" "$CORPUS/huge"; do
  name=$(basename "$story" .md)
  read -r q_s q_rss < <(median $(quire "$story"))
  words=$(grep -o '[0-9,]* words' "$WORK/last.out" | tail -1 | tr -d ', words' || true)
  read -r c_s c_rss < <(median $(quire "$story" -XX:SharedArchiveFile="$CDS" -Xshare:auto))
  read -r d_s d_rss < <(warm "$story")
  t_s="not installed"; t_rss="-"
  if [ -n "$typst_ok" ]; then
    dir="$story"; [ -f "$story" ] && dir="$seed_dir"
    python3 "$SPIKE/md2typ.py" "$dir" "$OUT/$name.typ"
    read -r t_s t_rss < <(median node "$WORK/typst/run.js" "$OUT/$name.typ" "$OUT/$name-typst.pdf" "$FONTS") \
        || { t_s="failed"; t_rss="-"; }
  fi
  p_s="not installed"; p_rss="-"
  if command -v pandoc > /dev/null && command -v xelatex > /dev/null; then
    dir="$story"; [ -f "$story" ] && dir="$seed_dir"
    read -r p_s p_rss < <(median pandoc --pdf-engine=xelatex -V mainfont="Noto Serif" \
        --metadata title="$name" -o "$OUT/$name-pandoc.pdf" "$dir"/[0-9]*.md) || { p_s="failed"; p_rss="-"; }
  fi
  echo "| $name | $words | $q_s | $q_rss | $c_s | $c_rss | $d_s | $d_rss | $t_s | $t_rss | $p_s | $p_rss |"
done
