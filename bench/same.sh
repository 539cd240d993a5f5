#!/usr/bin/env bash
# Whether two Quire jars write the same bytes: builds every golden case's input, both samples and
# three corpus books (EPUB and PDF, covers included) with each jar and compares the two output
# trees (the report's timings aside). For changes meant to be invisible, such as speed-ups.
#   bench/same.sh old.jar new.jar
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
export SOURCE_DATE_EPOCH=1700000000
work=$(mktemp -d)
for d in "$ROOT"/quire-core/src/test/resources/golden/*/; do cp -r "$d/in" "$work/in-$(basename "$d")"; done
mkdir -p "$work/in"; mv "$work"/in-* "$work/in/"
cp -r "$ROOT/stories/our-place.md" "$ROOT/stories/the-lighthouse-keepers-daughter" "$work/in/"
for book in pride-and-prejudice frankenstein moby-dick; do
  [ -d "$CORPUS/$book" ] && cp -r "$CORPUS/$book" "$work/in/"
done
java -jar "$1" build "$work/in" -o "$work/a" --force -q --jobs 2 > "$work/a.log" 2>&1 || true
java -jar "$2" build "$work/in" -o "$work/b" --force -q --jobs 2 > "$work/b.log" 2>&1 || true
if diff -rq -x quire-report.json "$work/a" "$work/b"; then
  echo "same bytes: $(find "$work/a" -type f | wc -l) files"
fi
rm -rf "$work"
