#!/usr/bin/env bash
# Builds the JDK 25 AOT cache for a Linux app image: starts the app through its own launcher under a
# virtual display with -XX:AOTCacheOutput, lets it draw its first frame and exit
# (-Dalephmonitor.exitAfterFirstFrame=true), then tells the launcher to load the cache on every start.
# The cache lives in lib/app/app.aot; it only refers to the runtime's module image (no module path),
# so it stays valid when the image is installed elsewhere (/opt/aleph-monitor).
# Usage: train-aot.sh <app-image-dir>      (e.g. target/app-image/aleph-monitor)
set -euo pipefail
image="$(cd "${1:?usage: train-aot.sh <app-image-dir>}" && pwd)"
name="$(basename "$image")"
launcher="$image/bin/$name"
cfg="$image/lib/app/$name.cfg"
cache="$image/lib/app/app.aot"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "error: $image is not a jpackage app image" >&2; exit 1; }

# A cache option already in the cfg would clash with AOTCacheOutput during training.
sed -i '/-XX:AOTCache=/d' "$cfg"
rm -f "$cache"

if [ -n "${DISPLAY:-}" ]; then
  run=()
elif command -v xvfb-run >/dev/null; then
  run=(xvfb-run -a -s "-screen 0 1280x800x24")
else
  echo "error: AOT training needs a display: install xvfb (apt-get install -y xvfb) or build with -Dpackage.aot=false" >&2
  exit 1
fi

log="$image/../aot-training.log"
# Train on the demo (main window, store, poller, simulator) in a throw-away data folder, never the builder's own;
# before it quits it selects a task, so the detail pane (built on first selection) is in the cache too.
train_data=$(mktemp -d)
trap 'rm -rf "$train_data"' EXIT
echo "AOT training run: $launcher"
# timeout: a hung app must not hang the build; SIGTERM first, SIGKILL 10 s later.
if ! JAVA_TOOL_OPTIONS="-Dalephmonitor.exitAfterFirstFrame=true -Dalephmonitor.firstClickBeforeExit=true -XX:AOTCacheOutput=$cache" \
     timeout -k 10 180 "${run[@]}" "$launcher" --demo --data-dir "$train_data" >"$log" 2>&1; then
  tail -20 "$log" >&2
  echo "error: the AOT training run failed (log: $log)" >&2
  exit 1
fi
[ -s "$cache" ] || { tail -20 "$log" >&2; echo "error: no AOT cache written (log: $log)" >&2; exit 1; }

# jpackage expands $APPDIR to lib/app at launch.
echo 'java-options=-XX:AOTCache=$APPDIR/app.aot' >> "$cfg"
echo "AOT cache: $cache ($(du -h "$cache" | cut -f1))"
