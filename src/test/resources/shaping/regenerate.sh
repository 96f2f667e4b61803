#!/bin/sh
# Regenerates the HarfBuzz reference shaping of bn-shaping-words.txt for the bundled fonts.
# Run from the repository root: sh src/test/resources/shaping/regenerate.sh
# Output per line: glyph id, x offset, y offset, x advance of every glyph (hb-shape text syntax, font units).
set -e
dir=src/test/resources/shaping
for face in NotoSansBengali-Regular NotoSansBengali-Bold; do
  hb-shape --no-glyph-names --no-clusters --text-file="$dir/bn-shaping-words.txt" \
    "src/main/resources/fonts/$face.ttf" > "$dir/$face.hb.txt"
done
hb-shape --version | head -1 > "$dir/hb-version.txt"
