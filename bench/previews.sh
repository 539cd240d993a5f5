#!/usr/bin/env bash
# Renders the README's PDF previews (docs/preview/*.png) from the sample stories with PDFBox.
source "$(dirname "$0")/common.sh"
mkdir -p "$ROOT/docs/preview"
for story in the-lighthouse-keepers-daughter our-place.md; do
  java -cp "$CP" BuildOne "$ROOT/stories/$story" "$WORK/preview" pdf > /dev/null
  slug=${story%.md}
  java -cp "$CP" Previews "$WORK/preview/$slug.pdf" "$ROOT/docs/preview" "$slug"
done
