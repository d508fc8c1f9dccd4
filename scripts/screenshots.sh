#!/usr/bin/env bash
# Takes every README screenshot from the real app: builds it, starts it in demo mode (the built-in
# kie.ai simulator, a fresh data folder each time) on a virtual 1280×800 display, once in the light and
# once in the dark theme, clicks and types through it with xdotool as a user would, and writes the PNGs
# into assets/screenshots/. Look at every picture before committing it.
#
# Needs: a JDK 25 (JAVA_HOME), Xvfb, xdotool and ImageMagick's import
#   (apt-get install -y xvfb xdotool imagemagick libgtk-3-0).
# Usage: scripts/screenshots.sh [output folder]     (default: assets/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-assets/screenshots}"
mkdir -p "$out" target/screenshots
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install -y xvfb xdotool imagemagick)" >&2; exit 1; }
done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "Building…"
./mvnw -q -DskipTests compile
# The app's runtime module path (test-only and OSGi jars left out: they are not modules the app reads).
./mvnw -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile=target/screenshots/module-path.txt >/dev/null
modules=$(tr ':' '\n' < target/screenshots/module-path.txt | grep -v -e osgi | paste -sd: -)

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
data=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  [ -n "$data" ] && rm -rf "$data" || true
}
trap cleanup EXIT
export DISPLAY="$display"
sleep 1

# The window's landmarks at 1280×800 in demo mode (demo banner, toolbar, filter line, table header).
PASTE_FIELD="250 60"
FIRST_ROW_Y=204          # 250 while the unrecognised-IDs bar is showing
FILTER_CLEAR_X=298       # the filter field's clear button; 206 while an add message shares the line
GALLERY_TOGGLE="1218 106"
TABLE_TOGGLE="1125 106"

click() { xdotool mousemove $1 $2 click 1; sleep "${3:-0.5}"; }
keys() { xdotool key --clearmodifiers "$@"; sleep 0.5; }
type_text() { xdotool type --delay 15 "$1"; sleep 0.5; }
shoot() { import -window root "$out/$1"; echo "Wrote $out/$1"; }

# Selects the first task whose ID, prompt or kind contains the text: filters, clicks the first row, then
# clears the filter with its clear button (which takes no focus: the table keeps it and the selection).
select_task() {
  keys ctrl+f
  type_text "$1"
  sleep 1
  click 300 "${2:-$FIRST_ROW_Y}"
  click "${3:-$FILTER_CLEAR_X}" 114
  xdotool mousemove 1279 799   # no hover highlight or tooltip in the picture
  sleep 7                      # the detail pane loads its images and the video's first frame
}

start_app() {
  data=$(mktemp -d)
  # Portable mode keeps settings.json in the data folder: the theme, no finish notices over the picture.
  printf '{"version":1,"theme":"%s","notifications":false}\n' "$1" > "$data/settings.json"
  ALSA_CONFIG_PATH="$PWD/src/test/resources/alsa-null.conf" "$java" \
      --enable-native-access=javafx.graphics,javafx.media,org.xerial.sqlitejdbc,ALL-UNNAMED \
      -p "target/classes:$modules" -m io.alephmonitor/io.alephmonitor.app.Launcher --demo --data-dir "$data" \
      > "target/screenshots/app-$1.log" 2>&1 &
  app=$!
  timeout 90 xdotool search --sync --onlyvisible --name "Aleph Monitor" >/dev/null
  sleep 10   # the first polls fill the table
}

stop_app() {
  kill "$app"; wait "$app" 2>/dev/null || true
  app=""
  rm -rf "$data"; data=""
}

echo "Light theme…"
start_app LIGHT
shoot main-empty-light.png
select_task "cyberpunk"
shoot main-light.png
select_task "drone shot"
shoot demo-xvfb.png
select_task "ceramic mug"
shoot market-multi-results.png
click $GALLERY_TOGGLE 3
shoot gallery-light.png
click $TABLE_TOGGLE
select_task "lo-fi piano"
shoot suno-detail.png
select_task "bedtime story"
shoot audio-detail.png
select_task "lo-fi piano"
click $GALLERY_TOGGLE 3
shoot gallery-audio.png
click $TABLE_TOGGLE
click $PASTE_FIELD
type_text "Please check mj-2024-0611-abcdef998877 and 7f3c-kling-ref-55aa01bc99"
keys Return
select_task "barista" 250 206
shoot main-kinds.png
stop_app

echo "Dark theme…"
start_app DARK
select_task "cyberpunk"
shoot main-dark.png
click $GALLERY_TOGGLE 3
shoot gallery-dark.png
stop_app
echo "Done: look at each picture in $out before committing."
