#!/usr/bin/env bash
# Time from launch to the first window: the packaged app (with its AOT cache, and with the cache switched
# off) against ./mvnw javafx:run. Polls for the window every 20 ms on a private Xvfb; prints the median.
# Usage: measure-startup.sh [runs] [launcher]   (launcher: /usr/bin/aleph-monitor if installed,
#                                                 else target/app-image/aleph-monitor/bin/aleph-monitor)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
launcher=${2:-}
if [ -z "$launcher" ]; then
  if [ -x /usr/bin/aleph-monitor ]; then launcher=/usr/bin/aleph-monitor; else launcher=target/app-image/aleph-monitor/bin/aleph-monitor; fi
fi

display_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null; rm -f "$display_file"' EXIT
for _ in $(seq 100); do [ -s "$display_file" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$display_file")"

# one_run <command...>: prints milliseconds until a window named "Aleph Monitor" exists.
one_run() {
  local start pid ms
  start=$(date +%s%N)
  setsid "$@" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --name "^Aleph Monitor$" >/dev/null 2>&1; do
    sleep 0.02
    if (( ($(date +%s%N) - start) > 120000000000 )); then echo "timeout" >&2; break; fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill -TERM -- "-$pid" 2>/dev/null || true   # the whole process group (mvnw forks the app's JVM)
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  sleep 0.5
  echo "$ms"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

measure() {
  local label=$1; shift
  local times=()
  one_run "$@" >/dev/null   # warm the OS file cache
  for _ in $(seq "$runs"); do times+=("$(one_run "$@")"); done
  printf '%-34s median %5s ms   (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

measure "packaged, AOT cache"            "$launcher"
measure "packaged, AOT cache off"        env JAVA_TOOL_OPTIONS=-XX:AOTMode=off "$launcher"
measure "./mvnw javafx:run (compiled)"   ./mvnw -B -q -o javafx:run
