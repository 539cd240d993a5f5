#!/usr/bin/env bash
# PDF benchmark (issue 3): Quire's PDF of a 10k-, 100k- and 1M-word book, whole-process time
# and peak memory, beside pandoc + xelatex on the same text when both are installed.
#   bench/pdf.sh            # CORPUS defaults to ../shared/corpus beside the checkout
source "$(dirname "$0")/common.sh"
HEAP="${HEAP:-1g}"
small=$(make_story "ten-thousand" pride-and-prejudice 10000)
medium=$(make_story "hundred-thousand" pride-and-prejudice 100000)
huge="$CORPUS/huge"

echo "| book | words | Quire PDF (s, whole process) | Quire peak heap (MB) | Quire peak RSS (MB) | pandoc+xelatex (s) | pandoc peak RSS (MB) |"
echo "|---|---|---|---|---|---|---|"
for story in "$small" "$medium" "$huge"; do
  name=$(basename "$story")
  read -r seconds rss < <(timed java -Xmx"$HEAP" -cp "$CP" BuildOne "$story" "$WORK/out" pdf)
  read -r words _ heap < "$WORK/last.out"
  pandoc_s="not installed"; pandoc_rss="-"
  if command -v pandoc > /dev/null && command -v xelatex > /dev/null; then
    read -r pandoc_s pandoc_rss < <(timed pandoc --pdf-engine=xelatex -V mainfont="Noto Serif" \
        --metadata title="$name" -o "$WORK/out/$name-pandoc.pdf" "$story"/[0-9]*.md) || pandoc_s="failed"
  fi
  echo "| $name | $words | $seconds | $heap | $rss | $pandoc_s | $pandoc_rss |"
done
