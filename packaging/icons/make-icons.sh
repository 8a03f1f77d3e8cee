#!/bin/sh
# Makes the macOS (.icns) and Windows (.ico) application icons, and the
# PNG sizes of the hicolor theme (for desktops and software centres that
# draw no SVG), from the one drawn icon,
# packaging/io.github.waypointjournal.Waypoint.svg. Run by hand
# after the SVG changes (Debian: librsvg2-bin, icnsutils, icoutils); the
# results are kept here because the macOS and Windows builds lack the tools.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../io.github.waypointjournal.Waypoint.svg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 32 48 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$work/$size.png"
done
png2icns "$here/waypoint.icns" "$work/16.png" "$work/32.png" "$work/48.png" \
  "$work/128.png" "$work/256.png" "$work/512.png" >/dev/null
icotool --create --output "$here/waypoint.ico" "$work/16.png" "$work/32.png" "$work/48.png" \
  "$work/256.png"
for size in 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$here/hicolor-$size.png"
done
echo "made $here/waypoint.icns, waypoint.ico and hicolor-*.png"
