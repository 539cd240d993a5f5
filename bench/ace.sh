#!/usr/bin/env bash
# Runs DAISY Ace (the EPUB accessibility checker) on EPUB files and prints, per book, its
# violations by impact. Ace needs Node.js and a Chromium, so it is not part of `mvn verify`
# (CI has neither); run it by hand before a release:
#
#   bench/ace.sh output/*.epub
#
# Installs Ace once into ${ACE_HOME:-$HOME/.cache/quire-ace} (npm, without Electron: the
# Puppeteer runner drives the system's Chromium, `apt-get install chromium`).
set -euo pipefail
ACE_HOME="${ACE_HOME:-$HOME/.cache/quire-ace}"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$CHROMIUM" ] || { echo "ace.sh: no chromium on PATH; install it (apt-get install chromium)" >&2; exit 2; }
if [ ! -x "$ACE_HOME/node_modules/.bin/ace-puppeteer" ]; then
  mkdir -p "$ACE_HOME"
  (cd "$ACE_HOME" && npm init -y >/dev/null && PUPPETEER_SKIP_DOWNLOAD=1 npm install --ignore-scripts @daisy/ace >/dev/null)
fi
status=0
for epub in "$@"; do
  out=$(mktemp -d)
  PUPPETEER_EXECUTABLE_PATH="$CHROMIUM" "$ACE_HOME/node_modules/.bin/ace-puppeteer" -s -f -o "$out" "$epub" || true
  summary=$(node -e '
    const r = require(process.argv[1]);
    const counts = {critical: 0, serious: 0, moderate: 0, minor: 0};
    for (const a of r.assertions || []) for (const t of a.assertions || []) {
      if (t["earl:result"]["earl:outcome"] === "fail") counts[t["earl:test"]["earl:impact"]]++;
    }
    console.log(Object.entries(counts).map(([k, v]) => k + " " + v).join(", "));
    process.exit(counts.critical + counts.serious > 0 ? 1 : 0);
  ' "$out/report.json") || status=1
  echo "$(basename "$epub"): $summary"
  rm -rf "$out"
done
exit $status
