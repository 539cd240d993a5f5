#!/usr/bin/env bash
# Batch benchmark (issue 5): the shared corpus (6 books) and 1,000 short stories cut from it,
# through quire.jar with both cores, EPUB alone (without and with the generated cover) and
# EPUB+PDF (with covers): stories/s, words/s, peak memory;
# beside pandoc, one process per story, two at a time, on the same stories (EPUB).
#   bench/batch.sh          # STORIES=1000 HEAP=2g by default
source "$(dirname "$0")/common.sh"
STORIES="${STORIES:-1000}"
HEAP="${HEAP:-2g}"
(cd "$ROOT" && mvn -B -q -ntp -pl quire-cli -am install -DskipTests)
JAR="$ROOT/quire-cli/target/quire.jar"
if [ ! -d "$CORPUS" ]; then echo "The corpus is not at $CORPUS; set CORPUS=" >&2; exit 2; fi
SHORT="$WORK/in/short"
rm -rf "$SHORT"; java "$ROOT/bench/MakeStories.java" "$CORPUS" "$SHORT" "$STORIES"

words_of() { python3 -c "import json,sys; print(sum(s['words'] for s in json.load(open(sys.argv[1]))['stories']))" "$1"; }

echo "| input | stories | words | formats | Quire (s) | stories/s | words/s | peak RSS (MB) | pandoc EPUB (s) | pandoc stories/s | Quire ÷ pandoc |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for input in "$CORPUS" "$SHORT"; do
  name=$(basename "$input")
  count=$(find "$input" -maxdepth 2 \( -name story.yaml -o -name 'story-*.md' \) | wc -l)
  pandoc_s="-"
  if command -v pandoc > /dev/null; then
    rm -rf "$WORK/pandoc"; mkdir -p "$WORK/pandoc"
    if [ "$name" = "short" ]; then
      read -r pandoc_s _ < <(timed bash -c "ls '$input'/*.md | xargs -P 2 -I{} sh -c 'pandoc \"{}\" -o \"$WORK/pandoc/\$(basename {}).epub\"'")
    else
      read -r pandoc_s _ < <(timed bash -c "for b in '$input'/*/; do echo \"\$b\"; done | xargs -P 2 -I{} sh -c 'pandoc {}*.md --metadata title=x -o \"$WORK/pandoc/\$(basename {}).epub\"'")
    fi
  fi
  for run in "epub --no-cover" "epub" "epub,pdf"; do
    formats=${run%% *}
    extra=""; [ "$run" != "$formats" ] && extra="${run#* }"
    rm -rf "$WORK/batch-out"
    read -r seconds rss < <(timed java -Xmx"$HEAP" -jar "$JAR" build "$input" --output "$WORK/batch-out" --formats "$formats" --jobs 2 $extra)
    words=$(words_of "$WORK/batch-out/quire-report.json")
    ratio="-"
    if [ "$pandoc_s" != "-" ] && [ "$formats" = "epub" ]; then
      ratio=$(python3 -c "print(f'{$pandoc_s/$seconds:.1f}x')")
    fi
    python3 -c "
s=$seconds; n=$count; w=$words
print(f'| $name | {n} | {w:,} | $run | {s:.1f} | {n/s:.1f} | {w/s:,.0f} | $rss | $pandoc_s | ' + ('-' if '$pandoc_s'=='-' else f'{n/float(\"$pandoc_s\"):.1f}') + ' | $ratio |')"
  done
done
