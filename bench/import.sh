#!/usr/bin/env bash
# Import and build 200 AO3-style downloads (a zip of HTML files, after otwarchive's download
# templates) against building the same 200 stories from Quire Markdown. Whole processes, EPUB
# without covers, so the import's own cost shows. A script, never a timed test.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/corpus}
JAR=quire-cli/target/quire.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java bench/MakeAo3.java "$CORPUS" "$WORK" 200
(cd "$WORK/html" && zip -q -r ../ao3.zip .)
run() { local label=$1; shift; local start=$(date +%s.%N); "$@" >/dev/null; echo "$label: $(echo "$(date +%s.%N) - $start" | bc) s"; }
for i in 1 2 3; do
  run "import ao3.zip (200 stories)" java -jar "$JAR" import "$WORK/ao3.zip" --output "$WORK/imported" --force
  run "build ao3.zip, EPUB" java -jar "$JAR" build "$WORK/ao3.zip" --output "$WORK/a" --formats epub --no-cover --force
  run "build Markdown, EPUB" java -jar "$JAR" build "$WORK/markdown" --output "$WORK/b" --formats epub --no-cover --force
done
