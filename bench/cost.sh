#!/usr/bin/env bash
# CPU cost of one story by size and format (issue 12, docs/scale.md): the command line on one
# core (--jobs 1) builds N and then 2N stories of one size in one format; the difference of the
# two runs' CPU time (user+sys, every thread) over N is the cost of a story, without the JVM's
# start and the theme's loading, which a long batch pays once.
# Sizes: 1,000 and 5,000-word one-shots (24 and 16 of them, then twice as many); 20,000 and
# 100,000-word stories in chapters of ~4,000 words (4 and 2), cut from the shared corpus. Formats: EPUB alone, EPUB with the generated cover, PDF alone,
# and all three (the default build). Then the input formats: the same 5,000-word stories as Quire
# Markdown, plain text (.txt, no front matter), and HTML, DOCX and EPUB made from the Markdown by
# pandoc, each built by default (EPUB, PDF and cover), so the import's own cost shows.
#   bench/cost.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
WORK="$ROOT/target/bench-cost"
JAVA_OPTS="${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC}"
if [ ! -d "$CORPUS" ]; then echo "The corpus is not at $CORPUS; set CORPUS=/path/to/shared/corpus" >&2; exit 2; fi
(cd "$ROOT" && mvn -B -q -ntp -pl quire-cli -am package -DskipTests)
JAR="$ROOT/quire-cli/target/quire.jar"
rm -rf "$WORK"; mkdir -p "$WORK"
export SOURCE_DATE_EPOCH=1764460800

# make WORDS COUNT FOLDER: COUNT stories of WORDS words each.
make() {
  python3 - "$CORPUS" "$1" "$2" "$3" <<'PY'
import os, pathlib, sys
corpus, words, count, folder = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), pathlib.Path(sys.argv[4])
paras = []
for book in ("pride-and-prejudice", "frankenstein", "a-tale-of-two-cities", "moby-dick"):
    for ch in sorted((corpus / book).glob("[0-9]*.md")):
        paras += [p.strip() for p in ch.read_text().split("\n\n") if p.strip() and not p.startswith(("#", "[^"))]
at = 0
def text(n):
    global at
    out, got = [], 0
    while got < n:
        p = paras[at % len(paras)]; at += 1
        out.append(p); got += len(p.split())
    return "\n\n".join(out) + "\n"
folder.mkdir(parents=True)
for i in range(count):
    name = f"story-{i:03d}"
    if words <= 5000:
        (folder / f"{name}.md").write_text(f"---\ntitle: Story {i}\nauthor: Bench Writer\n---\n" + text(words))
    else:
        d = folder / name; d.mkdir()
        (d / "story.yaml").write_text(f"title: Story {i}\nauthor: Bench Writer\n")
        for c in range(max(1, words // 4000)):
            (d / f"{c + 1:02d}.md").write_text(f"# Chapter {c + 1}\n\n" + text(4000))
PY
}

# cpu ARGS...: CPU seconds (user+sys) of one command-line build from an empty output folder.
cpu() {
  rm -rf "$WORK/out"
  /usr/bin/time -f "%U %S" -o "$WORK/time.txt" java $JAVA_OPTS -jar "$JAR" build "$@" --output "$WORK/out" --jobs 1 > /dev/null 2>&1 \
    || echo "cost.sh: a story failed in: $1 ${*:2} (the figure below counts a failed story's cost)" >&2
  # The last line: time puts "Command exited with non-zero status" first when a story failed.
  tail -n 1 "$WORK/time.txt" | awk '{ printf "%.2f\n", $1 + $2 }'
}

echo "| words | format | CPU per story (s) |"
echo "|---|---|---|"
# More short stories: their cost is a small difference of two whole runs.
for spec in 1000:24 5000:16 20000:4 100000:2; do
  words=${spec%%:*}; n=${spec##*:}
  make "$words" "$n" "$WORK/in-$words-a"
  make "$words" "$((2 * n))" "$WORK/in-$words-b"
  for format in "epub --no-cover" "epub" "pdf --no-cover" "epub,pdf"; do
    one=$(cpu "$WORK/in-$words-a" --formats $format)
    two=$(cpu "$WORK/in-$words-b" --formats $format)
    case "$format" in
      "epub --no-cover") label="EPUB";; "epub") label="EPUB + cover";; "pdf --no-cover") label="PDF";;
      *) label="EPUB + PDF + cover";;
    esac
    python3 -c "print(f'| {$words:,} | $label | {($two - $one) / $n:.2f} |')"
  done
done
# convert FROM TO EXT: every story-NNN.md of FROM as EXT in TO (txt: the text without front matter).
convert() {
  mkdir -p "$2"
  for md in "$1"/story-*.md; do
    name=$(basename "$md" .md)
    if [ "$3" = txt ]; then awk 'fm >= 2 { print } /^---$/ { fm++ }' "$md" > "$2/$name.txt"
    # pandoc takes the book's language from the locale unless told (dc:language "C" under LANG=C).
    else pandoc --standalone --metadata lang=en -f markdown -t "$3" -o "$2/$name.$3" "$md"; fi
  done
}

echo
echo "| input format (5,000 words) | CPU per story (s), EPUB + PDF + cover |"
echo "|---|---|"
for ext in md txt html docx epub; do
  a="$WORK/in-5000-a"; b="$WORK/in-5000-b"
  if [ "$ext" != md ]; then convert "$a" "$a-$ext" "$ext"; convert "$b" "$b-$ext" "$ext"; a="$a-$ext"; b="$b-$ext"; fi
  one=$(cpu "$a" --formats epub,pdf)
  two=$(cpu "$b" --formats epub,pdf)
  python3 -c "print(f'| .$ext | {($two - $one) / 16:.2f} |')"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
