#!/usr/bin/env bash
# Renders the app icon from its SVG sources into every file the app and the installers load:
#   assets/icon/png/aleph-monitor-<size>.png   16..512 (Linux desktop entry, jpackage --icon on Linux)
#   assets/icon/aleph-monitor.ico              Windows installer and launcher (16..256)
#   assets/icon/aleph-monitor.icns             macOS app bundle and .dmg
#   src/main/resources/io/alephmonitor/icons/  window icons (Stage.getIcons)
# Needs: rsvg-convert (librsvg2-bin), ImageMagick (convert), png2icns (icnsutils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
res="$root/src/main/resources/io/alephmonitor/icons"
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "error: $tool missing (apt-get install -y librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done
mkdir -p "$here/png" "$res"

# 16 and 32 px come from the hinted source: the full mark's thin strokes blur away at that size.
for size in 16 32 48 64 128 256 512; do
  src="$here/aleph-monitor.svg"
  [ "$size" -le 32 ] && src="$here/aleph-monitor-small.svg"
  rsvg-convert -w "$size" -h "$size" "$src" -o "$here/png/aleph-monitor-$size.png"
  cp "$here/png/aleph-monitor-$size.png" "$res/icon-$size.png"
done

convert $(for s in 16 32 48 64 128 256; do printf '%s ' "$here/png/aleph-monitor-$s.png"; done) "$here/aleph-monitor.ico"
png2icns "$here/aleph-monitor.icns" $(for s in 16 32 48 128 256 512; do printf '%s ' "$here/png/aleph-monitor-$s.png"; done) >/dev/null
echo "icons written to $here and $res"
